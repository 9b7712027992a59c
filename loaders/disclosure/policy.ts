/**
 * The disclosure policy as data: what a registry publishes and what it protects, per registry (versioned),
 * overridable per indicator. The policy lives in one documented file, indicators/disclosure-policy.ts
 * (docs/disclosure.md explains every rule); the build applies it, writes it into provenance.json and shows
 * it on the About page, and `qi audit` reads it back from provenance.json to know what each published
 * label means and what each protected cell needs.
 *
 * Rules (per indicator, after overrides):
 * - `minDenominator`: a unit with fewer patients (N) is not shown; the page says "fewer than N patients".
 * - `smallCounts`: which counts of 1–4 (`range`) are primary-sensitive: `none` (SKDE practice: only the
 *   minimum denominator), `events` (the numerator: deaths, recurrences), `events-and-complements` (also
 *   N − numerator).
 * - `coarsen`: a protected small count may be published as its band ("1–4 of 233") instead of hidden.
 * - `curves`: points per year on published curves, and whether numbers at risk are published.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { fieldPath } from "../engine/defineIndicator.ts";
import { UserError } from "../userError.ts";

export const smallCountRules = ["none", "events", "events-and-complements"] as const;
export type SmallCountRule = (typeof smallCountRules)[number];

const text = z.strictObject({ nb: z.string().min(1), en: z.string().min(1) });

const rulesShape = {
  minDenominator: z.number().int().min(1).max(100),
  smallCounts: z.enum(smallCountRules),
  range: z
    .tuple([z.number().int().min(1), z.number().int().min(1)])
    .refine(([lo, hi]) => lo <= hi, "the range's low end must not exceed its high end"),
  coarsen: z.boolean(),
  curves: z.strictObject({
    pointsPerYear: z.number().int().min(1).max(12),
    atRisk: z.boolean()
  })
};

const overrideSchema = z.strictObject({
  minDenominator: rulesShape.minDenominator.optional(),
  smallCounts: rulesShape.smallCounts.optional(),
  range: rulesShape.range.optional(),
  coarsen: rulesShape.coarsen.optional(),
  curves: rulesShape.curves.partial().optional()
});

const registryPolicySchema = z.strictObject({
  version: z.number().int().min(1),
  /** ISO date the registry adopted this version. */
  adopted: z.iso.date(),
  note: text,
  ...overrideSchema.shape,
  indicators: z.record(z.string(), overrideSchema).default({})
});

const policySchema = z.strictObject({
  /** What every registry without its own entry applies (and what an entry does not override). */
  default: z.strictObject({
    version: z.number().int().min(1),
    adopted: z.iso.date(),
    note: text,
    ...rulesShape
  }),
  registries: z.record(z.string(), registryPolicySchema).default({})
});

export type DisclosurePolicyInput = z.input<typeof policySchema>;
export type DisclosurePolicyFile = z.output<typeof policySchema>;

/** The rules that apply to one indicator. */
export interface IndicatorRules {
  minDenominator: number;
  smallCounts: SmallCountRule;
  range: [number, number];
  coarsen: boolean;
  curves: { pointsPerYear: number; atRisk: boolean };
}

/** A registry's policy as applied: its version and rules, and each indicator's rules where they differ. */
export interface RegistryPolicy {
  registry: string;
  version: number;
  adopted: string;
  note: { nb: string; en: string };
  /** True when the registry has no entry of its own and applies the default. */
  isDefault: boolean;
  rules: IndicatorRules;
  indicators: Record<string, IndicatorRules>;
}

/** The policy as one build applies it (written into provenance.json, read back by `qi audit`). */
export interface AppliedPolicy {
  registries: RegistryPolicy[];
}

export class DisclosurePolicyError extends UserError {
  override name = "DisclosurePolicyError";
}

