/**
 * `qi audit <site>`: the exact audit of a built public site (docs/disclosure.md, "The audit"). It reads
 * what the site publishes (siteReader.ts) and the private relations of the results it was built from, and
 * judges, independently of the code that chose what to hide:
 * - every protected cell (from the true counts and the policy in provenance.json): the attacker's range
 *   must still hold the whole protected band, or at least three values of N (judge.ts, attacker.ts);
 * - that hidden cells carry no number and no flag, that one cell is shown the same everywhere, and that
 *   the published counts are the relations' counts;
 * - that what is computed from several cells is computed from published cells only: the national value
 *   (from the nation's published cell), a change (between two published values), a funnel's centre and
 *   overdispersion (φ, recomputed from the published units), curves (only for published cells, without
 *   numbers at risk unless the policy publishes them).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { IndicatorMetadata } from "../engine/catalogueMetadata.ts";
import { assessFunnel } from "../engine/funnel.ts";
import type { FunnelAdjustment } from "../output/resultTables.ts";
import type { UnitInfo } from "../output/resultFiles.ts";
import { UserError } from "../userError.ts";
import { KnownCells } from "./attacker.ts";
import { describePublished, printedHalfWidth, protectionOf, type KnownCell, type Protection } from "./cells.ts";
import { judgeCells, type Verdict } from "./judge.ts";
import { readRelations, relationFiles } from "../engine/disclosureRelations.ts";
import { applyPolicy, loadDisclosurePolicy, rulesFor, type AppliedPolicy } from "./policy.ts";
import { readSite, siteRowId, type SiteContent, type SiteRow } from "./siteReader.ts";
import { countsEvents } from "./publish.ts";
import { World } from "./world.ts";

export interface AuditProblem {
  kind: "inconsistent" | "hidden-number" | "derived" | "curve" | "mismatch" | "unreadable";
  cell: string | null;
  message: string;
}

export interface AuditReport {
  site: string;
  resultsDir: string;
  policySource: string;
  cells: number;
  protectedCells: number;
  byRule: { minDenominator: number; smallCount: number };
  /** Protected cells the attacker narrows below the policy, or that could not be shown safe. */
  failures: Verdict[];
  problems: AuditProblem[];
  seconds: number;
  /** False when the whole-number attacker was not run (only the publication checks). */
  attacker: boolean;
  ok: boolean;
}

export interface AuditOptions {
  /** The results the site was built from (default: found in .qi/results by the extract checksum). */
  resultsDir?: string;
  /** A policy file to judge against instead of the one in provenance.json. */
  policyDir?: string;
  onProgress?: (message: string) => void;
  /** Where .qi lives (default: the working directory). */
  root?: string;
  /**
   * False: only the publication checks and protected counts printed as they are, without the whole-number
   * attacker (`qi audit --no-attacker`).
   */
  attacker?: boolean;
}

/** The results folder holding the relations for the extract a site was built from. */
export function findResults(site: SiteContent, root: string): string {
  const checksum = (site.provenance?.extract as { checksum?: string } | undefined)?.checksum;
  if (!checksum) throw new UserError("the site has no provenance.json with an extract checksum; pass --results <dir>");
  const base = join(root, ".qi", "results");
  const candidates = existsSync(base)
    ? readdirSync(base)
        .map((name) => join(base, name))
        .filter((dir) => existsSync(join(dir, "manifest.json")) && existsSync(join(dir, relationFiles.index)))
        .filter((dir) => {
          const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
            extract?: { checksum?: string };
          };
          return manifest.extract?.checksum === checksum;
        })
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    : [];
  if (candidates.length === 0)
    throw new UserError(
      `no results with disclosure relations for extract ${checksum.slice(0, 12)}… in ${base}; ` +
        "build the site again, or pass --results <dir>"
    );
  return candidates[0];
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

/**
 * Columns a hidden row must leave empty. Restated here on purpose, not imported from publish.ts: the audit
 * is a second reading of the publication, so a column publish.ts forgets to blank is caught, not copied.
 */
const hiddenColumns = [
  "numerator",
  "denominator",
  "value",
  "lower",
  "upper",
  "numerator_range",
  "national_value",
  "z",
  "flag",
  "change",
  "previous_value",
  "low_coverage",
  "observed",
  "expected",
  "oe_ratio",
  "oe_lower",
  "oe_upper",
  "oe_flag",
  "adjusted_value"
];

