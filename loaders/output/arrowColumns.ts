/**
 * Column-wise Arrow record batches for large tables (the explorer's cohort files): the caller hands over
 * whole columns of a batch as typed arrays with Arrow validity bitmaps (LSB-first, a set bit = valid), text
 * columns as indices into one dictionary per column fixed in advance (so every batch shares it and it is
 * written once), and each batch goes straight into an IPC stream.
 */
import {
  Bool,
  Dictionary,
  Field,
  Float64,
  Int16,
  Int32,
  Int8,
  RecordBatch,
  RecordBatchStreamWriter,
  Schema,
  Struct,
  Table,
  Utf8,
  makeData,
  tableToIPC,
  vectorFromArray,
  type DataType,
  type Vector
} from "apache-arrow";

export type ColumnarKind =
  { kind: "int32" } | { kind: "float64" } | { kind: "boolean" } | { kind: "dictionary"; values: readonly string[] };

export interface ColumnarField {
  name: string;
  type: ColumnarKind;
}

/**
 * One column of a batch: int32 → Int32Array; float64 → Float64Array; boolean → one byte per row (0/1);
 * dictionary → indices (dictionaryIndexArray: Int8, Int16 or Int32). `validity` null = all valid.
 */
export interface ColumnarValues {
  values: Int32Array | Float64Array | Uint8Array | Int8Array | Int16Array;
  validity: Uint8Array | null;
}

/** The dictionary index array for a dictionary of `size` values: the narrowest signed type. */
export function dictionaryIndexArray(size: number, length: number): Int8Array | Int16Array | Int32Array {
  return size < 128 ? new Int8Array(length) : size < 32768 ? new Int16Array(length) : new Int32Array(length);
}

function countNulls(validity: Uint8Array | null, length: number): number {
  if (!validity) return 0;
  let valid = 0;
  for (let r = 0; r < length; r++) if (validity[r >> 3] & (1 << (r & 7))) valid++;
  return length - valid;
}

function packBooleans(bytes: Uint8Array, length: number): Uint8Array {
  const bits = new Uint8Array(Math.ceil(length / 8) || 1);
  for (let r = 0; r < length; r++) if (bytes[r]) bits[r >> 3] |= 1 << (r & 7);
  return bits;
}

export class ColumnarBatchWriter {
  private readonly writer = new RecordBatchStreamWriter();
  private readonly schema: Schema;
  private readonly types: DataType[];
  private readonly dictionaries: (Vector | null)[];
  private wrote = false;

  constructor(private readonly fields: readonly ColumnarField[]) {
    this.types = fields.map((f, i) => {
      switch (f.type.kind) {
        case "int32":
          return new Int32();
        case "float64":
          return new Float64();
        case "boolean":
          return new Bool();
        case "dictionary":
          return new Dictionary(
            new Utf8(),
            f.type.values.length < 128 ? new Int8() : f.type.values.length < 32768 ? new Int16() : new Int32(),
            i,
            false
          );
      }
    });
    this.schema = new Schema(fields.map((f, i) => new Field(f.name, this.types[i], true)));
    this.dictionaries = fields.map((f) =>
      f.type.kind === "dictionary" ? vectorFromArray([...f.type.values], new Utf8()) : null
    );
  }

  /** Writes one batch of `length` rows, one entry per field. */
  write(length: number, columns: readonly ColumnarValues[]): void {
    if (length === 0) return;
    if (columns.length !== this.fields.length)
      throw new RangeError(`ColumnarBatchWriter: ${columns.length} columns for ${this.fields.length} fields`);
    const children = this.fields.map((field, i) => {
      const { values, validity } = columns[i];
      const nullCount = countNulls(validity, length);
      const nullBitmap = validity ? validity.subarray(0, Math.ceil(length / 8)) : undefined;
      const type = this.types[i];
      if (field.type.kind === "dictionary") {
        return makeData({
          type: type as Dictionary,
          length,
          nullCount,
          nullBitmap,
          data: values as Int32Array,
          dictionary: this.dictionaries[i]!
        });
      }
      if (field.type.kind === "boolean")
        return makeData({
          type: type as Bool,
          length,
          nullCount,
          nullBitmap,
          data: packBooleans(values as Uint8Array, length)
        });
      return makeData({ type: type as Int32, length, nullCount, nullBitmap, data: values as Int32Array });
    });
    const struct = makeData({ type: new Struct(this.schema.fields), length, nullCount: 0, children });
    this.writer.write(new RecordBatch(this.schema, struct));
    this.wrote = true;
  }

  /** Ends the stream and returns its bytes (when not streaming with toNodeStream). */
  finish(): Uint8Array {
    if (!this.wrote) return tableToIPC(new Table(this.schema), "stream");
    this.writer.finish();
    return this.writer.toUint8Array(true);
  }

  /** The IPC bytes as a Node stream, written as batches arrive; call end() after the last batch. */
  toNodeStream(): NodeJS.ReadableStream {
    return this.writer.toNodeStream() as unknown as NodeJS.ReadableStream;
  }

  /** Ends a stream obtained with toNodeStream (an empty table still gets its schema). */
  end(): void {
    if (!this.wrote) this.writer.write(new Table(this.schema));
    this.writer.finish();
  }
}
