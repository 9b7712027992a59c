const epoch = civilDays(1960, 1, 1);

/**
 * Days from 1960-01-01 to an ISO calendar date "YYYY-MM-DD" (proleptic Gregorian, no time zone): the
 * calendar origin of R's ratetables, so net survival does its calendar arithmetic as relsurv does.
 * A helper of netSurvival; `fn` and `name` go into the error message.
 *
 * @throws {TypeError} if value is not a string.
 * @throws {RangeError} unless value is a real date written YYYY-MM-DD.
 * @example daysSince1960("fn", "date", "1982-06-24") // 8210
 */
export function daysSince1960(fn: string, name: string, value: unknown): number {
  if (typeof value !== "string") throw new TypeError(`${fn}: ${name} must be a date string "YYYY-MM-DD"`);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const year = match ? Number(match[1]) : NaN;
  const month = match ? Number(match[2]) : NaN;
  const day = match ? Number(match[3]) : NaN;
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${fn}: ${name} must be a date "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  }
  return civilDays(year, month, day) - epoch;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Day number of a Gregorian date (days from 0000-03-01, shifted; only differences are used). */
function civilDays(year: number, month: number, day: number): number {
  // Count years from March so the leap day falls at the end of the counting year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra;
}
