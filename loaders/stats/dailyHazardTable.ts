import { checkKeyword } from "./checks.ts";
import { daysSince1960 } from "./daysSince1960.ts";

/** Days per year in relsurv's ratetables (and so in our net survival). */
const daysPerYear = 365.241;

export type Sex = "male" | "female";
const sexes: readonly Sex[] = ["male", "female"];

export interface DailyHazardTable {
  /** Jan 1 of each life-table year, in days since 1960-01-01, ascending. */
  yearCuts: Float64Array;
  /** Each life-table age in days (age · 365.241), ascending. */
  ageCuts: Float64Array;
  /** Constant daily hazard −ln(1 − qx)/365.241 of cell (sex, year, age) at ((sex·years + year)·ages + age). */
  hazard: Float64Array;
  /** Which of `sexes` the table has rows for. */
  hasSex: [boolean, boolean];
}

/**
 * A population life table of annual death probabilities qx by calendar year, sex and whole year of age
 * turned into relsurv-style cells: a constant daily hazard λ = −ln(1 − qx)/365.241 within each
 * (year, sex, age) cell, with cut points at Jan 1 of each listed year and at each listed age · 365.241 days.
 * The listed years and ages need not be consecutive, but every (year, age) pair must be present for each
 * sex the table has. A helper of netSurvival; `fn` names the caller in errors.
 *
 * @throws {TypeError} if lifeTable is not an array of {year, sex, age, qx}.
 * @throws {RangeError} if it is empty, a year or age is not a whole number (year 1000–9999, age ≥ 0), qx is outside [0,
 *   1),
 *   a sex is unknown, or a cell is missing or given twice.
 */
export function dailyHazardTable(
  fn: string,
  lifeTable: readonly { year: number; sex: Sex; age: number; qx: number }[]
): DailyHazardTable {
  if (!Array.isArray(lifeTable)) throw new TypeError(`${fn}: lifeTable must be an array of {year, sex, age, qx}`);
  if (lifeTable.length === 0) throw new RangeError(`${fn}: lifeTable is empty`);
  const yearSet = new Set<number>();
  const ageSet = new Set<number>();
  lifeTable.forEach((row, i) => {
    if (row === null || typeof row !== "object") throw new TypeError(`${fn}: lifeTable[${i}] is not an object`);
    const { year, sex, age, qx } = row;
    for (const [name, value] of [
      ["year", year],
      ["age", age],
      ["qx", qx]
    ] as const) {
      if (typeof value !== "number") throw new TypeError(`${fn}: lifeTable[${i}].${name} must be a number`);
    }
    if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) {
      throw new RangeError(`${fn}: lifeTable[${i}].year must be a whole calendar year (1000–9999), got ${year}`);
    }
    if (!Number.isSafeInteger(age) || age < 0)
      throw new RangeError(`${fn}: lifeTable[${i}].age must be a whole age ≥ 0, got ${age}`);
    if (!(qx >= 0 && qx < 1)) throw new RangeError(`${fn}: lifeTable[${i}].qx must be in [0, 1), got ${qx}`);
    checkKeyword(fn, `lifeTable[${i}].sex`, sex, sexes);
    yearSet.add(year);
    ageSet.add(age);
  });
  const years = [...yearSet].sort((a, b) => a - b);
  const ages = [...ageSet].sort((a, b) => a - b);
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const ageIndex = new Map(ages.map((a, i) => [a, i]));
  const hazard = new Float64Array(2 * years.length * ages.length).fill(NaN);
  const hasSex: [boolean, boolean] = [false, false];
  for (const { year, sex, age, qx } of lifeTable) {
    const s = sex === "male" ? 0 : 1;
    hasSex[s] = true;
    const cell = (s * years.length + yearIndex.get(year)!) * ages.length + ageIndex.get(age)!;
    if (!Number.isNaN(hazard[cell]))
      throw new RangeError(`${fn}: lifeTable has two rows for year ${year}, sex ${sex}, age ${age}`);
    hazard[cell] = -Math.log1p(-qx) / daysPerYear;
  }
  for (let s = 0; s < 2; s++) {
    if (!hasSex[s]) continue;
    for (let y = 0; y < years.length; y++) {
      for (let a = 0; a < ages.length; a++) {
        if (Number.isNaN(hazard[(s * years.length + y) * ages.length + a])) {
          throw new RangeError(`${fn}: lifeTable has no row for year ${years[y]}, sex ${sexes[s]}, age ${ages[a]}`);
        }
      }
    }
  }
  return {
    yearCuts: Float64Array.from(years, (y) => daysSince1960(fn, "year", `${y}-01-01`)),
    ageCuts: Float64Array.from(ages, (a) => a * daysPerYear),
    hazard,
    hasSex
  };
}
