/**
 * The registry overview: one row per unit (the nation first), one column per indicator, each cell holding
 * the result, its goal attainment, the trend since the previous period and N; sortable by any column.
 * Cells that are preliminary, from a low-coverage unit, or hidden are greyed and say why.
 */
import { dataTable, type Column } from "./dataTable.js";
import { formatCount, formatValue } from "./format.js";
import { words, unitLevelLabel, type Lang } from "./i18n.js";
import { suppressionReason } from "./indicatorText.js";
import { levelChip } from "./level.js";
import { pageHref } from "./pageHref.js";
import { trendArrow } from "./trendArrow.js";
import type { IndicatorSummary, RegistryPageData, ResultRow, UnitLevel } from "./types.js";

type MatrixRow = { unit_id: string; unit_name: string; href: string } & Record<string, unknown>;

function cell(row: ResultRow | undefined, indicator: IndicatorSummary, lang: Lang): Node {
  const span = document.createElement("span");
  span.className = "qi-cell";
  if (!row) {
    span.textContent = "–";
    span.title = words[lang].registryPage.notPublished;
    return span;
  }
  const notes: string[] = [];
  if (row.suppressed) notes.push(suppressionReason(row, lang));
  if (row.preliminary) notes.push(words[lang].preliminary);
  if (row.low_coverage) notes.push(words[lang].lowCoverage);
  if (notes.length) span.classList.add("qi-muted");
  if (row.suppressed) {
    span.textContent = suppressionReason(row, lang);
  } else {
    const value = document.createElement("strong");
    value.textContent = formatValue(row.value, indicator.format, lang);
    span.append(
      levelChip(row.level, lang),
      " ",
      value,
      " ",
      trendArrow(row.change, { target: indicator.target, format: indicator.format, lang })
    );
    const n = document.createElement("small");
    n.textContent = ` N=${formatCount(row.denominator, lang)}`;
    span.append(n);
    if (notes.length) {
      const note = document.createElement("small");
      note.className = "qi-cell-note";
      note.textContent = ` (${notes.join(", ")})`;
      span.append(note);
    }
  }
  return span;
}

export function registryMatrix(
  data: RegistryPageData,
  { level, year, lang }: { level: UnitLevel; year: number; lang: Lang }
): HTMLElement {
  const byKey = new Map<string, ResultRow>();
  for (const row of data.rows) if (row.period_end === year) byKey.set(`${row.indicator}|${row.unit_id}`, row);
  const unitRows: MatrixRow[] = [
    { unit_id: "nation", unit_name: words[lang].nation, href: "" },
    ...data.units
      .filter((u) => u.level === level)
      .map((u) => ({ unit_id: u.id, unit_name: u.name, href: pageHref(`../unit/${u.id}`) }))
  ];
  for (const row of unitRows)
    for (const indicator of data.indicators) row[indicator.id] = byKey.get(`${indicator.id}|${row.unit_id}`);
  const columns: Column<MatrixRow>[] = [
    {
      key: "unit_name",
      label: unitLevelLabel(lang, level),
      numeric: false,
      format: (name, row) => {
        if (!row.href) return String(name);
        const a = document.createElement("a");
        a.href = row.href;
        a.textContent = String(name);
        return a;
      },
      sortValue: (row) => (row.unit_id === "nation" ? "" : row.unit_name)
    },
    ...data.indicators.map((indicator): Column<MatrixRow> => ({
      key: indicator.id,
      label: indicator.title[lang],
      numeric: false,
      format: (value) => cell(value as ResultRow | undefined, indicator, lang),
      sortValue: (row) => {
        const r = row[indicator.id] as ResultRow | undefined;
        return r && !r.suppressed ? r.value : null;
      }
    }))
  ];
  return dataTable(unitRows, {
    columns,
    caption: `${data.registry.name[lang]}: ${unitLevelLabel(lang, level, true)}, ${year}`,
    sort: { key: "unit_name" },
    stack: { heading: "unit_name" }
  });
}
