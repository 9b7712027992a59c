/**
 * zod schemas for the rows of every table, derived from tables.ts through the cell parsers (cells.ts):
 * `tableSchemas.tumours.parse({tumour_id: "T1", …})` takes a row of CSV text (every declared column,
 * "" for missing) and returns it typed, or fails with one issue per bad field, the column as its path.
 *
 * The streaming validator calls the same cell parsers directly (a zod object per row would cost several
 * seconds per million rows); these schemas are for code that checks a few rows, such as tests and the demo.
 */
import { z } from "zod";
import { CellError, cellParser, type CellValue } from "./cells.ts";
import { tables, type ColumnSpec, type TableName } from "./tables.ts";

/** The zod schema of one column: CSV text in, typed value out. */
export function columnSchema(spec: ColumnSpec) {
  const parse = cellParser(spec);
  return z.string().transform((text, ctx): CellValue => {
    const value = parse(text);
    if (value instanceof CellError) {
      ctx.addIssue({ code: "custom", message: value.message, params: { kind: value.kind } });
      return z.NEVER;
    }
    return value;
  });
}

export type RowSchema = z.ZodObject<Record<string, ReturnType<typeof columnSchema>>, z.core.$strict>;

/** The zod schema of one table's rows: every declared column, no other. */
export function rowSchema(name: TableName): RowSchema {
  const spec = tables.find((t) => t.name === name)!;
  return z.strictObject(Object.fromEntries(spec.columns.map((column) => [column.name, columnSchema(column)])));
}

export const tableSchemas = Object.fromEntries(tables.map((t) => [t.name, rowSchema(t.name)])) as Record<
  TableName,
  RowSchema
>;
