/**
 * TEMPORARY: loads extract tables into DuckDB with the types of loaders/extract/tables.ts, until the
 * extract validation module exports `loadIntoDuckDB(connection, dir)` (then compute.ts switches to it and
 * this file is deleted). It reads `<table>.csv` (or the file extract.json names), with or without the
 * validated snapshot's leading `source_line` column, and does no validation of its own.
 */
import { existsSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { tables, type ColumnType } from "../extract/tables.ts";

const duckType: Record<ColumnType, string> = {
  id: "VARCHAR",
  text: "VARCHAR",
  code: "VARCHAR",
  date: "DATE",
  integer: "INTEGER",
  number: "DOUBLE",
  flag: "BOOLEAN",
  municipality: "VARCHAR",
  icd10: "VARCHAR"
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

async function headerOf(path: string): Promise<string[]> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    let text = buffer.subarray(0, bytesRead).toString("utf8");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text.split(/\r?\n/)[0].split(",").map((name) => name.trim().replace(/^"|"$/g, ""));
  } finally {
    await handle.close();
  }
}

export async function loadExtractTemporary(connection: DuckDBConnection, dir: string, files: Partial<Record<string, string>> = {}): Promise<void> {
  for (const table of tables) {
    const file = files[table.name] ?? `${table.name}.csv`;
    const path = join(dir, file);
    const select = (present: Set<string>) =>
      table.columns.map((c) => (present.has(c.name) ? `${quote(c.name)}::${duckType[c.type]} AS ${quote(c.name)}` : `NULL::${duckType[c.type]} AS ${quote(c.name)}`)).join(", ");
    if (!existsSync(path)) {
      // An absent optional table is an empty table.
      await connection.run(`CREATE OR REPLACE TABLE ${table.name} AS SELECT ${select(new Set())} WHERE false`);
      continue;
    }
    if (file.endsWith(".parquet")) {
      const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${literal(path)})`);
      const present = new Set(described.getRowObjectsJS().map((row) => String(row.column_name)));
      await connection.run(`CREATE OR REPLACE TABLE ${table.name} AS SELECT ${select(present)} FROM read_parquet(${literal(path)})`);
      continue;
    }
    const header = await headerOf(path);
    const specs = new Map(table.columns.map((c) => [c.name, c]));
    const columns = header.map((name) => `${literal(name)}: '${specs.has(name) ? duckType[specs.get(name)!.type] : "VARCHAR"}'`).join(", ");
    await connection.run(
      `CREATE OR REPLACE TABLE ${table.name} AS SELECT ${select(new Set(header))}
       FROM read_csv(${literal(path)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}})`
    );
  }
}
