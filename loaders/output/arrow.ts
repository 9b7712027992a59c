/**
 * Arrow IPC (stream format) for tables the browser reads: DuckDB-WASM's insertArrowFromIPCStream takes
 * exactly this, and apache-arrow's tableFromIPC decodes it without any extension download.
 */
import { tableFromArrays, tableToIPC, type Table } from "apache-arrow";
import { ColumnarBatchWriter, dictionaryIndexArray, type ColumnarField, type ColumnarValues } from "./arrowColumns.ts";

export type ColumnValues = Float64Array | Int32Array | (string | null)[] | (boolean | null)[] | (number | null)[];

/** Encodes named columns (all the same length) as an Arrow IPC stream; types are inferred. */
export function columnsToArrowIPC(columns: Record<string, ColumnValues>): Uint8Array {
  const lengths = new Set(Object.values(columns).map((c) => c.length));
  if (lengths.size > 1)
    throw new RangeError(`columnsToArrowIPC: columns differ in length (${[...lengths].join(", ")})`);
  const table: Table = tableFromArrays(columns as Parameters<typeof tableFromArrays>[0]);
  return tableToIPC(table, "stream");
}

/** Declared column types: an all-null column keeps its type, unlike inferred ones. */
export type ColumnKind = "string" | "int32" | "float64" | "boolean";

export interface TypedColumn {
  name: string;
  kind: ColumnKind;
}

const batchRows = 65536;

/**
 * Encodes row objects as an Arrow IPC stream with the declared column types and order. Text columns are
 * dictionary-encoded against their sorted distinct values (one dictionary per column for the whole file,
 * so the bytes depend only on the rows); undefined, null and non-finite numbers are null.
 */
export function rowsToArrowIPC(columns: readonly TypedColumn[], rows: readonly Record<string, unknown>[]): Uint8Array {
  const fields: ColumnarField[] = columns.map((c) => {
    if (c.kind !== "string") return { name: c.name, type: { kind: c.kind } };
    const distinct = new Set<string>();
    for (const row of rows) {
      const v = row[c.name];
      if (v !== null && v !== undefined) distinct.add(String(v));
    }
    return { name: c.name, type: { kind: "dictionary", values: [...distinct].sort() } };
  });
  const lookups = fields.map((f) =>
    f.type.kind === "dictionary" ? new Map(f.type.values.map((v, i) => [v, i])) : null
  );
  const writer = new ColumnarBatchWriter(fields);
  for (let start = 0; start < rows.length; start += batchRows) {
    const length = Math.min(batchRows, rows.length - start);
    const batch: ColumnarValues[] = fields.map((field, i) => {
      const validity = new Uint8Array(Math.ceil(length / 8) || 1);
      const values =
        field.type.kind === "dictionary"
          ? dictionaryIndexArray(field.type.values.length, length)
          : field.type.kind === "int32"
            ? new Int32Array(length)
            : field.type.kind === "float64"
              ? new Float64Array(length)
              : new Uint8Array(length);
      const name = field.name;
      for (let r = 0; r < length; r++) {
        const v = rows[start + r][name];
        if (v === null || v === undefined) continue;
        if (field.type.kind === "dictionary") values[r] = lookups[i]!.get(String(v))!;
        else if (field.type.kind === "boolean") values[r] = v ? 1 : 0;
        else {
          const n = typeof v === "bigint" ? Number(v) : (v as number);
          if (!Number.isFinite(n)) continue;
          values[r] = n;
        }
        validity[r >> 3] |= 1 << (r & 7);
      }
      return { values, validity };
    });
    writer.write(length, batch);
  }
  return writer.finish();
}