/** One cell's knowledge from every place it is shown: the intersection of what each says. */
function merge(cells: KnownCell[]): KnownCell | null {
  const rank = { published: 3, coarsened: 2, "fewer-than": 1, hidden: 0 } as const;
  const out: KnownCell = { ...cells[0], order: [...cells[0].order] };
  for (const cell of cells.slice(1)) {
    out.n = { lo: Math.max(out.n.lo, cell.n.lo), hi: Math.min(out.n.hi, cell.n.hi) };
    if (cell.x) out.x = out.x ? { lo: Math.max(out.x.lo, cell.x.lo), hi: Math.min(out.x.hi, cell.x.hi) } : cell.x;
    out.order.push(...cell.order);
    out.lowCoverage ??= cell.lowCoverage;
    if (rank[cell.mark] > rank[out.mark]) out.mark = cell.mark;
  }
  if (out.n.lo > out.n.hi || (out.x && out.x.lo > out.x.hi)) return null;
  return out;
}

export async function auditSite(siteDir: string, options: AuditOptions = {}): Promise<AuditReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const site = resolve(siteDir);
  if (!existsSync(site)) throw new UserError(`${siteDir}: no such site folder`);
  const content = readSite(site);
  if (content.rows.length === 0) throw new UserError(`${siteDir}: no published rows found (is it a built site?)`);
  const resultsDir = options.resultsDir ?? findResults(content, options.root ?? process.cwd());
  const catalogue = readJson<Record<string, IndicatorMetadata>>(join(resultsDir, "indicators.json"));
  const units = readJson<UnitInfo[]>(join(resultsDir, "units.json"));
  const manifest = readJson<{
    engine: { level?: number; overdispersion?: string; minUnitsForOverdispersion?: number };
  }>(join(resultsDir, "manifest.json"));
  const level = manifest.engine.level ?? 0.95;
  const indicators = Object.values(catalogue).map((m) => ({
    id: m.id,
    registry: m.registry,
    countsEvents: countsEvents(m.type)
  }));
  const published = (content.provenance?.disclosure as { policy?: AppliedPolicy } | undefined)?.policy;
  let policy: AppliedPolicy;
  let policySource: string;
  if (options.policyDir) {
    policy = applyPolicy(await loadDisclosurePolicy(options.policyDir), indicators);
    policySource = `${options.policyDir} (given)`;
  } else if (published) {
    policy = published;
    policySource = "provenance.json";
  } else {
    policy = applyPolicy(await loadDisclosurePolicy(join(process.cwd(), "indicators")), indicators);
    policySource = "indicators/disclosure-policy.ts (the site's provenance.json names none)";
  }
  const problems: AuditProblem[] = content.unreadable.map((file) => ({
    kind: "unreadable" as const,
    cell: null,
    message: `${file} is not valid JSON`
  }));
  const rules = (indicator: string) => rulesFor(policy, catalogue[indicator].registry, indicator);

  // Every cell, as each place shows it.
  const rowsOf = new Map<string, SiteRow[]>();
  for (const row of content.rows) {
    if (!catalogue[row.indicator]) continue;
    const id = siteRowId(row);
    const list = rowsOf.get(id) ?? [];
    list.push(row);
    rowsOf.set(id, list);
    if (row.suppressed) {
      const numbers = hiddenColumns.filter((c) => row[c] !== null && row[c] !== undefined);
      if (numbers.length)
        problems.push({
          kind: "hidden-number",
          cell: id,
          message: `${row.source}: a hidden cell shows ${numbers.join(", ")}`
        });
    }
  }
  const cells: KnownCell[] = [];
  for (const [id, rows] of rowsOf) {
    const meta = catalogue[rows[0].indicator];
    const described = rows.map((r) =>
      describePublished(r, meta, { minDenominator: rules(r.indicator).minDenominator, level })
    );
    const cell = merge(described);
    if (!cell) {
      problems.push({
        kind: "inconsistent",
        cell: id,
        message: `shown with different numbers in ${[...new Set(rows.map((r) => r.source))].join(", ")}`
      });
      continue;
    }
    cells.push(cell);
  }
  const byId = new Map(cells.map((c) => [c.id, c]));
  const valueOf = new Map<string, number | null>();
  for (const [id, rows] of rowsOf) {
    const shown = rows.find((r) => !r.suppressed && r.numerator_range == null && r.value !== null);
    valueOf.set(id, shown ? shown.value : null);
  }
  checkDerived(content, rowsOf, valueOf, byId, catalogue, policy, manifest.engine, problems);

  progress(`audit: reading the relations in ${resultsDir}`);
  const world = new World({
    relations: readRelations(resultsDir),
    units,
    indicators: catalogue,
    years: yearsOf(cells)
  });
  const protections = new Map<string, Protection>();
  const failures: Verdict[] = [];
  const byRule = { minDenominator: 0, smallCount: 0 };
  for (const cell of cells) {
    const truth = world.truth(cell);
    if (!truth) continue;
    if (cell.n.lo === cell.n.hi && cell.n.lo !== truth.n)
      problems.push({
        kind: "mismatch",
        cell: cell.id,
        message: `N is ${cell.n.lo} on the site, ${truth.n} in the relations`
      });
    const type = catalogue[cell.indicator].type;
    const counted = countsEvents(type);
    const protection = protectionOf({ n: truth.n, x: counted ? truth.x : null }, rules(cell.indicator), counted);
    if (!protection || truth.n === 0) continue;
    if (protection.rule === "min-denominator") byRule.minDenominator++;
    else byRule.smallCount++;
    const bounds = protection.quantity === "n" ? cell.n : cell.x;
    // A protected count printed as it is needs no attacker.
    const exactly =
      protection.quantity === "complement"
        ? cell.n.lo === cell.n.hi && cell.x && cell.x.lo === cell.x.hi
        : bounds && bounds.lo === bounds.hi;
    if (exactly) {
      const value = protection.quantity === "complement" ? cell.n.lo - cell.x!.lo : bounds!.lo;
      failures.push({
        cell: cell.id,
        protection,
        outcome: "disclosed",
        range: { min: value, max: value },
        where: "published"
      });
    } else protections.set(cell.id, protection);
  }
  if (problems.some((p) => p.kind === "mismatch"))
    throw new UserError(
      `${resultsDir} does not hold the results ${siteDir} was built from ` +
        `(${problems.filter((p) => p.kind === "mismatch").length} counts differ)`
    );
  if (options.attacker !== false) {
    progress(`audit: judging ${protections.size + failures.length} protected cells …`);
    const known = new KnownCells(world, cells);
    const verdicts = await judgeCells(world, known, protections, { onProgress: progress });
    failures.push(...verdicts.filter((v) => v.outcome !== "protected"));
  }
  failures.sort((a, b) => (a.cell < b.cell ? -1 : 1));
  return {
    site,
    resultsDir,
    policySource,
    cells: cells.length,
    protectedCells: byRule.minDenominator + byRule.smallCount,
    byRule,
    failures,
    problems,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    attacker: options.attacker !== false,
    ok: failures.length === 0 && problems.length === 0
  };
}

