/**
 * The public build's disclosure control, in one pass over the results (docs/disclosure.md):
 * 1. every unit listed for an indicator gets a row in every period (one with no patients shows "fewer than
 *    5 patients" too, so that label means 0–4 and a missing row tells nothing);
 * 2. primary cells from the policy: a unit under the minimum denominator is shown as "fewer than N
 *    patients"; a protected small count is shown as its band ("1–4 of 233") where the policy coarsens, else
 *    hidden;
 * 3. secondary cells hidden by rules (complementary.ts);
 * 4. publication: a hidden cell carries no number and no flag, one wording whatever the reason ("fewer than
 *    N patients" apart); numbers are written at the precision the pages print; the national value, funnel
 *    (φ, τ², limits), z and flags are computed again from the published cells only; a change is published
 *    only between two published values; curves only for published cells, on the policy's grid, without
 *    numbers at risk unless the policy says so, and cut where fewer than the minimum remain at risk.
 */
import type { IndicatorMetadata } from "../engine/catalogueMetadata.ts";
import type { FunnelRecord, UnitInfo } from "../output/resultFiles.ts";
import { assessFunnel } from "../engine/funnel.ts";
import { measureFor } from "../engine/measures/index.ts";
import { caseMixColumns } from "../engine/measures/measure.ts";
import type { FunnelAdjustment } from "../output/resultTables.ts";
import type { CurveRow, ResultRow } from "../output/resultTables.ts";
import { cellId, protectionOf, roundPrinted, type Mark, type Protection } from "./cells.ts";
import { complementaryCells } from "./complementary.ts";
import { rulesFor, type AppliedPolicy, type IndicatorRules } from "./policy.ts";
import { informationLoss, type InformationLoss } from "./informationLoss.ts";

/** Whether an indicator type's numerator is a count of patients (its measure says). */
export const countsEvents = (type: string): boolean => measureFor(type).countsEvents;

export interface DisclosurePlan {
  /** How each cell not published as it is is shown, by cell id. */
  marks: Record<string, Exclude<Mark, "published">>;
  summary: {
    cells: number;
    /** Units listed for an indicator without patients in a period (shown as "fewer than N"). */
    emptyUnits: number;
    primary: { minDenominator: number; smallCount: number };
    coarsened: number;
    secondary: number;
    seconds: number;
    loss: InformationLoss;
  };
}

export interface DisclosureInput {
  resultsDir: string;
  rows: ResultRow[];
  catalogue: Record<string, IndicatorMetadata>;
  units: UnitInfo[];
  policy: AppliedPolicy;
  /** The interval level of the results (the median's order statistics depend on it). */
  level: number;
  onProgress?: (message: string) => void;
}

const rulesOf = (policy: AppliedPolicy, catalogue: Record<string, IndicatorMetadata>, indicator: string) =>
  rulesFor(policy, catalogue[indicator].registry, indicator);

/**
 * Rows for the periods in which a listed unit had no patients: a unit is listed for an indicator and
 * context where it has a row in some period.
 */
export function emptyUnitRows(rows: ResultRow[], units: UnitInfo[]): ResultRow[] {
  const periods = new Map<string, ResultRow[]>();
  const listed = new Map<string, ResultRow>();
  const have = new Set<string>();
  for (const row of rows) {
    const series = `${row.indicator}|${row.group ?? ""}|${row.context}`;
    const list = periods.get(series) ?? [];
    if (!list.some((r) => r.period === row.period)) list.push(row);
    periods.set(series, list);
    listed.set(`${series}|${row.unit_id}`, row);
    have.add(cellId({ ...row, unit: row.unit_id }));
  }
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: ResultRow[] = [];
  for (const [key, row] of listed) {
    const series = key.slice(0, key.lastIndexOf("|"));
    for (const p of periods.get(series)!) {
      if (have.has(cellId({ ...row, period: p.period, unit: row.unit_id }))) continue;
      const unit = byId.get(row.unit_id);
      out.push({
        ...p,
        unit_id: row.unit_id,
        unit_level: row.unit_level,
        unit_name: unit?.name ?? row.unit_name,
        unit_short_name: unit?.short_name ?? row.unit_short_name,
        parent_id: row.parent_id,
        numerator: countsEvents(row.type) ? 0 : null,
        denominator: 0,
        value: null,
        lower: null,
        upper: null,
        level: null,
        z: null,
        z_adjusted: null,
        flag: null,
        change: null,
        previous_value: null,
        coverage: null,
        low_coverage: false,
        observed: null,
        expected: null,
        oe_ratio: null,
        oe_lower: null,
        oe_upper: null,
        adjusted_value: null,
        se: null,
        oe_z: null,
        oe_flag: null
      });
    }
  }
  return out;
}

