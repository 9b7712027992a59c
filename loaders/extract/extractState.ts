/**
 * What the validator remembers across tables, in compact form: for the small tables (units, catchment)
 * the rows themselves; for the large ones only what later tables are checked against (keys, status, line,
 * and a few dates as Int32 day numbers). Everything else streams through.
 */
import { NO_DATE } from "./dates.ts";
import { KeyIndex, grow } from "./keyIndex.ts";
import type { TableName, UnitsTableLevel } from "./tables.ts";

export const USED = 1;
export const EXCLUDED = 2;

/** Where a table came from, for messages about rows that refer to it. */
export interface TableSource {
  table: TableName;
  file: string;
  format: "csv" | "parquet";
  /** The table could not be read at all (missing file, wrong separator, encoding, missing column). */
  unusable: boolean;
  /** Some rows could not be split into fields, so their keys are unknown. */
  hasMalformedRows: boolean;
}

/** Keys of a streamed table with per-row status and line, plus named Int32 payload columns. */
export class KeyedRows<P extends string = never> {
  readonly keys = new KeyIndex();
  status = new Uint8Array(1 << 10);
  line = new Uint32Array(1 << 10);
  readonly payload: Record<P, Int32Array>;
  /** The last key looked up and its index: a report row looks its tumour up twice (key, then reference). */
  private lastKey: string | null = null;
  private lastIndex = -1;

  constructor(payloadNames: readonly P[] = []) {
    this.payload = Object.fromEntries(
      payloadNames.map((name) => [name, new Int32Array(1 << 10).fill(NO_DATE)])
    ) as Record<P, Int32Array>;
  }

  /** Registers a key first seen on `line`; returns its index, or -(index + 1) of the earlier row with that key. */
  add(key: string, line: number): number {
    this.lastKey = null;
    const index = this.keys.add(key);
    if (index < 0) return index;
    if (index >= this.status.length) {
      const size = this.status.length * 2;
      this.status = grow(this.status, size);
      this.line = grow(this.line, size);
      for (const name of Object.keys(this.payload) as P[]) {
        const old = this.payload[name];
        this.payload[name] = grow(old, size);
        this.payload[name].fill(NO_DATE, old.length);
      }
    }
    this.line[index] = line;
    return index;
  }

  find(key: string): number {
    if (key !== this.lastKey) {
      this.lastIndex = this.keys.get(key);
      this.lastKey = key;
    }
    return this.lastIndex;
  }

  get memoryBytes(): number {
    let total = this.keys.memoryBytes + this.status.byteLength + this.line.byteLength;
    for (const array of Object.values(this.payload) as Int32Array[]) total += array.byteLength;
    return total;
  }
}

export interface UnitRecord {
  level: UnitsTableLevel | null;
  parent: string | null;
  line: number;
  status: number;
}

export interface CatchmentPeriod {
  municipality: string;
  from: number;
  /** NO_DATE while the mapping still holds. */
  to: number;
  trust: string;
  line: number;
  status: number;
}

export class ExtractState {
  readonly sources = new Map<TableName, TableSource>();
  readonly units = new Map<string, UnitRecord>();
  /** Catchment periods by municipality, ordered by valid_from. */
  readonly catchment = new Map<string, CatchmentPeriod[]>();
  readonly patients = new KeyedRows(["birth", "death"] as const);
  readonly tumours = new KeyedRows(["diagnosis", "registry", "patient"] as const);
}

/**
 * An ExtractState that crossed to a worker thread (postMessage copies its fields but not its classes):
 * the same object with its classes back.
 */
export function reviveExtractState(data: unknown): ExtractState {
  const state = Object.setPrototypeOf(data, ExtractState.prototype) as ExtractState;
  for (const rows of [state.patients, state.tumours]) {
    Object.setPrototypeOf(rows, KeyedRows.prototype);
    Object.setPrototypeOf(rows.keys, KeyIndex.prototype);
  }
  return state;
}
