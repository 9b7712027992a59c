/**
 * Reporting periods: calendar years, or rolling three-year windows labelled "2021–2023" (en dash), and the
 * indicator version in force for a period (the one whose years contain the period's last year).
 */
import type { IndicatorVersion, PeriodKind } from "./indicatorFields.ts";

export interface Period {
  /** "2023" or "2021–2023". */
  label: string;
  /** First and last calendar year, inclusive. */
  start: number;
  end: number;
}

/** Every complete period of `kind` within [firstYear, lastYear], oldest first. */
export function periodsFor(kind: PeriodKind, firstYear: number, lastYear: number): Period[] {
  if (!Number.isInteger(firstYear) || !Number.isInteger(lastYear) || firstYear > lastYear) {
    throw new RangeError(`periodsFor: need integer years with firstYear ≤ lastYear, got ${firstYear}–${lastYear}`);
  }
  const span = kind === "year" ? 1 : 3;
  const periods: Period[] = [];
  for (let end = firstYear + span - 1; end <= lastYear; end++) periods.push(period(end - span + 1, end));
  return periods;
}

export function period(start: number, end: number): Period {
  return { label: start === end ? String(end) : `${start}–${end}`, start, end };
}

/** The period one year earlier (same length), for the change since the previous period. */
export function previousPeriod(p: Period): Period {
  return period(p.start - 1, p.end - 1);
}

/** The version in force for a period: its years contain the period's last year; undefined if none. */
export function versionFor<V extends Pick<IndicatorVersion, "validFrom" | "validTo">>(
  versions: readonly V[],
  p: Pick<Period, "end">
): V | undefined {
  return versions.find((v) => v.validFrom <= p.end && (v.validTo === null || p.end <= v.validTo));
}