/** The case-mix columns computed from a unit's counts (the model's separation check is the whole model's). */
const caseMixFigures = caseMixColumns.filter((column) => column !== "oe_separation");

/** The columns a hidden cell publishes empty. */
const blankWhenHidden = [
  "numerator",
  "denominator",
  "value",
  "lower",
  "upper",
  "level",
  "z",
  "z_adjusted",
  "flag",
  "funnel_adjustment",
  "change",
  "previous_value",
  "coverage",
  "low_coverage",
  ...caseMixFigures,
  "se",
  "phi",
  "tau2",
  "national_value"
] satisfies readonly (keyof ResultRow)[];

/** Round down (or up) at the decimals a format prints: a band's ends, widened outward. */
function roundOutward(value: number, format: string, direction: "down" | "up"): number {
  const match = /\.(\d+)([%fe]?)/.exec(format);
  const decimals = (match ? Number(match[1]) : 0) + (match?.[2] === "%" ? 2 : 0);
  const scale = 10 ** decimals;
  const scaled = value * scale;
  return Number(
    ((direction === "down" ? Math.floor(scaled + 1e-9) : Math.ceil(scaled - 1e-9)) / scale).toFixed(decimals)
  );
}

/**
 * One row as the public sees it under a mark, before the measures that depend on other cells (national
 * value, funnel, change) are filled in by `publishRows`.
 */
export function markRow(
  row: ResultRow,
  mark: Mark,
  rules: IndicatorRules,
  protection: Protection | null,
  format: string
): ResultRow {
  const out: ResultRow = { ...row, coverage: null, numerator_range: null, suppressed: false, suppression_reason: null };
  const round = (v: number | null) => roundPrinted(v, format);
  if (mark === "fewer-than" || mark === "hidden") {
    for (const column of blankWhenHidden) (out as unknown as Record<string, unknown>)[column] = null;
    out.suppressed = true;
    out.suppression_reason = mark === "fewer-than" ? "min-denominator" : "protected";
    return out;
  }
  out.value = round(row.value);
  out.lower = round(row.lower);
  out.upper = round(row.upper);
  out.adjusted_value = round(row.adjusted_value);
  out.expected = row.expected === null ? null : Number(row.expected.toFixed(1));
  for (const column of ["oe_ratio", "oe_lower", "oe_upper"] as const)
    out[column] = row[column] === null ? null : Number((row[column] as number).toFixed(2));
  out.se = null;
  out.oe_z = row.oe_z === null ? null : Number(row.oe_z.toFixed(2));
  if (mark === "coarsened") {
    const [lo, hi] = protection?.rule === "small-count" ? protection.band : rules.range;
    const n = row.denominator ?? 0;
    const range: [number, number] = protection?.quantity === "complement" ? [n - hi, n - lo] : [lo, hi];
    out.numerator = null;
    out.numerator_range = range;
    // The value as its band; nothing computed from the count itself.
    out.value = null;
    out.lower = n > 0 ? roundOutward(range[0] / n, format, "down") : null;
    out.upper = n > 0 ? roundOutward(range[1] / n, format, "up") : null;
    for (const column of ["level", ...caseMixFigures]) (out as unknown as Record<string, unknown>)[column] = null;
  }
  return out;
}

/** The mark of each cell from the policy alone (primary cells), with the protection each needs. */
function primaryMarks(
  rows: ResultRow[],
  policy: AppliedPolicy,
  catalogue: Record<string, IndicatorMetadata>
): { marks: Map<string, Mark>; protections: Map<string, Protection> } {
  const marks = new Map<string, Mark>();
  const protections = new Map<string, Protection>();
  for (const row of rows) {
    const id = cellId({ ...row, unit: row.unit_id });
    const rules = rulesOf(policy, catalogue, row.indicator);
    const n = row.denominator ?? 0;
    const counted = countsEvents(row.type);
    const protection = protectionOf({ n, x: counted ? row.numerator : null }, rules, counted);
    if (!protection) {
      marks.set(id, "published");
      continue;
    }
    if (protection.rule === "min-denominator") marks.set(id, "fewer-than");
    else marks.set(id, rules.coarsen ? "coarsened" : "hidden");
    // A unit without patients has nothing to protect; it is shown as "fewer than N" all the same.
    if (n > 0) protections.set(id, protection);
  }
  return { marks, protections };
}

