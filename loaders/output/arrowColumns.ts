/**
 * Column-wise Arrow record batches for large tables (the explorer's cohort files): values go straight
 * into typed arrays and validity bitmaps, text columns are dictionary-encoded against one dictionary per
 * column fixed in advance (so every batch shares it and it is written once), and batches are written to
 * an IPC stream as they fill. Much faster and smaller than building vectors from row objects.
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
  type Data,
  type DataType,
  type Vector
} from "apache-arrow";

export type ColumnarKind = { kind: "int32" } | { kind: "float64" } | { kind: "boolean" } | { kind: "dictionary"; values: readonly string[] };

export interface ColumnarField {
  name: string;
  type: ColumnarKind;
}

interface Builder {
  set(row: number, value: unknown): void;
  finish(length: number): Data;
}

function bitmap(length: number): Uint8Array {
  return new Uint8Array(Math.ceil(length / 8) || 1);
}

class ValidityBuilder {
  bits: Uint8Array;
  nulls = 0;
  constructor(capacity: number) {
    this.bits = bitmap(capacity);
  }
  valid(row: number) {
    this.bits[row >> 3] |= 1 << (row & 7);
  }
  reset() {
    this.bits.fill(0);
    this.nulls = 0;
  }
}

function indexType(size: number): Int8 | Int16 | Int32 {
  return size < 128 ? new Int8() : size < 32768 ? new Int16() : new Int32();
}

export class ColumnarBatchWriter {
  private readonly writer = new RecordBatchStreamWriter();
  private readonly schema: Schema;
  private readonly types: DataType[];
  private readonly dictionaries: (Vector | null)[];
  private readonly lookups: (Map<string, number> | null)[];
  private readonly buffers: (Int8Array | Int16Array | Int32Array | Float64Array | Uint8Array)[];
  private readonly validity: ValidityBuilder[];
  private rows = 0;
  private wrote = false;

  constructor(
    private readonly fields: readonly ColumnarField[],
    private readonly capacity = 65536
  ) {
    this.types = fields.map((f, i) => {
      switch (f.type.kind) {
        case "int32":
          return new Int32();
        case "float64":
          return new Float64();
        case "boolean":
          return new Bool();
        case "dictionary":
          return new Dictionary(new Utf8(), indexType(f.type.values.length), i, false);
      }
    });
    this.schema = new Schema(fields.map((f, i) => new Field(f.name, this.types[i], true)));
    this.dictionaries = fields.map((f) => (f.type.kind === "dictionary" ? vectorFromArray([...f.type.values], new Utf8()) : null));
    this.lookups = fields.map((f) => (f.type.kind === "dictionary" ? new Map(f.type.values.map((v, k) => [v, k])) : null));
    this.buffers = fields.map((f, i) => {
      const type = this.types[i];
      if (f.type.kind === "int32") return new Int32Array(capacity);
      if (f.type.kind === "float64") return new Float64Array(capacity);
      if (f.type.kind === "boolean") return bitmap(capacity);
      const index = (type as Dictionary).indices;
      return index instanceof Int8 ? new Int8Array(capacity) : index instanceof Int16 ? new Int16Array(capacity) : new Int32Array(capacity);
    });
    this.validity = fields.map(() => new ValidityBuilder(capacity));
  }

  /** Sets one value of the current row in column `column`; null/undefined/NaN are null. */
  set(column: number, value: unknown): void {
    if (value === null || value === undefined) return;
    const row = this.rows;
    const kind = this.fields[column].type.kind;
    if (kind === "dictionary") {
      const index = this.lookups[column]!.get(value as string);
      if (index === undefined) throw new RangeError(`ColumnarBatchWriter: "${String(value)}" is not in the dictionary of ${this.fields[column].name}`);
      (this.buffers[column] as Int32Array)[row] = index;
    } else if (kind === "boolean") {
      if (value) (this.buffers[column] as Uint8Array)[row >> 3] |= 1 << (row & 7);
    } else {
      const n = typeof value === "bigint" ? Number(value) : (value as number);
      if (!Number.isFinite(n)) return;
      (this.buffers[column] as Float64Array)[row] = n;
    }
    this.validity[column].valid(row);
  }

  /** Ends the current row; writes a batch when full. */
  endRow(): void {
    this.rows++;
    if (this.rows === this.capacity) this.flush();
  }

  private flush(): void {
    const length = this.rows;
    if (length === 0) return;
    const children = this.fields.map((field, i) => {
      const validity = this.validity[i];
      let nulls = 0;
      for (let r = 0; r < length; r++) if (!(validity.bits[r >> 3] & (1 << (r & 7)))) nulls++;
      const nullBitmap = validity.bits.slice(0, Math.ceil(length / 8));
      const type = this.types[i];
      const buffer = this.buffers[i];
      const data = field.type.kind === "boolean" ? buffer.slice(0, Math.ceil(length / 8)) : buffer.slice(0, length);
      if (field.type.kind === "dictionary") {
        return makeData({ type: type as Dictionary, length, nullCount: nulls, nullBitmap, data: data as Int32Array, dictionary: this.dictionaries[i]! });
      }
      return makeData({ type: type as Int32, length, nullCount: nulls, nullBitmap, data: data as Int32Array });
    });
    const struct = makeData({ type: new Struct(this.schema.fields), length, nullCount: 0, children });
    this.writer.write(new RecordBatch(this.schema, struct));
    this.wrote = true;
    this.rows = 0;
    for (let i = 0; i < this.fields.length; i++) {
      this.buffers[i].fill(0);
      this.validity[i].reset();
    }
  }

  finish(): Uint8Array {
    this.flush();
    if (!this.wrote) return tableToIPC(new Table(this.schema), "stream");
    this.writer.finish();
    return this.writer.toUint8Array(true);
  }
}
