/**
 * Everything a built site publishes about cells, read the way a visitor can: every row in every page's data
 * file and in data/published.csv, the funnels on the indicator pages and the curves on the survival,
 * recurrence and PROM pages. `qi audit` judges what is read here, never the plan that produced it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { cellId, type PublishedFacts } from "./cells.ts";

export interface SiteRow extends PublishedFacts {
  /** Where the row was read ("_file/data/indicator/x.json", "data/published.csv"). */
  source: string;
  national_value?: number | null;
  change?: number | null;
  previous_value?: number | null;
  [column: string]: unknown;
}

export interface SiteFunnel {
  source: string;
  indicator: string;
  period: string;
  context: string;
  group: string | null;
  unit_level: string;
  center: number;
  adjustment: string;
  phi: number | null;
}

export interface SiteCurvePoint {
  source: string;
  indicator: string;
  context: string;
  group: string | null;
  period: string;
  unit_id: string;
  time: number;
  n_risk: number | null;
}

export interface SiteContent {
  rows: SiteRow[];
  funnels: SiteFunnel[];
  curves: SiteCurvePoint[];
  provenance: Record<string, unknown> | null;
  /** Data files that could not be read as JSON. */
  unreadable: string[];
}

export const publishedTablePath = "data/published.csv";

function filesUnder(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(root, join(dir, entry.name))
      : [relative(root, join(full, entry.name)).split(sep).join("/")]
  );
}

const isRow = (value: Record<string, unknown>) =>
  typeof value.indicator === "string" &&
  typeof value.period === "string" &&
  typeof value.context === "string" &&
  typeof value.unit_id === "string" &&
  "denominator" in value;

/** Parses the CSV this workbench writes (RFC 4180 quoting). */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field !== "" || record.length) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rest] = records;
  return rest.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ""])));
}

const numberOrNull = (text: string | undefined) => (text === undefined || text === "" ? null : Number(text));

/** A line of published.csv as a row. */
function csvRow(record: Record<string, string>): SiteRow {
  const range =
    record.numerator_low !== "" && record.numerator_low !== undefined
      ? ([Number(record.numerator_low), Number(record.numerator_high)] as [number, number])
      : null;
  return {
    source: publishedTablePath,
    indicator: record.indicator,
    group: record.group === "" ? null : record.group,
    period: record.period,
    period_start: Number(record.period_start),
    period_end: Number(record.period_end),
    context: record.context,
    unit_id: record.unit_id,
    unit_level: record.unit_level as SiteRow["unit_level"],
    numerator: numberOrNull(record.numerator),
    denominator: numberOrNull(record.denominator),
    value: numberOrNull(record.value),
    lower: numberOrNull(record.lower),
    upper: numberOrNull(record.upper),
    suppressed: record.mark === "hidden" || record.mark === "fewer-than",
    suppression_reason:
      record.mark === "fewer-than" ? "min-denominator" : record.mark === "hidden" ? "protected" : null,
    numerator_range: range,
    low_coverage: record.low_coverage === "" ? null : record.low_coverage === "true"
  };
}

/** Reads every cell a site publishes. */
export function readSite(siteDir: string): SiteContent {
  const content: SiteContent = { rows: [], funnels: [], curves: [], provenance: null, unreadable: [] };
  if (existsSync(join(siteDir, "provenance.json")))
    content.provenance = JSON.parse(readFileSync(join(siteDir, "provenance.json"), "utf8")) as Record<string, unknown>;
  if (existsSync(join(siteDir, publishedTablePath)))
    for (const record of parseCsv(readFileSync(join(siteDir, publishedTablePath), "utf8")))
      content.rows.push(csvRow(record));
  for (const file of filesUnder(siteDir, "_file").filter((f) => f.endsWith(".json"))) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(siteDir, file), "utf8"));
    } catch {
      content.unreadable.push(file);
      continue;
    }
    collect(data, file, content, null);
  }
  return content;
}

interface IndicatorScope {
  id: string;
  context: string;
}

/** Walks a page's data: rows anywhere, funnels and curves under the indicator they belong to. */
function collect(value: unknown, source: string, content: SiteContent, scope: IndicatorScope | null) {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, source, content, scope);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const object = value as Record<string, unknown>;
  if (isRow(object)) {
    content.rows.push({
      ...(object as unknown as PublishedFacts),
      group: (object.group as string | null | undefined) ?? null,
      numerator_range: (object.numerator_range as [number, number] | null | undefined) ?? null,
      low_coverage: (object.low_coverage as boolean | null | undefined) ?? null,
      source
    } as SiteRow);
    return;
  }
  // An indicator's block: its meta names it (and the context its curves are drawn for).
  const meta = object.meta as { id?: unknown; defaultContext?: unknown } | undefined;
  const here =
    meta && typeof meta.id === "string" ? { id: meta.id, context: String(meta.defaultContext ?? "") } : scope;
  if (here && Array.isArray(object.funnels))
    for (const f of object.funnels as Record<string, unknown>[])
      content.funnels.push({
        source,
        indicator: here.id,
        period: String(f.period),
        context: String(f.context),
        group: (f.group as string | null) ?? null,
        unit_level: String(f.unit_level),
        center: Number(f.center),
        adjustment: String(f.adjustment),
        phi: (f.phi as number | null) ?? null
      });
  for (const key of ["curves", "series"])
    if (here && Array.isArray(object[key]))
      for (const c of object[key] as Record<string, unknown>[])
        content.curves.push({
          source,
          indicator: here.id,
          context: here.context,
          group: (c.group as string | null) ?? null,
          period: String(c.period),
          unit_id: String(c.unit_id),
          time: Number(c.time),
          n_risk: (c.n_risk as number | null) ?? null
        });
  for (const [key, child] of Object.entries(object)) {
    if (key === "funnels" || key === "curves" || key === "series" || key === "meta") continue;
    collect(child, source, content, here);
  }
}

export const siteRowId = (row: SiteRow) => cellId({ ...row, unit: row.unit_id });