/** Checks a policy file's content; throws naming every bad field. */
export function defineDisclosurePolicy(input: DisclosurePolicyInput): DisclosurePolicyFile {
  const result = policySchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const message =
        issue.code === "unrecognized_keys"
          ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}`
          : issue.message;
      return `field "${fieldPath(issue.path)}": ${message}`;
    });
    throw new DisclosurePolicyError(problems.join("\n"));
  }
  return result.data;
}

/** SKDE practice for every registry, used where there is no policy file (e.g. an indicators folder in a test). */
export const skdePolicy: DisclosurePolicyFile = defineDisclosurePolicy({
  default: {
    version: 1,
    adopted: "2024-01-01",
    note: {
      nb: "SKDE-praksis: enheter med færre enn 5 pasienter vises ikke.",
      en: "SKDE practice: units with fewer than 5 patients are not shown."
    },
    minDenominator: 5,
    smallCounts: "none",
    range: [1, 4],
    coarsen: false,
    curves: { pointsPerYear: 4, atRisk: false }
  }
});

export const policyFileName = "disclosure-policy.ts";

/** The policy file of an indicators folder, checked; SKDE practice when the folder has none. */
export async function loadDisclosurePolicy(indicatorsDir: string): Promise<DisclosurePolicyFile> {
  const file = join(indicatorsDir, policyFileName);
  if (!existsSync(file)) return skdePolicy;
  let exported: unknown;
  try {
    exported = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (error) {
    if (error instanceof DisclosurePolicyError) throw new DisclosurePolicyError(prefixLines(error.message, file));
    throw error;
  }
  if (!exported || typeof exported !== "object")
    throw new DisclosurePolicyError(`${file}: the default export must be defineDisclosurePolicy({...})`);
  try {
    return defineDisclosurePolicy(exported as DisclosurePolicyInput);
  } catch (error) {
    if (error instanceof DisclosurePolicyError) throw new DisclosurePolicyError(prefixLines(error.message, file));
    throw error;
  }
}

const prefixLines = (message: string, file: string) =>
  message
    .split("\n")
    .map((line) => `${file}: ${line}`)
    .join("\n");

/** What the policy needs to know of the catalogue: each indicator's registry and whether it counts events. */
export interface PolicyIndicator {
  id: string;
  registry: string;
  /** The indicator publishes a numerator that is a count of patients (events, deaths, recurrences). */
  countsEvents: boolean;
}

function merge(base: IndicatorRules, override: z.output<typeof overrideSchema>): IndicatorRules {
  return {
    minDenominator: override.minDenominator ?? base.minDenominator,
    smallCounts: override.smallCounts ?? base.smallCounts,
    range: override.range ?? base.range,
    coarsen: override.coarsen ?? base.coarsen,
    curves: { ...base.curves, ...override.curves }
  };
}

/**
 * The policy each registry of the catalogue applies, checked against the catalogue: a registry or indicator
 * the catalogue does not have, or a small-count rule on an indicator without event counts, is an error
 * naming it.
 */
export function applyPolicy(
  file: DisclosurePolicyFile,
  indicators: PolicyIndicator[],
  source = policyFileName
): AppliedPolicy {
  const registries = [...new Set(indicators.map((i) => i.registry))].sort();
  const problems: string[] = [];
  for (const registry of Object.keys(file.registries))
    if (!registries.includes(registry))
      problems.push(`registries.${registry}: the catalogue has no registry "${registry}"`);
  const { version, adopted, note, ...defaults } = file.default;
  const applied = registries.map((registry): RegistryPolicy => {
    const entry = file.registries[registry];
    const rules = entry ? merge(defaults, entry) : defaults;
    const own = indicators.filter((i) => i.registry === registry);
    const perIndicator: Record<string, IndicatorRules> = {};
    for (const [id, override] of Object.entries(entry?.indicators ?? {})) {
      const indicator = own.find((i) => i.id === id);
      if (!indicator) {
        problems.push(`registries.${registry}.indicators.${id}: the registry has no indicator "${id}"`);
        continue;
      }
      perIndicator[id] = merge(rules, override);
      if (perIndicator[id].smallCounts !== "none" && !indicator.countsEvents)
        problems.push(
          `registries.${registry}.indicators.${id}.smallCounts: "${id}" publishes no count of events to protect`
        );
    }
    return {
      registry,
      version: entry?.version ?? version,
      adopted: entry?.adopted ?? adopted,
      note: entry?.note ?? note,
      isDefault: !entry,
      rules,
      indicators: perIndicator
    };
  });
  if (problems.length) throw new DisclosurePolicyError(problems.map((p) => `${source}: ${p}`).join("\n"));
  return { registries: applied };
}

/** The rules of one indicator under an applied policy. */
export function rulesFor(policy: AppliedPolicy, registry: string, indicator: string): IndicatorRules {
  const entry = policy.registries.find((r) => r.registry === registry);
  if (!entry) throw new RangeError(`rulesFor: the policy has no registry "${registry}"`);
  const rules = entry.indicators[indicator] ?? entry.rules;
  return rules;
}
