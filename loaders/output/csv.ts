/**
 * CSV for result tables, byte-for-byte reproducible: a header row, comma separator, "\n" line ends, null
 * as an empty field, booleans as true/false, integers as digits and other numbers with 12 significant
 * digits (trailing zeros dropped; JavaScript's exponent form below 1e-6). Fields with a comma, quote or
 * line break are quoted, quotes doubled.
 */
import { csvField } from "../extract/csvWriter.ts";
import type { TypedColumn } from "./arrow.ts";

export function formatCsvNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  if (Number.isInteger(value)) return String(value);
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatCsvNumber(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "boolean") return value ? "true" : "false";
  return csvField(String(value));
}

export function rowsToCsv(
  columns: readonly Pick<TypedColumn, "name">[],
  rows: readonly Record<string, unknown>[]
): string {
  const lines = [columns.map((c) => field(c.name)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => field(row[c.name])).join(","));
  return lines.join("\n") + "\n";
}
