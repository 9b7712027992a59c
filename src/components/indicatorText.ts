/**
 * Words and table columns shared by the indicator, registry and unit pages: how a target reads, which
 * columns the result tables have, why a unit's result is hidden.
 */
import { formatChange, formatCount, formatInterval, formatValue } from "./format.js";
import { words, unitName, type Lang } from "./i18n.js";
import { levelChip } from "./level.js";
import type { Column } from "./dataTable.js";
import type { ResultRow, Target } from "./types.js";

/** "Target: high ≥ 80 %, moderate ≥ 60 %", "Target: 20–40 %", "Target: ≤ 3 %". */
export function targetText(target: Target | null, format: string, lang: Lang): string {
  const f = (v: number) => formatValue(v, format, lang);
  const label = words[lang].target;
  if (!target) return `${label}: ${words[lang].targetNone}`;
  if ("range" in target) {
    const [low, high] = target.range;
    const moderate = target.moderate
      ? `; ${words[lang].targetModerate.toLowerCase()} ${f(target.moderate[0])}–${f(target.moderate[1])}`
      : "";
    return `${label}: ${f(low)}–${f(high)}${moderate}`;
  }
  const sign = target.direction === "higher" ? (target.strict ? ">" : "≥") : target.strict ? "<" : "≤";
  if (target.moderate === null || target.moderate === undefined) return `${label}: ${sign} ${f(target.high)}`;
  return (
    `${label}: ${words[lang].targetHigh.toLowerCase()} ${sign} ` +
    `${f(target.high)}, ${words[lang].targetModerate.toLowerCase()} ${sign} ` +
    `${f(target.moderate)}`
  );
}

/**
 * Why a cell shows no number. One wording for every hidden cell, whatever hid it, so the page does not
 * tell which cell was protected and which protects it; only the minimum denominator is named.
 */
export function suppressionReason(
  row: Pick<ResultRow, "suppressed" | "suppression_reason">,
  lang: Lang,
  minimum = 5
): string {
  if (!row.suppressed) return "";
  const w = words[lang];
  if (row.suppression_reason === "min-denominator") return w.fewerThan(minimum);
  return w.hidden;
}

/** A count published as its band: "1–4 of 233". */
export function bandText(row: ResultRow, lang: Lang): string {
  const [lo, hi] = row.numerator_range ?? [0, 0];
  return words[lang].band(lo, hi, row.denominator ?? 0);
}

/** A sentence listing the units whose results are hidden, with the reason. */
export function suppressionText(
  rows: Pick<ResultRow, "suppressed" | "suppression_reason" | "unit_name" | "unit_short_name">[],
  lang: Lang
): string {
  const hidden = rows.filter((d) => d.suppressed);
  const names = hidden
    .map((d) => `${d.unit_short_name || d.unit_name} (${suppressionReason(d, lang).toLowerCase()})`)
    .join(", ");
  return `${words[lang].notInChart}: ${names}.`;
}

const levelRank = { high: 3, moderate: 2, low: 1 } as const;

/** Columns of a result table: unit, period, value, interval, N, level, change, flags. */
export function resultTableColumns(
  lang: Lang,
  format: string,
  { unit = true } = {}
): Column<ResultRow & Record<string, unknown>>[] {
  const columns: Column<ResultRow & Record<string, unknown>>[] = [];
  if (unit)
    columns.push({
      key: "unit_name",
      label: words[lang].unit,
      numeric: false,
      format: (_, row) => unitName(row, lang)
    });
  columns.push(
    { key: "period", label: words[lang].period, numeric: false },
    {
      key: "value",
      label: words[lang].value,
      numeric: true,
      format: (v, row) =>
        row.suppressed
          ? suppressionReason(row, lang)
          : row.numerator_range
            ? bandText(row, lang)
            : formatValue(v as number | null, format, lang)
    },
    {
      key: "lower",
      label: words[lang].interval,
      numeric: true,
      format: (_, row) => formatInterval(row.lower, row.upper, format, lang)
    },
    {
      key: "denominator",
      label: words[lang].denominator,
      numeric: true,
      format: (v) => formatCount(v as number | null, lang)
    },
    // A hidden or empty cell has no goal attainment to show ("no target" would be wrong).
    {
      key: "level",
      label: words[lang].target,
      numeric: false,
      format: (_, row) => (row.suppressed || row.value === null ? "–" : levelChip(row.level, lang, { showText: true })),
      sortValue: (row) => (row.level ? levelRank[row.level] : 0)
    },
    {
      key: "change",
      label: words[lang].change,
      numeric: true,
      format: (v) => formatChange(v as number | null, format, lang)
    },
    {
      key: "preliminary",
      label: words[lang].notes,
      numeric: false,
      format: (_, row) =>
        [
          row.numerator_range ? words[lang].banded : "",
          row.preliminary ? words[lang].preliminary : "",
          row.low_coverage ? words[lang].lowCoverage : ""
        ]
          .filter(Boolean)
          .join(", "),
      sortValue: (row) => Number(row.preliminary) + Number(row.low_coverage)
    }
  );
  return columns;
}

/** Inserts trusted HTML made at build time (markdown rendered with raw HTML disabled). */
export function rawHtml(content: string, className?: string): HTMLElement {
  const div = document.createElement("div");
  if (className) div.className = className;
  div.innerHTML = content;
  return div;
}
