/**
 * Case-mix adjustment for outcome indicators (e.g. 30-day mortality after resection): a logistic model of
 * the event on the indicator's covariates (age, sex, stage, ASA …), fitted nationally per period; the
 * expected count of a unit is the sum of its patients' predicted risks.
 *
 * - O/E with its interval by ratioInterval (method "auto": exact Poisson for small O, Byar otherwise).
 * - Risk-adjusted rate = O/E × the national rate.
 * - Funnel on O/E: a unit is flagged when the exact Poisson interval of O/E at 95 % (alert) or 99.8 %
 *   (alarm) excludes 1 — the same as O falling outside the exact Poisson control limits around E.
 *   oe_z = (O − E)/√E is the normal score, for sorting and plotting.
 * Covariates that do not vary in a period are left out of that period's model. So are covariates that
 * separate the outcomes (docs/methods.md#case-mix-separation): where detectSeparation (Konis's linear program,
 * exact and independent of group sizes) finds that the maximum-likelihood estimate does not exist, the
 * covariates whose coefficients diverge are dropped and the check repeated, so e.g. patients of unknown stage,
 * none of whom died, are adjusted as the stage their covariate is coalesced to. Every unit's result names the
 * dropped covariates (`separation`) and a warning says so. A period whose model cannot be fitted (no events)
 * gets no O/E, and a warning says why.
 */
import { detectSeparation, logisticRegression, predictLogistic, ratioInterval } from "../stats/index.ts";
import type { UnitRows } from "./aggregate.ts";
import type { FunnelFlag } from "./funnel.ts";

export interface CaseMixResult {
  observed: number;
  expected: number;
  ratio: number | null;
  lower: number | null;
  upper: number | null;
  adjustedValue: number | null;
  z: number | null;
  flag: FunnelFlag | null;
  /** Covariates left out of the period's model because they separated the outcomes; empty if none. */
  separation: string[];
}

export type CaseMixRow = Record<string, unknown> & { qi_event: boolean | null };

/** The row field holding covariate `name` (prefixed, so no covariate name can clash with qi_event). */
export const covariateField = (name: string) => `cov_${name}`;

function ratioFlag(observed: number, expected: number): FunnelFlag | null {
  const alarm = ratioInterval(observed, expected, { level: 0.998, method: "exact" });
  if (alarm.lower > 1) return "alarm-high";
  if (alarm.upper < 1) return "alarm-low";
  const alert = ratioInterval(observed, expected, { level: 0.95, method: "exact" });
  if (alert.lower > 1) return "alert-high";
  if (alert.upper < 1) return "alert-low";
  return null;
}

/**
 * O/E for every unit of one period. `units` holds the period's cells at every level (nation included),
 * each with its rows; the nation's rows are the fitting data, covariate `name` in field covariateField(name).
 */
export async function caseMixForPeriod(
  units: UnitRows<CaseMixRow>[],
  covariates: string[],
  { level, indicatorId, period }: { level: number; indicatorId: string; period: string }
): Promise<{ results: Map<UnitRows<CaseMixRow>, CaseMixResult>; warning: string | null }> {
  const results = new Map<UnitRows<CaseMixRow>, CaseMixResult>();
  const nation = units.find((u) => u.level === "nation");
  if (!nation || nation.rows.length === 0) return { results, warning: null };
  const y = nation.rows.map((r) => (r.qi_event ? 1 : 0));
  const events = y.reduce((a: number, b: number) => a + b, 0);
  if (events === 0 || events === y.length) {
    return {
      results,
      warning: `${indicatorId} ${period}: no case-mix model (${events === 0 ? "no events" : "every row is an event"})`
    };
  }
  for (const row of nation.rows) {
    for (const name of covariates) {
      const v = row[covariateField(name)];
      if (v === null || v === undefined || !Number.isFinite(Number(v))) {
        throw new RangeError(
          `${indicatorId}: case-mix covariate "${name}" is not a number for some rows (use coalesce in its SQL)`
        );
      }
    }
  }
  // Leave out covariates that do not vary in this period, then those that separate the outcomes.
  const value = (row: CaseMixRow, name: string) => Number(row[covariateField(name)]);
  let used = covariates.filter((name) => new Set(nation.rows.map((r) => value(r, name))).size > 1);
  const matrix = (rows: CaseMixRow[]) => rows.map((r) => used.map((name) => value(r, name)));
  const separation: string[] = [];
  for (;;) {
    // Both outcomes occur, so a separating direction always involves a covariate.
    const { separated, infinite } = await detectSeparation(matrix(nation.rows), y);
    if (!separated) break;
    const diverging = used.filter((_, j) => infinite[j + 1] !== 0);
    if (diverging.length === 0)
      throw new Error(`caseMixForPeriod: only the intercept separates ${indicatorId} ${period}`);
    separation.push(...diverging);
    used = used.filter((name) => !diverging.includes(name));
  }
  let model: ReturnType<typeof logisticRegression>;
  try {
    model = logisticRegression(matrix(nation.rows), y);
  } catch (error) {
    return {
      results,
      warning: `${indicatorId} ${period}: no case-mix model (${error instanceof Error ? error.message : String(error)})`
    };
  }
  const warning =
    separation.length > 0
      ? `${indicatorId} ${period}: case-mix covariates ${separation.join(", ")} separate the outcomes ` +
        "(no finite maximum-likelihood estimate), so the model leaves them out (docs/methods.md#case-mix-separation)"
      : null;
  const nationalRate = events / y.length;
  // Every row of every unit is one of the nation's rows: predict each once.
  const predicted = predictLogistic(model.coefficients, matrix(nation.rows));
  const risk = new Map<CaseMixRow, number>(nation.rows.map((row, i) => [row, predicted[i]]));
  for (const unit of units) {
    let observed = 0;
    let expected = 0;
    for (const row of unit.rows) {
      if (row.qi_event) observed++;
      const p = risk.get(row);
      if (p === undefined) throw new Error(`caseMixForPeriod: a row of ${unit.unitId} is not among the nation's rows`);
      expected += p;
    }
    if (!(expected > 0)) {
      results.set(unit, {
        observed,
        expected,
        ratio: null,
        lower: null,
        upper: null,
        adjustedValue: null,
        z: null,
        flag: null,
        separation
      });
      continue;
    }
    const ratio = observed / expected;
    const interval = ratioInterval(observed, expected, { level, method: "auto" });
    results.set(unit, {
      observed,
      expected,
      ratio,
      lower: interval.lower,
      upper: interval.upper,
      adjustedValue: ratio * nationalRate,
      z: unit.level === "nation" ? null : (observed - expected) / Math.sqrt(expected),
      flag: unit.level === "nation" ? null : ratioFlag(observed, expected),
      separation
    });
  }
  return { results, warning };
}
