/**
 * Dates in the demo generator are day numbers (days since 1970-01-01, proleptic Gregorian): integer
 * arithmetic, no time zones. Formatting goes through a cache because millions of dates are written.
 */

/** Day number of a calendar date (H. Hinnant's days_from_civil). */
export function day(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Calendar year of a day number. */
export function yearOf(days: number): number {
  return civil(days)[0];
}

const cacheFrom = day(1900, 1, 1);
const cacheTo = day(2040, 12, 31);
const cache: (string | undefined)[] = new Array(cacheTo - cacheFrom + 1);

/** ISO date YYYY-MM-DD. */
export function iso(days: number): string {
  const index = days - cacheFrom;
  if (index >= 0 && index < cache.length) {
    const hit = cache[index];
    if (hit !== undefined) return hit;
  }
  const [y, m, d] = civil(days);
  const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  if (index >= 0 && index < cache.length) cache[index] = text;
  return text;
}

/** Parses YYYY-MM-DD (trusted input: the generator's own constants and test files). */
export function parseIso(text: string): number {
  return day(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

export const DAYS_PER_YEAR = 365.25;
