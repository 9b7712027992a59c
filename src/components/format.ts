/**
 * Number formatting for the pages: d3-format specifiers (as stored on each indicator, e.g. ".0%") in the
 * reader's language — decimal comma and a space before % in bokmål, as Norwegian style requires.
 */
import { formatLocale, type FormatLocaleObject } from "d3-format";
import type { Lang } from "./i18n.js";

const locales: Record<Lang, FormatLocaleObject> = {
  nb: formatLocale({ decimal: ",", thousands: "\u00a0", grouping: [3], currency: ["", "\u00a0kr"], percent: "\u00a0%", minus: "\u2212" }),
  en: formatLocale({ decimal: ".", thousands: ",", grouping: [3], currency: ["", ""], minus: "\u2212" })
};

/** Formats a value with a d3 specifier; null, undefined and NaN become "–". */
export function formatValue(value: number | null | undefined, specifier: string, lang: Lang): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  return locales[lang].format(specifier)(value);
}

/** An interval "a–b" in the value's format. */
export function formatInterval(lower: number | null | undefined, upper: number | null | undefined, specifier: string, lang: Lang): string {
  if (lower === null || lower === undefined || upper === null || upper === undefined || Number.isNaN(lower) || Number.isNaN(upper)) return "–";
  return `${formatValue(lower, specifier, lang)}–${formatValue(upper, specifier, lang)}`;
}

/** Whole counts with the language's thousands separator. */
export function formatCount(value: number | null | undefined, lang: Lang): string {
  return formatValue(value, ",d", lang);
}

/** A change between periods: percentage points for proportions, plain difference otherwise, always signed. */
export function formatChange(change: number | null | undefined, specifier: string, lang: Lang): string {
  if (change === null || change === undefined || Number.isNaN(change)) return "–";
  if (specifier.endsWith("%")) {
    const points = locales[lang].format("+.1f")(change * 100);
    return lang === "nb" ? `${points} prosentpoeng` : `${points} percentage points`;
  }
  return locales[lang].format("+" + specifier.replace(/^[+\-( ]/, ""))(change);
}