/** Which cells the public build shows how. */
export async function disclosurePlan(input: DisclosureInput): Promise<DisclosurePlan> {
  const started = performance.now();
  const { catalogue, policy } = input;
  const progress = input.onProgress ?? (() => {});
  const empty = emptyUnitRows(input.rows, input.units);
  const rows = [...input.rows, ...empty];
  const { marks, protections } = primaryMarks(rows, policy, catalogue);
  progress(`disclosure: ${protections.size} primary cells under the policy; hiding secondary cells by rules …`);
  const secondary = complementaryCells(rows, marks);
  for (const id of secondary) marks.set(id, "hidden");
  const out: DisclosurePlan["marks"] = {};
  for (const [id, mark] of [...marks].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (mark !== "published") out[id] = mark;
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const plan: DisclosurePlan = {
    marks: out,
    summary: {
      cells: rows.length,
      emptyUnits: empty.length,
      primary: {
        minDenominator: [...protections.values()].filter((p) => p.rule === "min-denominator").length,
        smallCount: [...protections.values()].filter((p) => p.rule === "small-count").length
      },
      coarsened: [...marks.values()].filter((m) => m === "coarsened").length,
      secondary: secondary.size,
      seconds,
      loss: informationLoss(rows, out, (indicator) => rulesOf(policy, catalogue, indicator).minDenominator)
    }
  };
  progress(
    `disclosure: ${plan.summary.secondary} secondary cells hidden in ${seconds} s; ` +
      `${(plan.summary.loss.overall.share * 100).toFixed(1)} % of units with N ≥ the minimum hidden`
  );
  return plan;
}

/** The engine's funnel settings, from the results' manifest. */
export interface FunnelSettings {
  overdispersion: FunnelAdjustment;
  minUnitsForOverdispersion: number;
}

const tableOf = (r: { indicator: string; group: string | null; period: string; context: string }) =>
  `${r.indicator}|${r.group ?? ""}|${r.period}|${r.context}`;

/**
 * The public rows (every listed unit in every period) and funnels under a plan. Everything measured
 * against other cells is computed again from the published cells only.
 */
export function publishRows(
  rows: ResultRow[],
  units: UnitInfo[],
  plan: DisclosurePlan,
  policy: AppliedPolicy,
  catalogue: Record<string, IndicatorMetadata>,
  funnel: FunnelSettings
): { rows: ResultRow[]; funnels: FunnelRecord[] } {
  const all = [...rows, ...emptyUnitRows(rows, units)];
  const out = all.map((row) => {
    const id = cellId({ ...row, unit: row.unit_id });
    const rules = rulesOf(policy, catalogue, row.indicator);
    const mark = plan.marks[id] ?? "published";
    const counted = countsEvents(row.type);
    const protection = protectionOf({ n: row.denominator ?? 0, x: counted ? row.numerator : null }, rules, counted);
    return markRow(row, mark, rules, protection, catalogue[row.indicator].format);
  });
  const shown = (r: ResultRow) => !r.suppressed && r.numerator_range == null;
  // The national value of each table, where the nation's cell is published.
  const national = new Map<string, number | null>();
  for (const r of out) if (r.unit_level === "nation") national.set(tableOf(r), shown(r) ? r.value : null);
  const byCell = new Map(out.map((r) => [cellId({ ...r, unit: r.unit_id }), r]));
  const funnels: FunnelRecord[] = [];
  const levels = new Map<string, ResultRow[]>();
  for (const r of out) {
    r.national_value = r.suppressed ? null : (national.get(tableOf(r)) ?? null);
    for (const column of ["z", "z_adjusted", "flag", "funnel_adjustment", "phi", "tau2"] as const)
      (r as unknown as Record<string, unknown>)[column] = null;
    if (r.unit_level !== "nation") {
      const key = `${tableOf(r)}|${r.unit_level}`;
      const list = levels.get(key) ?? [];
      list.push(r);
      levels.set(key, list);
    }
    // A change only between two published values, from the values as printed.
    r.change = null;
    r.previous_value = null;
    if (shown(r) && r.value !== null) {
      const previous = byCell.get(
        cellId({ ...r, unit: r.unit_id, period: previousPeriodLabel(r.period_start, r.period_end) })
      );
      if (previous && shown(previous) && previous.value !== null) {
        r.previous_value = previous.value;
        r.change = roundPrinted(r.value - previous.value, catalogue[r.indicator].format);
      }
    }
  }
  const source = new Map(rows.map((r) => [cellId({ ...r, unit: r.unit_id }), r]));
  for (const [, list] of [...levels].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const first = list[0];
    const meta = catalogue[first.indicator];
    const kind = measureFor(meta.type).funnel;
    const center = national.get(tableOf(first)) ?? null;
    if (kind === "none" || center === null) continue;
    const rules = rulesOf(policy, catalogue, first.indicator);
    const units = list.filter((r) => shown(r) && r.value !== null).sort((a, b) => (a.unit_id < b.unit_id ? -1 : 1));
    const { results, summary } = assessFunnel(
      units.map((r) => ({
        numerator: r.numerator,
        denominator: r.denominator ?? 0,
        value: r.value,
        se: source.get(cellId({ ...r, unit: r.unit_id }))?.se ?? null
      })),
      center,
      {
        kind,
        minDenominator: rules.minDenominator,
        overdispersion: funnel.overdispersion,
        minUnits: funnel.minUnitsForOverdispersion
      }
    );
    const phi = summary.phi === null ? null : Number(summary.phi.toFixed(3));
    const tau2 = summary.tau2 === null ? null : Number(summary.tau2.toPrecision(3));
    units.forEach((r, i) => {
      r.z = results[i].z === null ? null : Number(results[i].z!.toFixed(2));
      r.z_adjusted = results[i].zAdjusted === null ? null : Number(results[i].zAdjusted!.toFixed(2));
      r.flag = results[i].flag;
      r.funnel_adjustment = summary.adjustment;
      r.phi = phi;
      r.tau2 = tau2;
    });
    funnels.push({
      indicator: first.indicator,
      period: first.period,
      context: first.context,
      group: first.group,
      unit_level: first.unit_level,
      center,
      adjustment: summary.adjustment,
      phi,
      tau2,
      units: summary.units
    });
  }
  return { rows: out, funnels };
}

const previousPeriodLabel = (start: number, end: number) =>
  start === end ? String(end - 1) : `${start - 1}–${end - 1}`;

/**
 * Curves the public may see: only for published cells, on the policy's grid, without numbers at risk unless
 * the policy publishes them, and cut for a whole level (in one indicator, period, context and group) from
 * the first time any of its units has fewer than the minimum at risk, so a cut point cannot be recovered as
 * the parent minus its published siblings.
 */
export function publishCurves(
  curves: CurveRow[],
  rows: ResultRow[],
  policy: AppliedPolicy,
  catalogue: Record<string, IndicatorMetadata>
): CurveRow[] {
  const published = new Set(
    rows.filter((r) => !r.suppressed && r.numerator_range == null).map((r) => cellId({ ...r, unit: r.unit_id }))
  );
  const rules = (indicator: string) => rulesOf(policy, catalogue, indicator);
  const levelKey = (c: CurveRow) => `${tableOf(c)}|${c.unit_level}`;
  const cutAt = new Map<string, number>();
  for (const c of curves) {
    if (c.n_risk === null || c.n_risk >= Math.max(5, rules(c.indicator).minDenominator)) continue;
    const key = levelKey(c);
    cutAt.set(key, Math.min(cutAt.get(key) ?? Infinity, c.time));
  }
  return (
    curves
      .filter((c) => published.has(cellId({ ...c, unit: c.unit_id })) && c.time < (cutAt.get(levelKey(c)) ?? Infinity))
      // Time-to-event curves thin to the grid; a PROM series has its own time points.
      .filter(
        (c) =>
          measureFor(catalogue[c.indicator].type).curvePoints === "own" ||
          onGrid(c.time, rules(c.indicator).curves.pointsPerYear)
      )
      .map((c) => ({ ...c, n_risk: rules(c.indicator).curves.atRisk ? c.n_risk : null }))
  );
}

/** Whether a curve time (days) falls on a grid of k points per year (curves are computed at 12 a year). */
function onGrid(time: number, pointsPerYear: number): boolean {
  const step = 365.241 / pointsPerYear;
  const k = Math.round(time / step);
  return Math.abs(time - k * step) < 0.01;
}
