/**
 * Dates in the demo generator are day numbers (days since 1970-01-01, proleptic Gregorian): integer
 * arithmetic, no time zones, the same calendar arithmetic as the validator (loaders/extract/dates.ts).
 * Formatting goes through a cache because millions of dates are written.
 */
import { civilDate, dayNumber, formatDay } from "../extract/dates.ts";

/** Day number of a calendar date. */
export const day = dayNumber;

/** Calendar year of a day number. */
export function yearOf(days: number): number {
  return civilDate(days)[0];
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
  const text = formatDay(days);
  if (index >= 0 && index < cache.length) cache[index] = text;
  return text;
}

/** Parses YYYY-MM-DD (trusted input: the generator's own constants and test files). */
export function parseIso(text: string): number {
  return day(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
}

export const DAYS_PER_YEAR = 365.25;
