/**
 * The fields every indicator definition has, whatever its type, declared once as zod schemas: identity and
 * texts, the population, contexts and periods, targets and versions, and the SQL rules every expression
 * obeys. Each type adds its own fields in loaders/engine/measures/<type>.ts; indicatorSchema.ts joins them.
 * docs/authoring-indicators.md explains every field for authors.
 */
import { z } from "zod";
import { formatSpecifier } from "d3-format";
import { fileIdProblem } from "../extract/fileIds.ts";
import { registryIds } from "../extract/registries.ts";
import { cohortColumns } from "./cohortViews.ts";

/** Attribution contexts: which unit a tumour's result belongs to. */
export const contextIds = ["treating", "operating", "diagnosing", "residence"] as const;
export type ContextId = (typeof contextIds)[number];

export const periodKinds = ["year", "rolling-3-years"] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** The cohort views an indicator's SQL may run on (docs/cohort-views.md). */
export const cohortViews = ["cohort", "cohort_proms"] as const;
export type CohortView = (typeof cohortViews)[number];

const year = z.number().int().min(1900).max(2100);
export const text = z.string().trim().min(1, "must not be empty");
export const bilingual = z.strictObject({ nb: text, en: text });
export type Bilingual = z.output<typeof bilingual>;

/**
 * SQL fragments are DuckDB expressions that the browser runs unchanged in DuckDB-WASM. They must be one
 * expression, deterministic, and must not read files or the environment.
 */
const forbiddenSql: [RegExp, string][] = [
  [/;/, "a ';' (one expression only)"],
  [/\bread_\w+\s*\(/i, "a file-reading function"],
  [
    /\b(now|today|random|uuid|gen_random_uuid|setseed|getenv|current_setting)\s*\(/i,
    "a non-deterministic or environment function"
  ],
  [
    /\bcurrent_(date|time|timestamp)\b/i,
    "the current date or time (results must not depend on when they are computed)"
  ],
  [/--|\/\*/, "an SQL comment (write comments in the TypeScript file)"]
];
/**
 * Engine-only cohort columns (identifiers, exact dates): not in cohort.arrow, so the explorer could not run SQL using
 * them.
 */
const internalColumns = cohortColumns.filter((c) => c.internal).map((c) => c.name);

export const sqlExpression = text.superRefine((sql, context) => {
  for (const [pattern, what] of forbiddenSql) {
    if (pattern.test(sql)) context.addIssue({ code: "custom", message: `SQL must not contain ${what}` });
  }
  for (const name of internalColumns) {
    if (new RegExp(`\\b${name}\\b`, "i").test(sql)) {
      context.addIssue({
        code: "custom",
        message: `SQL must not use ${name}: it is engine-only and not in the explorer's cohort (docs/cohort-views.md)`
      });
    }
  }
});

/**
 * A target ("måltall"). Direction targets: "high" at or beyond `high`, "low" short of `moderate`, otherwise
 * "moderate"; `moderate` defaults to `high` (no moderate band). `strict` makes the levels exclusive
 * (a target written "> 90 %" or "< 5 %"). Range targets: "high" inside [lo, hi], "moderate" inside the
 * optional wider `moderate` band, otherwise "low". Values are compared unrounded (see targetAttainment).
 */
export const directionTargetSchema = z
  .strictObject({
    direction: z.enum(["higher", "lower"]),
    high: z.number().finite(),
    moderate: z.number().finite().nullable().optional(),
    strict: z.boolean().optional()
  })
  .superRefine((target, context) => {
    if (target.moderate == null) return;
    if (target.direction === "higher" && target.moderate > target.high)
      context.addIssue({ code: "custom", path: ["moderate"], message: "must not be above high when higher is better" });
    if (target.direction === "lower" && target.moderate < target.high)
      context.addIssue({ code: "custom", path: ["moderate"], message: "must not be below high when lower is better" });
  });

export const rangeTargetSchema = z
  .strictObject({
    range: z.tuple([z.number().finite(), z.number().finite()]),
    moderate: z.tuple([z.number().finite(), z.number().finite()]).nullable().optional()
  })
  .superRefine((target, context) => {
    const [lo, hi] = target.range;
    if (lo > hi)
      context.addIssue({ code: "custom", path: ["range"], message: "the lower end must not exceed the upper end" });
    if (target.moderate) {
      const [mlo, mhi] = target.moderate;
      if (mlo > lo || mhi < hi)
        context.addIssue({ code: "custom", path: ["moderate"], message: "the moderate band must contain the range" });
    }
  });

export const targetSchema = z.union([directionTargetSchema, rangeTargetSchema]);
export type DirectionTarget = z.infer<typeof directionTargetSchema>;
export type RangeTarget = z.infer<typeof rangeTargetSchema>;
export type Target = DirectionTarget | RangeTarget;

/** One version of an indicator: the years it is in force, its target, and optionally changed SQL. */
export const versionSchema = z.strictObject({
  version: z.number().int().min(1),
  validFrom: year,
  validTo: year.nullable(),
  target: targetSchema.nullable(),
  /** Replaces the indicator's population for this version (when the definition itself changed). */
  population: sqlExpression.optional(),
  /** Replaces the indicator's event for this version. */
  event: sqlExpression.optional(),
  /** What changed in this version, for the pages. */
  note: bilingual.optional()
});
export type IndicatorVersion = z.infer<typeof versionSchema>;

/** An indicator id names its page and files: the rule unit ids follow too (fileIds.ts). */
export const indicatorId = z.string().superRefine((value, context) => {
  const problem = fileIdProblem(value);
  if (problem !== null) context.addIssue({ code: "custom", message: `${JSON.stringify(value)} ${problem}` });
});

/** The fields every indicator has, whatever its type (measures/<type>.ts adds the type's own). */
export const definitionFields = {
  id: indicatorId,
  registry: z.enum(registryIds as [string, ...string[]]),
  title: bilingual,
  shortDescription: bilingual,
  longDescription: bilingual,
  /** The cohort view the SQL runs on. */
  cohort: z.enum(cohortViews).default("cohort"),
  /** Who is counted (the denominator): an SQL predicate on the cohort view. The registry filter is added. */
  population: sqlExpression,
  contexts: z
    .array(z.enum(contextIds))
    .min(1)
    .refine((list) => new Set(list).size === list.length, "must not repeat a context"),
  defaultContext: z.enum(contextIds).optional(),
  period: z.enum(periodKinds),
  /** The cohort column that places a row in a period (a calendar year). */
  periodColumn: text.regex(/^[a-z_][a-z0-9_]*$/, "must be a column name").default("diagnosis_year"),
  minDenominator: z.number().int().min(1).default(5),
  /**
   * The coverage indicator whose value flags low-coverage units; null for none. Omitted: the registry's coverage
   * indicator.
   */
  coverage: z
    .strictObject({ indicator: indicatorId, threshold: z.number().min(0).max(1).default(0.6) })
    .nullable()
    .optional(),
  /** d3-format specifier for values, e.g. ".0%" or ".0f". */
  format: text.superRefine((specifier, context) => {
    try {
      formatSpecifier(specifier);
    } catch {
      context.addIssue({ code: "custom", message: `"${specifier}" is not a d3-format specifier` });
    }
  }),
  /** Unit of measure shown with values; a default follows from the type. */
  measureUnit: bilingual.optional(),
  versions: z.array(versionSchema).min(1)
};

/** A checked definition's shared fields, defaults filled in: what code that works for every type may read. */
export type SharedDefinition = z.output<z.ZodObject<typeof definitionFields>> & { type: string };
