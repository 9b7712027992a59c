/**
 * The data-quality page: the facts of the extract's validation, the rows of each table (read, used,
 * excluded, with warnings), and every reason a row was excluded or warned about, with its first references.
 */
import { html } from "htl";
import { dataTable } from "./dataTable.js";
import { tableDownloads } from "./downloads.js";
import { formatCount } from "./format.js";
import { words, type Lang } from "./i18n.js";
import type { DataQualityPageData } from "./types.js";

type Table = NonNullable<DataQualityPageData["tables"][keyof DataQualityPageData["tables"]]>;

const tablesOf = (report: DataQualityPageData) => Object.values(report.tables) as Table[];

export function dataQualityFacts(report: DataQualityPageData, lang: Lang): HTMLElement {
  const w = words[lang];
  const count = (n: number) => formatCount(n, lang);
  const { counts } = report;
  return html`<dl class="qi-facts">
    <dt>${w.extract}</dt>
    <dd>${report.extract?.title ?? "–"}</dd>
    <dt>${w.dataQualityPage.checksum}</dt>
    <dd><code>${report.checksums.extract}</code></dd>
    <dt>${w.dataQualityPage.rows}</dt>
    <dd>${count(counts.rows_read)} / ${count(counts.rows_used)} / ${count(counts.rows_excluded)}</dd>
    <dt>${w.dataQualityPage.problems}</dt>
    <dd>${count(counts.errors)} / ${count(counts.warnings)}</dd>
  </dl>`;
}

/** Rows read, used, excluded and warned about per table, as a table and its downloads. */
export function tableRows(report: DataQualityPageData, lang: Lang): HTMLElement[] {
  const w = words[lang].dataQualityPage;
  const rows = tablesOf(report).map((d) => ({
    table: d.table,
    file: d.file,
    rows_read: d.rows_read,
    rows_used: d.rows_used,
    rows_excluded: d.rows_excluded,
    flagged: d.flagged.reduce((s, f) => s + f.count, 0)
  }));
  const count = (v: unknown) => formatCount(v as number, lang);
  return [
    dataTable(rows, {
      caption: w.perTableCaption,
      columns: [
        { key: "table", label: w.table, numeric: false },
        { key: "file", label: w.file, numeric: false },
        { key: "rows_read", label: w.read, numeric: true, format: count },
        { key: "rows_used", label: w.used, numeric: true, format: count },
        { key: "rows_excluded", label: w.excluded, numeric: true, format: count },
        { key: "flagged", label: w.flagged, numeric: true, format: count }
      ]
    }),
    tableDownloads(rows, { filename: "data-quality-tables", lang })
  ];
}

/** Every reason for an excluded or warned row, per table, with the first ten row references. */
export function reasonRows(report: DataQualityPageData, lang: Lang) {
  const w = words[lang].dataQualityPage;
  const references = (rows: string[]) => rows.slice(0, 10).join(", ") + (rows.length > 10 ? " …" : "");
  const entries = (table: Table, kind: string, reasons: Table["excluded"]) =>
    reasons.map((e) => ({ table: table.table, kind, reason: e.title, count: e.count, rows: references(e.rows) }));
  return tablesOf(report).flatMap((d) => [
    ...entries(d, w.excludedKind, d.excluded),
    ...entries(d, w.warningKind, d.flagged)
  ]);
}

export function reasonTable(report: DataQualityPageData, lang: Lang): HTMLElement {
  const w = words[lang].dataQualityPage;
  const reasons = reasonRows(report, lang);
  if (reasons.length === 0) return html`<p>${w.none}</p>`;
  return dataTable(reasons, {
    caption: w.reasonsCaption,
    columns: [
      { key: "table", label: w.table, numeric: false },
      { key: "kind", label: w.kind, numeric: false },
      { key: "reason", label: w.reason, numeric: false },
      { key: "count", label: w.rowCount, numeric: true, format: (v) => formatCount(v as number, lang) },
      { key: "rows", label: w.references, numeric: false }
    ]
  });
}
