import { describe, expect, test } from "vitest";
import { CellError, cellParser } from "../../../loaders/extract/cells.ts";
import { dayNumber } from "../../../loaders/extract/dates.ts";
import { rowSchema, tableSchemas } from "../../../loaders/extract/schemas.ts";
import { tableSpec, tables, type ColumnSpec } from "../../../loaders/extract/tables.ts";

function column(table: string, name: string): ColumnSpec {
  return tableSpec(table as "tumours").columns.find((c) => c.name === name)!;
}

const parse = (table: string, name: string, text: string) => cellParser(column(table, name))(text);

describe("cell parsers", () => {
  test("typed values", () => {
    expect(parse("tumours", "diagnosis_date", "2024-02-29")).toBe(dayNumber(2024, 2, 29));
    expect(parse("tumours", "ecog", "3")).toBe(3);
    expect(parse("tumours", "tumour_size_mm", "12.5")).toBe(12.5);
    expect(parse("tumours", "clinical_report", "0")).toBe(0);
    expect(parse("tumours", "municipality", "0301")).toBe("0301");
    expect(parse("tumours", "icd10", "D05.1")).toBe("D05.1");
    expect(parse("tumours", "histology", "")).toBeNull();
    expect(parse("units", "name", "Sykehuset Østfold, Kalnes")).toBe("Sykehuset Østfold, Kalnes");
  });

  test("errors say what is wrong and what to write", () => {
    const cases: [string, string, string, string, string][] = [
      ["tumours", "diagnosis_date", "", "missing-value", "missing (the column is required)"],
      [
        "tumours",
        "diagnosis_date",
        "2023-13-01",
        "impossible-date",
        "2023-13-01 does not exist (there is no month 13)"
      ],
      [
        "tumours",
        "diagnosis_date",
        "2023-02-29",
        "impossible-date",
        "2023-02-29 does not exist (February 2023 has 28 days)"
      ],
      ["tumours", "diagnosis_date", "20230228", "invalid-date", `"20230228" has no dashes; write 2023-02-28`],
      [
        "tumours",
        "diagnosis_date",
        "2023-02-28 00:00:00",
        "invalid-date",
        `"2023-02-28 00:00:00" has a time of day; write the date only, 2023-02-28`
      ],
      [
        "tumours",
        "diagnosis_date",
        "2/28/2023",
        "invalid-date",
        `"2/28/2023" is not an ISO date; write dates as YYYY-MM-DD`
      ],
      [
        "tumours",
        "diagnosis_date",
        "NA",
        "invalid-date",
        `"NA" is not a date in the form YYYY-MM-DD; write a missing value as an empty field`
      ],
      ["tumours", "ecog", "1.0", "invalid-integer", `"1.0" is not a whole number`],
      [
        "tumours",
        "tumour_size_mm",
        "12 mm",
        "invalid-number",
        `"12 mm" is not a number (digits with '.' as decimal mark)`
      ],
      ["tumours", "tumour_size_mm", "-1", "out-of-range", "-1 is outside the allowed range 0–300"],
      ["tumours", "icd10", "C341", "invalid-icd10", `"C341": write the subdivision after a dot, C34.1`],
      [
        "tumours",
        "icd10",
        "lung",
        "invalid-icd10",
        `"lung" is not an ICD-10 code (a letter, two digits, optionally '.' and one or two digits)`
      ],
      ["tumours", "municipality", "Oslo", "invalid-municipality", `"Oslo" is not a four-digit municipality number`],
      [
        "tumours",
        "tumour_id",
        "x".repeat(65),
        "invalid-id",
        `"${"x".repeat(37)}…" is not an identifier (letters, digits, '-', '_' and '.', at most 64 characters)`
      ]
    ];
    for (const [table, name, text, kind, message] of cases) {
      const value = parse(table, name, text);
      expect(value, text).toBeInstanceOf(CellError);
      expect({ kind: (value as CellError).kind, message: (value as CellError).message }, text).toEqual({
        kind,
        message
      });
    }
  });
});

describe("zod schemas derived from tables.ts", () => {
  test("one per table, with every declared column", () => {
    for (const spec of tables)
      expect(Object.keys(tableSchemas[spec.name].shape)).toEqual(spec.columns.map((c) => c.name));
  });

  test("parse a row of CSV text into typed values", () => {
    const row = rowSchema("lifetable").parse({ year: "2023", sex: "female", age: "70", qx: "0.0121" });
    expect(row).toEqual({ year: 2023, sex: "female", age: 70, qx: 0.0121 });
  });

  test("report each bad field with its column as path and the validator's message", () => {
    const result = rowSchema("lifetable").safeParse({ year: "2023", sex: "kvinne", age: "", qx: "0,5", extra: "x" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["sex", `unknown code "kvinne"; allowed: male, female`],
      ["age", "missing (the column is required)"],
      ["qx", `"0,5" has a decimal comma; write 0.5 ('.' is the decimal mark)`],
      ["", `Unrecognized key: "extra"`]
    ]);
  });
});

test("an identifier Excel turned into scientific notation", () => {
  const value = parse("patients", "patient_id", "1,23457E+11") as CellError;
  expect(value.message).toBe(
    `"1,23457E+11" is a long number that Excel turned into scientific notation; format the column as text before saving`
  );
});
