/**
 * The compact result table of the printed report: one row per unit (the nation first), the unit's name as
 * the row header, and nothing interactive (a printed table has no sort buttons and no disclosure).
 */
import { formatCount, formatInterval, formatValue } from "./format.js";
import { words, unitName, type Lang } from "./i18n.js";
import { levelChip } from "./level.js";
import { suppressionReason } from "./indicatorText.js";
import type { ReportRow } from "./types.js";

function cell(tag: "td" | "th", content: string | Node, className?: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(content);
  return element;
}

export function reportTable(
  rows: ReportRow[],
  { caption, format, lang }: { caption: string; format: string; lang: Lang }
): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "qi-table-wrapper qi-report-table";
  const table = document.createElement("table");
  table.className = "qi-table";
  table.createCaption().textContent = caption;
  const head = table.createTHead().insertRow();
  const headers: [string, boolean][] = [
    [words[lang].unit, false],
    [words[lang].value, true],
    [words[lang].interval, true],
    [words[lang].denominator, true],
    [words[lang].target, false]
  ];
  for (const [label, numeric] of headers) {
    const th = cell("th", label, numeric ? "qi-num" : undefined);
    th.scope = "col";
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    if (row.suppressed) tr.className = "qi-muted";
    const name = cell("th", unitName(row, lang));
    name.scope = "row";
    tr.append(
      name,
      cell("td", row.suppressed ? suppressionReason(row, lang) : formatValue(row.value, format, lang), "qi-num"),
      cell("td", formatInterval(row.lower, row.upper, format, lang), "qi-num"),
      cell("td", formatCount(row.denominator, lang), "qi-num"),
      cell("td", row.suppressed ? "" : levelChip(row.level, lang, { showText: true }))
    );
  }
  wrapper.append(table);
  return wrapper;
}
