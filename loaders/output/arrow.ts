/**
 * Arrow IPC (stream format) for tables the browser reads: DuckDB-WASM's insertArrowFromIPCStream takes
 * exactly this, and apache-arrow's tableFromIPC decodes it without any extension download.
 */
import {
  Bool,
  Field,
  Float64,
  Int32,
  RecordBatch,
  RecordBatchStreamWriter,
  Schema,
  Table,
  Utf8,
  tableFromArrays,
  tableToIPC,
  vectorFromArray,
  type DataType
} from "apache-arrow";

export type ColumnValues = Float64Array | Int32Array | (string | null)[] | (boolean | null)[] | (number | null)[];

/** Encodes named columns (all the same length) as an Arrow IPC stream; types are inferred. */
export function columnsToArrowIPC(columns: Record<string, ColumnValues>): Uint8Array {
  const lengths = new Set(Object.values(columns).map((c) => c.length));
  if (lengths.size > 1) throw new RangeError(`columnsToArrowIPC: columns differ in length (${[...lengths].join(", ")})`);
  const table: Table = tableFromArrays(columns as Parameters<typeof tableFromArrays>[0]);
  return tableToIPC(table, "stream");
}

/** Declared column types: an all-null column keeps its type, unlike inferred ones. */
export type ColumnKind = "string" | "int32" | "float64" | "boolean";

export interface TypedColumn {
  name: string;
  kind: ColumnKind;
}

function arrowType(kind: ColumnKind): DataType {
  switch (kind) {
    case "string":
      return new Utf8();
    case "int32":
      return new Int32();
    case "float64":
      return new Float64();
    case "boolean":
      return new Bool();
  }
}

export function arrowSchema(columns: readonly TypedColumn[]): Schema {
  return new Schema(columns.map((c) => new Field(c.name, arrowType(c.kind), true)));
}

/** One record batch from row objects, with the declared types (undefined and NaN become null). */
export function rowsToRecordBatch(columns: readonly TypedColumn[], rows: readonly Record<string, unknown>[]): RecordBatch {
  const vectors = Object.fromEntries(
    columns.map((c) => {
      const values = rows.map((row) => {
        const v = row[c.name];
        if (v === undefined || v === null) return null;
        if (c.kind === "float64" || c.kind === "int32") {
          const n = typeof v === "bigint" ? Number(v) : (v as number);
          return Number.isFinite(n) ? n : null;
        }
        if (c.kind === "boolean") return Boolean(v);
        return String(v);
      });
      return [c.name, vectorFromArray(values as never[], arrowType(c.kind))];
    })
  );
  const table = new Table(vectors);
  // A table built from vectors of one chunk has exactly one batch (none when there are no rows).
  return table.batches[0] ?? new RecordBatch(arrowSchema(columns));
}

/** Encodes row objects as an Arrow IPC stream with the declared column types and order. */
export function rowsToArrowIPC(columns: readonly TypedColumn[], rows: readonly Record<string, unknown>[]): Uint8Array {
  const writer = new ArrowStreamWriter(columns);
  for (let start = 0; start < rows.length; start += 65536) writer.write(rows.slice(start, start + 65536));
  return writer.finish();
}

/** Writes an Arrow IPC stream batch by batch, for tables too large to hold as row objects at once. */
export class ArrowStreamWriter {
  private readonly writer = new RecordBatchStreamWriter();
  private readonly schema: Schema;
  private wroteBatch = false;

  constructor(private readonly columns: readonly TypedColumn[]) {
    this.schema = arrowSchema(columns);
  }

  write(rows: readonly Record<string, unknown>[]): void {
    if (rows.length === 0) return;
    const batch = rowsToRecordBatch(this.columns, rows);
    // Keep the declared schema (nullable fields) on every batch.
    this.writer.write(new RecordBatch(this.schema, batch.data));
    this.wroteBatch = true;
  }

  finish(): Uint8Array {
    if (!this.wroteBatch) return tableToIPC(new Table(this.schema), "stream");
    this.writer.finish();
    return this.writer.toUint8Array(true);
  }
}
