/**
 * Loads a validated snapshot into DuckDB as typed tables, one per table of tables.ts, named after it:
 * `source_line` INTEGER then the declared columns with their SQL types (below). The CSVs are read with
 * explicit column types and no type sniffing, so a column is never guessed from its values.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sqlIdentifier, sqlString } from "./parquetReader.ts";
import { prepareExtract, type PrepareOptions, type PreparedExtract } from "./prepareExtract.ts";
import { snapshotFormat } from "./snapshotCache.ts";
import { tables, type ColumnType, type TableName, type TableSpec } from "./tables.ts";
import { snapshotFiles, type SnapshotMarker } from "./validateExtract.ts";

/** The SQL type of each column type. Flags are BOOLEAN; municipality numbers keep their leading zero. */
export const sqlTypes: Record<ColumnType, string> = {
  id: "VARCHAR",
  "unit-id": "VARCHAR",
  text: "VARCHAR",
  code: "VARCHAR",
  date: "DATE",
  integer: "INTEGER",
  number: "DOUBLE",
  flag: "BOOLEAN",
  municipality: "VARCHAR",
  icd10: "VARCHAR"
};

/** Column name → SQL type of a table in the snapshot, `source_line` first. */
export function snapshotColumnTypes(spec: TableSpec): Record<string, string> {
  return { source_line: "INTEGER", ...Object.fromEntries(spec.columns.map((c) => [c.name, sqlTypes[c.type]])) };
}

/** The read_csv call that reads one snapshot table with its declared types. */
export function snapshotTableSql(snapshotDir: string, spec: TableSpec): string {
  const columns = Object.entries(snapshotColumnTypes(spec))
    .map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`)
    .join(", ");
  return (
    `read_csv(${sqlString(join(snapshotDir, snapshotFiles.table(spec.name)))}, header = true, auto_detect = false, ` +
    `delim = ',', quote = '"', escape = '"', nullstr = '', dateformat = '%Y-%m-%d', columns = {${columns}})`
  );
}

/** Reads snapshot.json, or throws if the folder is not a complete validated snapshot. */
export async function readSnapshotMarker(snapshotDir: string): Promise<SnapshotMarker> {
  let marker: SnapshotMarker;
  try {
    marker = JSON.parse(await readFile(join(snapshotDir, snapshotFiles.marker), "utf8")) as SnapshotMarker;
  } catch {
    throw new Error(
      `loadIntoDuckDB: ${snapshotDir} is not a validated snapshot (no ` +
        `${snapshotFiles.marker}); validate the extract first (validateExtract ` +
        `or prepareExtract)`
    );
  }
  if (marker.format !== snapshotFormat)
    throw new Error(
      `loadIntoDuckDB: ${snapshotDir} is a snapshot of format ${marker.format}; this workbench reads ${snapshotFormat}`
    );
  return marker;
}

/**
 * Creates (or replaces) one DuckDB table per table of the format from a validated snapshot.
 * @throws Error if `snapshotDir` is not a complete snapshot of the current format.
 */
export async function loadIntoDuckDB(
  connection: DuckDBConnection,
  snapshotDir: string,
  { only }: { only?: TableName[] } = {}
): Promise<void> {
  await readSnapshotMarker(snapshotDir);
  for (const spec of tables) {
    if (only && !only.includes(spec.name)) continue;
    await connection.run(
      `CREATE OR REPLACE TABLE ${sqlIdentifier(spec.name)} AS SELECT * FROM ${snapshotTableSql(snapshotDir, spec)}`
    );
  }
}

/**
 * Validates a raw extract (reusing its cached snapshot when unchanged) and loads it. Refuses an extract
 * with errors unless `dropInvalid` (see prepareExtract).
 */
export async function loadExtractIntoDuckDB(
  connection: DuckDBConnection,
  extractDir: string,
  options: PrepareOptions = {}
): Promise<PreparedExtract> {
  const prepared = await prepareExtract(extractDir, options);
  await loadIntoDuckDB(connection, prepared.snapshotDir);
  return prepared;
}