function yearsOf(cells: KnownCell[]): { first: number; last: number } {
  return { first: Math.min(...cells.map((c) => c.start)), last: Math.max(...cells.map((c) => c.end)) };
}

const tableOf = (r: { indicator: string; group: string | null; period: string; context: string }) =>
  `${r.indicator}|${r.group ?? ""}|${r.period}|${r.context}`;

/** Everything computed from more than one cell must come from published cells only. */
function checkDerived(
  content: SiteContent,
  rowsOf: Map<string, SiteRow[]>,
  valueOf: Map<string, number | null>,
  cells: Map<string, KnownCell>,
  catalogue: Record<string, IndicatorMetadata>,
  policy: AppliedPolicy,
  engine: { overdispersion?: string; minUnitsForOverdispersion?: number },
  problems: AuditProblem[]
) {
  const nationValue = new Map<string, number | null>();
  for (const [id, rows] of rowsOf)
    if (rows[0].unit_id === "nation") nationValue.set(tableOf(rows[0]), valueOf.get(id) ?? null);
  const close = (a: number, b: number, format: string) => Math.abs(a - b) <= 2 * printedHalfWidth(format) + 1e-9;
  for (const [id, rows] of rowsOf) {
    const format = catalogue[rows[0].indicator].format;
    for (const row of rows) {
      if (row.suppressed) continue;
      const national = row.national_value;
      if (national !== null && national !== undefined) {
        const published = nationValue.get(tableOf(row));
        if (published === null || published === undefined || !close(national, published, format))
          problems.push({
            kind: "derived",
            cell: id,
            message:
              `${row.source}: national value ${national} is not ` +
              `the nation's published value (${published ?? "hidden"})`
          });
      }
      if (row.change !== null && row.change !== undefined) {
        const previousPeriod =
          row.period_start === row.period_end
            ? String(row.period_end - 1)
            : `${row.period_start - 1}–${row.period_end - 1}`;
        const previous = valueOf.get(siteRowId({ ...row, period: previousPeriod }));
        const value = valueOf.get(id);
        if (
          previous === null ||
          previous === undefined ||
          value === null ||
          value === undefined ||
          !close(row.change, value - previous, format)
        )
          problems.push({
            kind: "derived",
            cell: id,
            message: `${row.source}: a change from a value that is not published`
          });
      }
    }
  }
  // Funnels: the centre is the nation's published value, φ comes from the published units.
  const levels = new Map<string, KnownCell[]>();
  for (const c of cells.values()) {
    const key = `${c.indicator}|${c.group ?? ""}|${c.period}|${c.context}|${c.level}`;
    const list = levels.get(key) ?? [];
    list.push(c);
    levels.set(key, list);
  }
  const seen = new Set<string>();
  for (const funnel of content.funnels) {
    const key = `${funnel.indicator}|${funnel.group ?? ""}|${funnel.period}|${funnel.context}|${funnel.unit_level}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const meta = catalogue[funnel.indicator];
    if (!meta) continue;
    const center = nationValue.get(tableOf(funnel));
    const where = `funnel ${funnel.indicator} ${funnel.period} ${funnel.context} ${funnel.unit_level}`;
    if (center === null || center === undefined || !close(funnel.center, center, meta.format)) {
      problems.push({
        kind: "derived",
        cell: null,
        message: `${where}: centre ${funnel.center} is not the nation's published value`
      });
      continue;
    }
    if (funnel.phi === null) continue;
    const rules = rulesFor(policy, meta.registry, meta.id);
    const units = (levels.get(key) ?? []).filter((c) => c.mark === "published" && c.x !== null && c.x.lo === c.x.hi);
    const { summary } = assessFunnel(
      units
        .sort((a, b) => (a.unit < b.unit ? -1 : 1))
        .map((c) => ({ numerator: c.x!.lo, denominator: c.n.lo, value: c.x!.lo / c.n.lo, se: null })),
      center,
      {
        kind: "proportion",
        minDenominator: rules.minDenominator,
        overdispersion: (engine.overdispersion ?? "additive") as FunnelAdjustment,
        minUnits: engine.minUnitsForOverdispersion ?? 5
      }
    );
    if (summary.phi === null || Math.abs(summary.phi - funnel.phi) > 0.0015)
      problems.push({
        kind: "derived",
        cell: null,
        message:
          `${where}: φ = ${funnel.phi} is not what the published units give ` +
          `(${summary.phi === null ? "none" : summary.phi.toFixed(3)})`
      });
  }
  // Curves: only for published cells; no numbers at risk unless the policy publishes them.
  const flagged = new Set<string>();
  for (const point of content.curves) {
    const id = siteRowId({ ...point, numerator: null } as unknown as SiteRow);
    const cell = cells.get(id);
    const meta = catalogue[point.indicator];
    if (!meta || flagged.has(id)) continue;
    if (!cell || cell.mark !== "published") {
      flagged.add(id);
      problems.push({ kind: "curve", cell: id, message: `${point.source}: a curve for a cell that is not published` });
    } else if (point.n_risk !== null && !rulesFor(policy, meta.registry, meta.id).curves.atRisk) {
      flagged.add(id);
      problems.push({
        kind: "curve",
        cell: id,
        message: `${point.source}: numbers at risk, which the policy does not publish`
      });
    }
  }
}

