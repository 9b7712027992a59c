/**
 * Reads a Parquet table file as rows of text, so that Parquet input goes through exactly the same checks
 * as CSV. Values are rendered the way the CSV format writes them: dates YYYY-MM-DD (a timestamp at
 * midnight counts as a date), booleans 1/0, whole-valued doubles in integer and flag columns without
 * ".0", missing values empty. "Line" numbers are row numbers within the file, the first row being 1.
 * A text value longer than the line limit of CSV (1 MiB) reaches JavaScript cut to just over it, and its row
 * is reported as too long, as a CSV line would be.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { maxLineChars, type CsvRecord } from "./csvReader.ts";
import type { TableSpec } from "./tables.ts";

export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export function sqlIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The SQL expression that renders one Parquet column as CSV text. */
function renderColumn(name: string, duckType: string, declared: string | undefined): string {
  const column = sqlIdentifier(name);
  const type = duckType.toUpperCase();
  let text: string;
  if (type === "BOOLEAN") text = `CASE WHEN ${column} THEN '1' ELSE '0' END`;
  else if (type === "DATE") text = `strftime(${column}, '%Y-%m-%d')`;
  else if (type.startsWith("TIMESTAMP")) {
    text =
      `CASE WHEN CAST(${column} AS TIME) = TIME '00:00:00' THEN ` +
      `strftime(CAST(${column} AS DATE), '%Y-%m-%d') ELSE CAST(${column} AS ` +
      `VARCHAR) END`;
  } else if ((type === "DOUBLE" || type === "FLOAT") && (declared === "integer" || declared === "flag")) {
    text =
      `CASE WHEN ${column} = trunc(${column}) AND abs(${column}) < 1e15 THEN ` +
      `CAST(CAST(${column} AS BIGINT) AS VARCHAR) ELSE CAST(${column} AS ` +
      `VARCHAR) END`;
  } else if (type === "VARCHAR") text = `left(${column}, ${maxLineChars + 1})`;
  else text = `CAST(${column} AS VARCHAR)`;
  return `coalesce(${text}, '')`;
}

export interface ParquetTable {
  header: string[];
  rows: AsyncGenerator<CsvRecord[]>;
}

export async function openParquet(connection: DuckDBConnection, path: string, spec: TableSpec): Promise<ParquetTable> {
  const source = `read_parquet(${sqlString(path)}, file_row_number = true)`;
  const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlString(path)})`);
  const columns = described
    .getRowObjectsJS()
    .map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
  const declared = new Map(spec.columns.map((c) => [c.name, c.type]));
  const header = columns.map((c) => c.name);
  const select = columns.map((c) => renderColumn(c.name, c.type, declared.get(c.name))).join(", ");
  // The scan keeps file order (DuckDB preserves insertion order by default), so no ORDER BY and no sort.
  const sql = `SELECT file_row_number + 1${select ? ", " + select : ""} FROM ${source}`;
  async function* rows(): AsyncGenerator<CsvRecord[]> {
    const result = await connection.stream(sql);
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const records: CsvRecord[] = [];
      for (const row of chunk.getRows()) {
        const fields = row.slice(1).map((value) => String(value ?? ""));
        const long = fields.findIndex((field) => field.length > maxLineChars);
        if (long === -1) records.push({ line: Number(row[0]), fields });
        else {
          // The other fields stay, so the row's key is known and rows that refer to it are its dependants.
          fields[long] = "";
          const error =
            `the value of ${header[long]} is longer than ${maxLineChars.toLocaleString("en-GB")} characters, ` +
            "the most a field may hold; the row is not read";
          records.push({ line: Number(row[0]), fields, error });
        }
      }
      yield records;
    }
  }
  return { header, rows: rows() };
}
