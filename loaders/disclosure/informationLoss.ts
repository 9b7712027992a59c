/**
 * Information loss of a disclosure plan: the share of units with at least the minimum number of patients
 * (cells that would be shown under the minimum-denominator rule alone) that are hidden, overall,
 * per indicator and per indicator and period. Goal under the demo policy: at most 5 % overall and 20 % in
 * any indicator-period.
 */
import type { ResultRow } from "../output/resultTables.ts";
import { cellId } from "./cells.ts";

export interface LossFigure {
  hidden: number;
  units: number;
  share: number;
}

export interface InformationLoss {
  overall: LossFigure;
  byIndicator: Record<string, LossFigure>;
  /** The indicator-periods with the largest share, worst first (at most 20). */
  worstPeriods: ({ indicator: string; period: string } & LossFigure)[];
  /** How many indicator-periods lose more than 20 %. */
  periodsOver20: number;
}

const figure = (hidden: number, units: number): LossFigure => ({
  hidden,
  units,
  share: units === 0 ? 0 : Math.round((hidden / units) * 10000) / 10000
});

export function informationLoss(
  rows: ResultRow[],
  marks: Record<string, string>,
  minimumOf: (indicator: string) => number
): InformationLoss {
  const tally = new Map<string, { hidden: number; units: number }>();
  const add = (key: string, hidden: boolean) => {
    const t = tally.get(key) ?? { hidden: 0, units: 0 };
    t.units++;
    if (hidden) t.hidden++;
    tally.set(key, t);
  };
  for (const row of rows) {
    if ((row.denominator ?? 0) < minimumOf(row.indicator)) continue;
    const hidden = marks[cellId({ ...row, unit: row.unit_id })] === "hidden";
    add("", hidden);
    add(row.indicator, hidden);
    add(`${row.indicator}\u0000${row.period}`, hidden);
  }
  const all = tally.get("") ?? { hidden: 0, units: 0 };
  const byIndicator: Record<string, LossFigure> = {};
  const periods: ({ indicator: string; period: string } & LossFigure)[] = [];
  for (const [key, t] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (key === "") continue;
    const [indicator, period] = key.split("\u0000");
    if (period === undefined) byIndicator[indicator] = figure(t.hidden, t.units);
    else periods.push({ indicator, period, ...figure(t.hidden, t.units) });
  }
  periods.sort((a, b) => b.share - a.share || (a.indicator < b.indicator ? -1 : 1));
  return {
    overall: figure(all.hidden, all.units),
    byIndicator,
    worstPeriods: periods.slice(0, 20),
    periodsOver20: periods.filter((p) => p.share > 0.2).length
  };
}
