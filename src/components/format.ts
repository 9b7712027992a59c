/**
 * Number formatting for the pages: d3-format specifiers (as stored on each indicator, e.g. ".0%") in the
 * reader's language — decimal comma and a space before % in bokmål, as Norwegian style requires.
 */
import { tickStep } from "d3-array";
import { formatLocale, precisionFixed, type FormatLocaleObject } from "d3-format";
import { words, type Lang } from "./i18n.js";

const percentSign: Record<Lang, string> = { nb: "\u00a0%", en: "%" };

const locales: Record<Lang, FormatLocaleObject> = {
  nb: formatLocale({
    decimal: ",",
    thousands: "\u00a0",
    grouping: [3],
    currency: ["", "\u00a0kr"],
    percent: percentSign.nb,
    minus: "\u2212"
  }),
  en: formatLocale({
    decimal: ".",
    thousands: ",",
    grouping: [3],
    currency: ["", ""],
    percent: percentSign.en,
    minus: "\u2212"
  })
};

/** Formats a value with a d3 specifier; null, undefined and NaN become "–". */
export function formatValue(value: number | null | undefined, specifier: string, lang: Lang): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return locales[lang].format(specifier)(value);
}

/** An interval "a–b" in the value's format ("35–38 %" for percentages). */
export function formatInterval(
  lower: number | null | undefined,
  upper: number | null | undefined,
  specifier: string,
  lang: Lang
): string {
  if (
    lower === null ||
    lower === undefined ||
    upper === null ||
    upper === undefined ||
    Number.isNaN(lower) ||
    Number.isNaN(upper)
  )
    return "–";
  const [a, b] = [formatValue(lower, specifier, lang), formatValue(upper, specifier, lang)];
  // "35–38 %", not "35 %–38 %": the percent sign once, after the range.
  const percent = percentSign[lang];
  return specifier.endsWith("%") && a.endsWith(percent) ? `${a.slice(0, -percent.length)}–${b}` : `${a}–${b}`;
}

/** Whole counts with the language's thousands separator. */
export function formatCount(value: number | null | undefined, lang: Lang): string {
  return formatValue(value, ",d", lang);
}

/** A change between periods: percentage points for proportions, plain difference otherwise, always signed. */
export function formatChange(change: number | null | undefined, specifier: string, lang: Lang): string {
  if (change === null || change === undefined || Number.isNaN(change)) return "–";
  // A change that rounds to nothing has no sign ("0", not "−0").
  const unsignedZero = (text: string) => text.replace(/^[+\u2212-](?=0(?:[.,]0+)?(?![.,]?\d))/, "");
  if (specifier.endsWith("%")) {
    const points = unsignedZero(locales[lang].format("+.1f")(change * 100));
    return `${points} ${words[lang].percentagePoints}`;
  }
  return unsignedZero(locales[lang].format("+" + specifier.replace(/^[+\-( ]/, ""))(change));
}

/**
 * Tick labels for a value axis over [lo, hi] in the value's kind (a percentage or a plain number), with as
 * many decimals as ticks that close need and no more: a 0–5 % axis reads 0,5 %, 1,0 %, … not 1 %, 1 %.
 * `count` is at least as many ticks as Plot draws, so its step is never finer than the labels.
 */
export function axisFormat(
  specifier: string,
  [lo, hi]: [number, number],
  lang: Lang,
  count = 10
): (value: number) => string {
  const percent = specifier.endsWith("%");
  const step = tickStep(lo, hi, count);
  const decimals = step > 0 && Number.isFinite(step) ? precisionFixed(percent ? step * 100 : step) : 0;
  return (value) => formatValue(value, `,.${decimals}${percent ? "%" : "f"}`, lang);
}

/** Tick labels for a count or other plain-number axis whose domain Plot chooses: 1 000 and 0,5 in bokmål. */
export const numberTicks = (lang: Lang) => (value: number) => formatValue(value, ",~f", lang);
