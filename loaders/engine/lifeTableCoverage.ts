/**
 * Whether the life table reaches every patient: net survival gives a patient older (or younger) than its
 * ages, or followed in a year outside its years, the rates of the nearest age or year, which biases the
 * result without failing. The validator checks the table is complete; this says when it is too short.
 */
import type { LifeTableRow } from "./unitStatistics.ts";

export function lifeTableCoverage(
  lifeTable: readonly Pick<LifeTableRow, "year" | "age">[],
  follow: { firstYear: number; lastYear: number }
): string[] {
  if (lifeTable.length === 0) return [];
  let [minAge, maxAge, minYear, maxYear] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { year, age } of lifeTable) {
    minAge = Math.min(minAge, age);
    maxAge = Math.max(maxAge, age);
    minYear = Math.min(minYear, year);
    maxYear = Math.max(maxYear, year);
  }
  const warnings: string[] = [];
  if (minAge > 0 || maxAge < 100) {
    warnings.push(
      `lifetable: ages ${minAge}–${maxAge}; patients outside get the nearest ` +
        `age's rates, which biases net survival (give ages 0 to at least 100)`
    );
  }
  if (minYear > follow.firstYear || maxYear < follow.lastYear) {
    warnings.push(
      `lifetable: years ${minYear}–${maxYear}, follow-up ` +
        `${follow.firstYear}–${follow.lastYear}; years outside get the nearest ` +
        `year's rates`
    );
  }
  return warnings;
}
