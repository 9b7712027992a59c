/**
 * The explorer's output: the live result of a selection (the note when the level had to change, the chart,
 * the table with its downloads and the query), the cohort's columns, and the statistician's SQL console.
 */
import { html } from "htl";
import { chartFigure } from "./chartFigure.js";
import { dataTable, type Column } from "./dataTable.js";
import type { Database } from "./duckdb.js";
import { tableDownloads } from "./downloads.js";
import { explorerQueries, type ExplorerFilters, type liveIndicators } from "./explorerQueries.js";
import { formatCount, formatValue } from "./format.js";
import { contextLabel, unitLevelLabel, unitNames, words, type Lang } from "./i18n.js";
import type { Resize } from "./indicatorSections.js";
import { liveChart } from "./liveChart.js";
import { drawable, sqlChart } from "./sqlChart.js";
import type { ExplorerCatalogue } from "./types.js";

type Indicator = ReturnType<typeof liveIndicators>[number];
type LiveRow = { unit_id: string; unit_name: string; numerator?: number; denominator: number; value: number | null };

/** Runs the selection's queries and shows the result per unit against the whole. */
export async function liveResult(
  db: Database,
  catalogue: ExplorerCatalogue,
  indicator: Indicator,
  filters: ExplorerFilters,
  { lang, resize }: { lang: Lang; resize: Resize }
): Promise<HTMLElement> {
  const w = words[lang];
  const { level, area, query, wholeQuery } = explorerQueries(catalogue, indicator, filters);
  const started = performance.now();
  const [rows, [whole]] = await Promise.all([db.query(query), db.query(wholeQuery)]);
  const elapsed = Math.round(performance.now() - started);
  const names = unitNames(catalogue.units, lang, "name");
  const result = (rows as LiveRow[]).map((d) => ({ ...d, unit_name: names.get(d.unit_id) ?? d.unit_id }));
  const fmt = indicator.format;
  const years = filters.from === filters.to ? filters.from : `${filters.from}–${filters.to}`;
  const total = whole as LiveRow | undefined;
  const levelNote =
    level === filters.level
      ? ""
      : html`<p class="qi-note">
          ${w.explorerPage.noLevel(
            contextLabel(lang, filters.context),
            unitLevelLabel(lang, filters.level, true),
            unitLevelLabel(lang, level, true)
          )}
        </p>`;
  const figure = chartFigure(
    resize((width) => liveChart(result, { whole: total?.value, format: fmt, lang, width })),
    {
      title: `${indicator.title[lang]}, ${years}`,
      summary: w.explorerPage.summary(
        unitLevelLabel(lang, level),
        area ? area.name : null,
        formatValue(total?.value, fmt, lang),
        formatCount(total?.denominator, lang)
      )
    }
  );
  const columns: Column<(typeof result)[number]>[] = [
    { key: "unit_name", label: w.unit, numeric: false },
    ...(result[0] && "numerator" in result[0]
      ? [
          {
            key: "numerator" as const,
            label: w.numerator,
            numeric: true,
            format: (v: unknown) => formatCount(v as number, lang)
          }
        ]
      : []),
    { key: "denominator", label: w.denominator, numeric: true, format: (v) => formatCount(v as number, lang) },
    { key: "value", label: w.value, numeric: true, format: (v) => formatValue(v as number | null, fmt, lang) }
  ];
  const table = dataTable(result, {
    caption: w.explorerPage.computedIn(elapsed),
    columns,
    sort: { key: "value", descending: true }
  });
  const n = result.length;
  return html<HTMLElement>`<div class="qi-live-result" data-ms=${elapsed} data-rows=${n} data-stamp=${started}>
    ${levelNote}${figure}${table}${tableDownloads(result, { filename: `explorer-${indicator.id}`, lang })}
    <details>
      <summary>${w.explorerPage.query}</summary>
      <pre><code>${query}</code></pre>
    </details>
  </div>`;
}

/** The columns of the cohort table, behind a disclosure. */
export function cohortColumns(catalogue: ExplorerCatalogue, lang: Lang): HTMLElement {
  const w = words[lang].explorerPage;
  return html`<details>
    <summary>${w.columnsOf("cohort")}</summary>
    ${dataTable(catalogue.columns.cohort, {
      caption: "cohort",
      columns: [
        { key: "name", label: w.column },
        { key: "type", label: w.type },
        { key: "description", label: w.meaning }
      ]
    })}
  </details>`;
}

/** A query box over the cohort, run once on opening: the result as a table, and as bars when it can be. */
export function sqlConsole(db: Database, lang: Lang): HTMLElement {
  const w = words[lang];
  const input = html`<textarea class="qi-sql-input" rows="6" spellcheck="false" aria-label="SQL">
SELECT registry, count(*) AS tumours
FROM cohort
GROUP BY registry
ORDER BY tumours DESC</textarea>` as HTMLTextAreaElement;
  const button = html`<button type="button" class="qi-run">${w.explorerPage.run}</button>`;
  const output = html`<div class="qi-sql-output" aria-live="polite"></div>`;
  async function run() {
    try {
      const rows = await db.query(input.value);
      const columns = rows.length ? Object.keys(rows[0]) : [];
      const parts: Element[] = [
        dataTable(rows, {
          caption: w.explorerPage.rows(rows.length),
          columns: columns.map((key) => ({ key, label: key })),
          limit: 500,
          truncatedText: (n, m) => w.rowsShown(n, m)
        })
      ];
      if (drawable(rows)) parts.unshift(sqlChart(rows, { lang }));
      output.replaceChildren(...parts);
    } catch (error) {
      output.replaceChildren(html`<p class="qi-error" role="alert">${(error as Error).message}</p>`);
    }
  }
  button.addEventListener("click", run);
  void run();
  return html`<div class="qi-sql">
    ${input}
    <div>${button}</div>
    ${output}
  </div>`;
}
