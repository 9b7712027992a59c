/**
 * Calendar dates as day numbers (days since 1970-01-01, proleptic Gregorian), so that the validator can
 * compare and store millions of dates in Int32Arrays. Day-number conversion follows H. Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms" (days_from_civil / civil_from_days).
 */

/** Marks a missing date in Int32Array payloads. */
export const NO_DATE = -0x80000000;

/** The earliest date the format accepts: anything before is a typing or export error. */
export const earliestDate = "1900-01-01";

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : monthDays[month - 1];
}

/** Day number of a valid calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month and day of a day number (H. Hinnant's civil_from_days). */
export function civilDate(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** The ISO date YYYY-MM-DD of a day number. */
export function formatDay(days: number): string {
  const [year, month, day] = civilDate(days);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export type DateParse =
  | { ok: true; day: number }
  /** `shape`: the text is not YYYY-MM-DD; `impossible`: it is, but the day does not exist. */
  | { ok: false; reason: "shape" | "impossible"; message: string };

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];

/** The day number of an ISO calendar date, or NaN if the text is not one (see parseIsoDate for why). */
export function isoDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  // `>>> 0` turns a negative (a character below '0') into a large number, so one comparison per digit.
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9
  )
    return NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return dayNumber(year, month, day);
}

/** Parses an ISO calendar date, saying why a text is not one. */
export function parseIsoDate(text: string): DateParse {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45)
    return { ok: false, reason: "shape", message: "" };
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return { ok: false, reason: "shape", message: "" };
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  if (month < 1 || month > 12)
    return { ok: false, reason: "impossible", message: `${text} does not exist (there is no month ${month})` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      reason: "impossible",
      message: `${text} does not exist (${monthNames[month - 1]} ${year} has ${last} days)`
    };
  }
  return { ok: true, day: dayNumber(year, month, day) };
}

/** Completed years between two day numbers (age at a date). */
export function completedYears(fromDay: number, toDay: number): number {
  const from = formatDay(fromDay);
  const to = formatDay(toDay);
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (to.slice(5) < from.slice(5)) years -= 1;
  return years;
}
