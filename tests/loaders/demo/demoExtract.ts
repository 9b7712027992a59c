/**
 * Test helpers for the demo generator: generate an extract into a temporary folder and read its CSV
 * tables back as rows keyed by column name (all values strings, "" for missing).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateDemo, type DemoSummary } from "../../../loaders/demo/generate.ts";
import type { TableName } from "../../../loaders/extract/tables.ts";

export type Row = Record<string, string>;

export interface DemoExtract {
  dir: string;
  summary: DemoSummary;
  table(name: TableName): Row[];
  header(name: TableName): string[];
  remove(): void;
}

/** Splits one CSV line; quotes are handled, though the demo only quotes names that need it. */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(",");
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

export async function generateTemporaryDemo(scale: number, seed = 1): Promise<DemoExtract> {
  const dir = mkdtempSync(join(tmpdir(), "qi-demo-test-"));
  const summary = await generateDemo({ out: dir, scale, seed });
  const cache = new Map<TableName, Row[]>();
  const lines = (name: TableName) => readFileSync(join(dir, `${name}.csv`), "utf8").split("\n");
  return {
    dir,
    summary,
    header: (name) => splitCsvLine(lines(name)[0]),
    table(name) {
      const hit = cache.get(name);
      if (hit) return hit;
      const all = lines(name);
      const header = splitCsvLine(all[0]);
      const rows: Row[] = [];
      for (let i = 1; i < all.length; i++) {
        if (all[i] === "") continue;
        const cells = splitCsvLine(all[i]);
        if (cells.length !== header.length)
          throw new Error(`${name}.csv line ${i + 1}: ${cells.length} cells, expected ${header.length}`);
        const row: Row = {};
        for (let j = 0; j < header.length; j++) row[header[j]] = cells[j];
        rows.push(row);
      }
      cache.set(name, rows);
      return rows;
    },
    remove: () => rmSync(dir, { recursive: true, force: true })
  };
}

/** Index rows by a column (last wins). */
export function indexBy(rows: Row[], column: string): Map<string, Row> {
  return new Map(rows.map((r) => [r[column], r]));
}

/** Group rows by a column. */
export function groupBy(rows: Row[], column: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const list = groups.get(r[column]);
    if (list) list.push(r);
    else groups.set(r[column], [r]);
  }
  return groups;
}

/** The residence trust of each tumour: the catchment period of its municipality on the diagnosis date. */
export function residenceTrusts(extract: DemoExtract): Map<string, string> {
  const periods = groupBy(extract.table("catchment"), "municipality");
  const result = new Map<string, string>();
  for (const t of extract.table("tumours")) {
    const p = periods
      .get(t.municipality)
      ?.find((c) => c.valid_from <= t.diagnosis_date && (c.valid_to === "" || t.diagnosis_date <= c.valid_to));
    if (p) result.set(t.tumour_id, p.trust_id);
  }
  return result;
}

/** Days between two ISO dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export function share(yes: number, n: number): number {
  return n === 0 ? Number.NaN : yes / n;
}
