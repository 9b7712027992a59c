/**
 * Streams one table of the extract to `<table>.csv`: header row from the declaration in
 * loaders/extract/tables.ts (so the column order is the documented one), comma separator, LF line ends,
 * empty field = missing. Rows are buffered and flushed in ~1 MB chunks, so memory stays flat at any scale.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { csvField as quoteField } from "../extract/csvWriter.ts";
import { tableSpec, type TableName } from "../extract/tables.ts";

export type Cell = string | number | null | undefined;

const FLUSH_CHARS = 1 << 20;

/** A field: empty when missing, quoted only when it must be (extract/csvWriter.ts). */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return "";
  return quoteField(typeof value === "number" ? String(value) : value);
}

export class CsvTableWriter {
  readonly columns: readonly string[];
  readonly file: string;
  rows = 0;
  private readonly fd: number;
  private buffer: string[] = [];
  private bufferedChars = 0;

  constructor(
    dir: string,
    readonly table: TableName
  ) {
    this.columns = tableSpec(table).columns.map((c) => c.name);
    this.file = join(dir, `${table}.csv`);
    this.fd = openSync(this.file, "w");
    this.push(this.columns.join(","));
  }

  /** Writes one row given by column name; a column not given is empty. Unknown names are a bug. */
  write(row: Readonly<Record<string, Cell>>): void {
    // A misspelt column name would silently write an empty field: check the first rows of every table.
    if (this.rows < 1000) {
      for (const key of Object.keys(row)) {
        if (!this.columns.includes(key)) throw new Error(`CsvTableWriter: ${this.table} has no column "${key}"`);
      }
    }
    let line = "";
    for (let i = 0; i < this.columns.length; i++) {
      if (i > 0) line += ",";
      line += csvField(row[this.columns[i]]);
    }
    this.rows++;
    this.push(line);
  }

  private push(line: string): void {
    this.buffer.push(line);
    this.bufferedChars += line.length + 1;
    if (this.bufferedChars >= FLUSH_CHARS) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer.join("\n") + "\n");
    this.buffer = [];
    this.bufferedChars = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