/** The report as the command prints it. */
export function formatAudit(report: AuditReport, { limit = 200 }: { limit?: number } = {}): string {
  const lines: string[] = [];
  const describe = (v: Verdict) => {
    const what = v.protection.quantity === "n" ? "N" : v.protection.quantity === "x" ? "the count" : "N − the count";
    const needs =
      v.protection.rule === "min-denominator"
        ? `at least ${v.protection.values} values`
        : `${v.protection.band[0]}–${v.protection.band[1]}`;
    if (v.outcome === "disclosed" && v.range)
      return `  ${v.cell}: ${what} narrowed to ${fmt(v.range.min)}–${fmt(v.range.max)} (needs ${needs}; ${v.where})`;
    if (v.outcome === "inconsistent") return `  ${v.cell}: the published numbers contradict each other (${v.where})`;
    return `  ${v.cell}: ${what} could not be shown to keep ${needs}`;
  };
  for (const v of report.failures.slice(0, limit)) lines.push(describe(v));
  if (report.failures.length > limit) lines.push(`  … and ${report.failures.length - limit} more cells`);
  for (const p of report.problems.slice(0, limit))
    lines.push(`  ${p.kind}: ${p.cell ? `${p.cell}: ` : ""}${p.message}`);
  if (report.problems.length > limit) lines.push(`  … and ${report.problems.length - limit} more problems`);
  const summary =
    `${report.protectedCells} protected cells (${report.byRule.minDenominator} under the minimum denominator, ` +
    `${report.byRule.smallCount} small counts) in ${report.cells} published cells; ` +
    `policy from ${report.policySource}; ` +
    `${report.seconds} s`;
  if (report.ok && !report.attacker)
    lines.push(`qi audit: ${summary}: the publication checks pass (the attacker was not run)`);
  else if (report.ok) lines.push(`qi audit: ${summary}: every protected cell keeps its protection`);
  else
    lines.push(
      `qi audit: ${report.failures.length} protected cells narrower than the policy requires, ` +
        `${report.problems.length} other problems; ${summary}`
    );
  return lines.join("\n") + "\n";
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));
