/**
 * Problems with files rather than values: extract.json, missing and extra files, headers, CSV structure,
 * and the ways Excel saves CSV (';' with decimal comma, Windows-1252, byte-order mark, UTF-16).
 * Each case asserts the exact `file:line: column: message` lines and how the rows were accounted for.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { append, check, derive, replace, setLine } from "./extractFixture.ts";

const excelAdvice =
  `Save it from Excel as 'CSV UTF-8 (comma delimited)' with '.' as ` +
  `decimal separator (docs/extract-format.md, "Exporting from Excel")`;
const convertAdvice = (file: string) =>
  `or convert it: npx qi validate <extract folder> --convert-excel <new ` +
  `folder> (writes a corrected copy of ${file} and the other files)`;

/** The text as Excel with a Norwegian locale writes it: ';' between fields, ',' as decimal mark, CRLF. */
function norwegianExcel(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((line) =>
      line
        .split(",")
        .map((field) => (/^\d+\.\d+$/.test(field) ? field.replace(".", ",") : field))
        .join(";")
    )
    .join("\r\n")
    .concat("\r\n");
}

describe("extract.json", () => {
  test("missing: no snapshot, every table still checked", async () => {
    const { result, errors } = await check(await derive({ "extract.json": () => null }));
    expect(errors).toEqual(["extract.json: missing; every extract needs one (see docs/extract-format.md)"]);
    expect(result.snapshotDir).toBeNull();
    expect(result.report.counts.rows_used).toBe(70);
  });

  test("not JSON: the line of the mistake", async () => {
    const { errors } = await check(
      await derive({ "extract.json": replace(`"synthetic": true,`, `"synthetic": true,,`) })
    );
    expect(errors).toEqual(["extract.json:4: not valid JSON (Expected double-quoted property name)"]);
  });

  test("missing, wrong and unknown fields", async () => {
    const edit = (text: string) => {
      const json = JSON.parse(text);
      delete json.title;
      json.synthetic = "yes";
      json.registries = ["lung", "lungs"];
      json.extract_date = "2025-02-30";
      json.tables = { tumors: "tumors.csv" };
      json.comment = "x";
      return JSON.stringify(json);
    };
    const { errors } = await check(await derive({ "extract.json": edit }));
    expect(errors).toEqual([
      "extract.json: title: missing (required)",
      "extract.json: synthetic: must be true or false (without quotes)",
      "extract.json: registries.1: unknown registry; the registries are " +
        "prostate, colorectal, childhood, breast, gynaecological, lung, " +
        "lymphoid, melanoma, oesophagus-stomach, sarcoma, pancreas, cns",
      "extract.json: extract_date: 2025-02-30 does not exist (February 2025 has 28 days)",
      "extract.json: tables.tumors: unknown table; the tables are units, " +
        "catchment, patients, tumours, workup, surgery, radiotherapy, " +
        "systemic, recurrence, proms, lifetable",
      "extract.json: comment: unknown field (see docs/extract-format.md for the fields)"
    ]);
  });

  test("dates in the wrong order", async () => {
    const edit = (text: string) => {
      const json = JSON.parse(text);
      json.period = { from: "2022-01-01", to: "2025-06-30" };
      json.affirm_date = "2025-04-01";
      return JSON.stringify(json);
    };
    const { errors } = await check(await derive({ "extract.json": edit }));
    expect(errors).toEqual([
      "extract.json: period.to: 2025-06-30 is not a 31 December: the period " +
        "must cover whole calendar years (a part year would be published as a " +
        "whole one)",
      "extract.json: period.to: 2025-06-30 is after extract_date 2025-03-01",
      "extract.json: affirm_date: 2025-04-01 is after extract_date 2025-03-01"
    ]);
  });

  test("a period that is not whole calendar years", async () => {
    const edit = (text: string) =>
      JSON.stringify({ ...JSON.parse(text), period: { from: "2022-03-01", to: "2024-06-30" } });
    const { errors } = await check(await derive({ "extract.json": edit }));
    expect(errors).toEqual([
      "extract.json: period.from: 2022-03-01 is not a 1 January: the period must cover whole calendar years",
      "extract.json: period.to: 2024-06-30 is not a 31 December: the period " +
        "must cover whole calendar years (a part year would be published as a " +
        "whole one)"
    ]);
  });

  test("a schema version this workbench does not read", async () => {
    const { errors } = await check(await derive({ "extract.json": replace(`"1.0"`, `"2.0"`) }));
    expect(errors).toEqual([`extract.json: schema_version: must be "1.0", the version this workbench reads`]);
  });

  test("tables names another file for a table", async () => {
    const dir = await derive({
      "extract.json": replace(`"source"`, `"tables": {"surgery": "operasjoner.csv"}, "source"`)
    });
    const { errors, warnings, result } = await check(dir);
    expect(errors).toEqual(["operasjoner.csv: not found; extract.json names it for table surgery (tables.surgery)"]);
    expect(warnings).toEqual([
      "surgery.csv: ignored: extract.json names operasjoner.csv for table surgery (tables.surgery)"
    ]);
    await rm(join(dir, "surgery.csv"));
    await writeFile(
      join(dir, "operasjoner.csv"),
      "surgery_id,tumour_id,unit_id,surgery_date,procedure,approach,asa,margin\n" +
        "S1,T001,unn-tro,2023-04-05,lobectomy,laparoscopic,2,r0\n"
    );
    const again = await check(dir);
    expect(again.errors).toEqual([]);
    expect(again.result.report.tables.surgery).toMatchObject({ file: "operasjoner.csv", rows_used: 1 });
    expect(result.ok).toBe(false);
    // One bad entry beside it: that one is reported, the good one still finds its file.
    await writeFile(
      join(dir, "extract.json"),
      (await readFile(join(dir, "extract.json"), "utf8")).replace(
        `"surgery": "operasjoner.csv"`,
        `"surgery": "operasjoner.csv", "lungs": "x.csv"`
      )
    );
    const third = await check(dir);
    expect(third.errors).toEqual([
      "extract.json: tables.lungs: unknown table; the tables are units, " +
        "catchment, patients, tumours, workup, surgery, radiotherapy, " +
        "systemic, recurrence, proms, lifetable"
    ]);
    expect(third.result.report.tables.surgery).toMatchObject({ file: "operasjoner.csv", rows_read: 1 });
  });
});

describe("files", () => {
  test("a missing table file: its dependants are excluded as such", async () => {
    const { errors, dependent, result } = await check(await derive({ "patients.csv": () => null }));
    expect(errors).toEqual(["patients.csv: missing; table patients is required (patients.csv or patients.parquet)"]);
    expect(dependent.slice(0, 2)).toEqual([
      "tumours.csv:2: patient_id: P001 cannot be checked: patients.csv could not be used",
      "tumours.csv:3: patient_id: P002 cannot be checked: patients.csv could not be used"
    ]);
    expect(result.report.tables.tumours).toMatchObject({
      rows_read: 8,
      rows_used: 0,
      excluded: [{ reason: "dependency", count: 8 }]
    });
  });

  test("a file name in the wrong case", async () => {
    const dir = await derive({ "lifetable.csv": () => null });
    await writeFile(join(dir, "Lifetable.csv"), "year,sex,age,qx\n");
    const { errors, warnings } = await check(dir);
    expect(errors).toEqual([
      "lifetable.csv: missing; table lifetable is required (lifetable.csv or " +
        "lifetable.parquet); found Lifetable.csv: file names are lower case"
    ]);
    expect(warnings).toEqual(["Lifetable.csv: not a table of the format; ignored"]);
  });

  test("both CSV and Parquet for one table", async () => {
    const dir = await derive();
    await writeFile(join(dir, "lifetable.parquet"), "");
    const { errors, warnings } = await check(dir);
    expect(errors).toEqual([
      "lifetable.csv: both lifetable.csv and lifetable.parquet exist; keep " +
        "one, or name the one to use in extract.json (tables.lifetable)"
    ]);
    expect(warnings).toEqual([]); // neither file is also called "not a table of the format"
  });

  test("unknown files are listed, an Excel workbook with advice", async () => {
    const dir = await derive();
    await writeFile(join(dir, "tumors.csv"), "x\n");
    await writeFile(join(dir, "registry.xlsx"), "x");
    await writeFile(join(dir, "README.md"), "x");
    const { warnings, result } = await check(dir);
    expect(warnings).toEqual([
      "registry.xlsx: an Excel workbook is not read; save each sheet as CSV UTF-8",
      "tumors.csv: not a table of the format; ignored"
    ]);
    expect(result.ok).toBe(true);
  });

  test("a Parquet file that is not Parquet", async () => {
    const dir = await derive({ "lifetable.csv": () => null });
    await writeFile(join(dir, "lifetable.parquet"), "year,sex,age,qx\n");
    const { errors } = await check(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^lifetable\.parquet: cannot be read as Parquet \(.+\); its rows cannot be counted$/);
  });

  test("an empty file", async () => {
    const { errors, result } = await check(await derive({ "lifetable.csv": () => "" }));
    expect(errors).toEqual(["lifetable.csv: the file is empty; it needs at least the header row"]);
    expect(result.report.tables.lifetable).toMatchObject({ rows_read: 0, rows_used: 0 });
  });

  test("a header only is an empty table, which is valid", async () => {
    const { errors, result } = await check(
      await derive({ "recurrence.csv": () => "tumour_id,recurrence_date,type\n" })
    );
    expect(errors).toEqual([]);
    expect(result.report.tables.recurrence).toMatchObject({ rows_read: 0, rows_used: 0 });
  });
});

describe("headers", () => {
  test("a missing required column excludes every row of the file", async () => {
    const drop = (text: string) =>
      text
        .split("\n")
        .map((l) =>
          l
            .split(",")
            .filter((_, i) => i !== 2)
            .join(",")
        )
        .join("\n");
    const { errors, result } = await check(await derive({ "lifetable.csv": drop }));
    expect(errors).toEqual(["lifetable.csv:1: age: missing column (required); every row of the file is excluded"]);
    expect(result.report.tables.lifetable).toMatchObject({
      rows_read: 4,
      rows_used: 0,
      excluded: [
        {
          reason: "missing-column",
          count: 4,
          rows: ["lifetable.csv:2", "lifetable.csv:3", "lifetable.csv:4", "lifetable.csv:5"]
        }
      ]
    });
  });

  test("a misspelt column: missing, and unknown with a suggestion", async () => {
    const { errors } = await check(await derive({ "recurrence.csv": replace("recurrence_date", "recurrence_dato") }));
    expect(errors).toEqual([
      "recurrence.csv:1: recurrence_date: missing column (required); every row of the file is excluded",
      "recurrence.csv:1: recurrence_dato: unknown column, ignored (did you " +
        "mean recurrence_date?); the columns of recurrence are tumour_id, " +
        "recurrence_date, type"
    ]);
  });

  test("an extra column is an error, but the rows are used", async () => {
    const addColumn = (text: string) =>
      text
        .trimEnd()
        .split("\n")
        .map((l, i) => `${l},${i === 0 ? "comment" : "ok"}`)
        .join("\n");
    const { errors, result } = await check(await derive({ "lifetable.csv": addColumn }));
    expect(errors).toEqual([
      "lifetable.csv:1: comment: unknown column, ignored; the columns of lifetable are year, sex, age, qx"
    ]);
    expect(result.report.tables.lifetable).toMatchObject({ rows_read: 4, rows_used: 4 });
    expect(result.ok).toBe(false);
  });

  test("a duplicate column", async () => {
    const { errors } = await check(
      await derive({
        "recurrence.csv": replace("tumour_id,recurrence_date,type", "tumour_id,recurrence_date,type,type")
      })
    );
    expect(errors[0]).toBe("recurrence.csv:1: type: the column appears twice (fields 3 and 4)");
  });

  test("an absent optional column is a warning; columns may come in any order", async () => {
    const reorder = (text: string) =>
      text
        .trimEnd()
        .split("\n")
        .map((l) => {
          const [tumour, patient, instrument, timepoint, domain, score, date] = l.split(",");
          return [date, score, domain, timepoint, instrument, tumour, patient].join(",");
        })
        .join("\n");
    const dropEcog = (text: string) =>
      text
        .trimEnd()
        .split("\n")
        .map((l) => l.split(",").slice(0, -1).join(","))
        .join("\n");
    const { errors, warnings, result } = await check(await derive({ "tumours.csv": dropEcog, "proms.csv": reorder }));
    expect(errors).toEqual([]);
    expect(warnings).toEqual(["tumours.csv:1: ecog: optional column absent; treated as empty in every row"]);
    expect(result.report.tables.proms).toMatchObject({ rows_used: 5 });
  });
});

describe("CSV structure and line numbers", () => {
  test("a row with too many fields", async () => {
    const { errors } = await check(await derive({ "lifetable.csv": setLine(3, "2023,female,70,0,0121") }));
    expect(errors).toEqual([
      "lifetable.csv:3: the row has 5 fields, the header 4 (an unquoted ',' inside a value, such as a decimal comma?)"
    ]);
  });

  test("a quote inside an unquoted field; rows that refer to the row are its dependants", async () => {
    const { errors, dependent } = await check(
      await derive({ "units.csv": replace("Haukeland universitetssjukehus,", 'Haukeland "universitets"sjukehus,') })
    );
    expect(errors).toEqual([
      `units.csv:12: a quote inside an unquoted field ("Haukeland ` +
        `\\"universitets\\"sju…"); quote the whole field and double the quotes ` +
        `inside it`
    ]);
    expect(dependent[0]).toBe("tumours.csv:4: diagnosing_unit: unit hus was excluded (units.csv:12)");
  });

  test("an unclosed quote is reported on its line, and the rest of the file is still read", async () => {
    const { errors, result } = await check(await derive({ "lifetable.csv": setLine(3, '2023,"female,70,0.0121') }));
    expect(errors).toEqual([
      `lifetable.csv:3: a quoted field is never closed (a '"' without its ` +
        `closing '"'); the rest of the file would be one value`
    ]);
    expect(result.report.tables.lifetable).toMatchObject({ rows_read: 4, rows_used: 3 });
  });

  test("quoted fields with embedded newlines move later line numbers down", async () => {
    // Line 13 becomes three physical lines (13–15); the bad value after it is on line 17, not 15.
    const edits = {
      "units.csv": (text: string) =>
        replace(
          '"Oslo universitetssykehus, Rikshospitalet"',
          '"Oslo universitetssykehus,\nRikshospitalet\n(Gaustad)"'
        )(text),
      "catchment.csv": setLine(2, "0301,Oslo,ous,2020-01-01,")
    };
    const dir = await derive(edits);
    const units = (await import("node:fs/promises")).readFile(join(dir, "units.csv"), "utf8");
    await writeFile(
      join(dir, "units.csv"),
      (await units).replace("ous-ull,", "ous-ull,").replace("Ullevål,hospital,ous", "Ullevål,sykehus,ous")
    );
    const { errors, result } = await check(dir);
    expect(errors).toEqual([`units.csv:17: level: unknown code "sykehus"; allowed: region, trust, hospital`]);
    expect(result.report.tables.units?.rows_read).toBe(15);
  });

  test("blank lines and rows of empty fields are not rows, but are listed", async () => {
    const { errors, warnings, result } = await check(
      await derive({ "lifetable.csv": (t) => t.replace("2023,female", "\n,,,\n2023,female") })
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      "lifetable.csv:3: blank line; ignored",
      "lifetable.csv:4: a row of empty fields (Excel writes these for formatted empty rows); ignored"
    ]);
    expect(result.report.tables.lifetable).toMatchObject({ rows_read: 4, rows_used: 4, blank_lines: 2 });
  });

  test("Windows line ends (CRLF) are fine", async () => {
    const { errors, warnings } = await check(await derive({ "patients.csv": (t) => t.replaceAll("\n", "\r\n") }));
    expect([errors, warnings]).toEqual([[], []]);
  });
});

describe("limits: long lines and fields, NUL bytes", () => {
  const longLine = "the line is longer than 1,048,576 characters, the most a line may hold; it is not read";
  const nulHint = "(a damaged file, or binary data?); values may hold no control characters but tabs and line breaks";

  test("a line over 1 MiB is reported as such, quoted or not, and the rest of the file is read", async () => {
    const huge = "x".repeat(2_000_000);
    const { errors, result } = await check(
      await derive({
        "units.csv": append(
          `ous-a,${huge},A,hospital,ous`,
          `ous-b,"${huge}",B,hospital,ous`,
          `ous-c,"two\nlines ${huge}",C,hospital,ous`,
          "ous-d,Oslo D,D,hospital,ous"
        )
      })
    );
    expect(errors).toEqual([
      `units.csv:17: ${longLine}`,
      `units.csv:18: ${longLine}`,
      // The quoted field's first line is short; it runs on past the limit on the next line.
      "units.csv:19: a quoted field runs on over several lines past 1,048,576 characters, the most a row may " +
        `hold: is its closing '"' missing? Read on from the next line`,
      `units.csv:20: ${longLine}`
    ]);
    expect(result.report.tables.units).toMatchObject({ rows_read: 20, rows_used: 16 });
    expect(result.report.tables.units?.excluded).toEqual([
      {
        reason: "malformed-row",
        title: "malformed row",
        count: 4,
        rows: ["units.csv:17", "units.csv:18", "units.csv:19", "units.csv:20"]
      }
    ]);
  });

  test("a header line over 1 MiB: the file is unusable, and the line is named", async () => {
    const { errors } = await check(await derive({ "lifetable.csv": (t) => "x".repeat(1_100_000) + t }));
    expect(errors).toEqual([
      ...["year", "sex", "age", "qx"].map(
        (c) => `lifetable.csv:1: ${c}: missing column (required); every row of the file is excluded`
      ),
      `lifetable.csv:1: the header: ${longLine}`
    ]);
  });

  test("a name of a million characters is refused by the column's own limit", async () => {
    const { errors } = await check(
      await derive({ "units.csv": append(`ous-a,${"x".repeat(1_000_000)},A,hospital,ous`) })
    );
    expect(errors).toEqual([
      `units.csv:17: name: "${"x".repeat(37)}…" is 1,000,000 characters long; at most 200 are allowed`
    ]);
  });

  test("NUL bytes are refused with file, line and column, in text and in every other kind of column", async () => {
    const { errors } = await check(
      await derive({
        "units.csv": append("ous-a,Oslo\0A,A,hospital,ous"),
        "patients.csv": (t) => t.replace("P002,male", "P002,ma\0le"),
        "lifetable.csv": replace("2023,male,70", "2023,male,7\u00070"),
        "recurrence.csv": append("\0\0\0\0\0\0\0\0")
      })
    );
    expect(errors).toEqual([
      `recurrence.csv:4: the row has 1 fields, the header 3; it holds NUL bytes (a damaged file, or binary data?)`,
      `units.csv:17: name: "Oslo\\u0000A" holds a NUL byte at character 5 ${nulHint}`,
      `patients.csv:3: sex: "ma\\u0000le" holds a NUL byte at character 3 ${nulHint}`,
      `lifetable.csv:2: age: "7\\u00070" holds the control character U+0007 at character 2 ${nulHint}`
    ]);
  });
});

describe("files saved by Excel", () => {
  test("';' as separator and ',' as decimal mark (Norwegian locale)", async () => {
    const { errors, dependent, result } = await check(await derive({ "workup.csv": norwegianExcel }));
    expect(errors).toEqual([
      `workup.csv:1: saved by Excel with ';' as separator and ',' as decimal ` +
        `mark (Norwegian locale); the format uses ',' as separator and '.' as ` +
        `decimal mark. ${excelAdvice}, ${convertAdvice("workup.csv")}`
    ]);
    expect(dependent).toEqual([]);
    expect(result.report.tables.workup).toMatchObject({
      rows_read: 8,
      rows_used: 0,
      excluded: [{ reason: "separator", count: 8 }]
    });
  });

  test("lines ended by a carriage return alone (Excel's 'CSV (Macintosh)')", async () => {
    const { errors } = await check(await derive({ "workup.csv": (t) => t.replace(/\r?\n/g, "\r") }));
    expect(errors).toEqual([
      `workup.csv:1: its lines end in a carriage return alone (Excel's 'CSV ` +
        `(Macintosh)'), so it reads as a single line. ${excelAdvice}, or ` +
        `convert it: tr '\\r' '\\n' < workup.csv > workup-lf.csv`
    ]);
  });

  test("';' as separator without decimals", async () => {
    const { errors } = await check(await derive({ "recurrence.csv": norwegianExcel }));
    expect(errors).toEqual([
      `recurrence.csv:1: saved by Excel with ';' as separator (Norwegian ` +
        `locale); the format uses ',' as separator and '.' as decimal mark. ` +
        `${excelAdvice}, ${convertAdvice("recurrence.csv")}`
    ]);
  });

  test("Windows-1252 (Latin-1): the line and the word with the byte that is not UTF-8", async () => {
    const { errors, result } = await check(await derive({ "catchment.csv": (t) => Buffer.from(t, "latin1") }));
    expect(errors).toEqual([
      `catchment.csv:4: not UTF-8: byte 0xF8 in "Tromsø" is Windows-1252 / ` +
        `Latin-1, as Excel's plain 'CSV (comma delimited)' writes it on ` +
        `Norwegian Windows. ${excelAdvice}, or convert it: iconv -f ` +
        `WINDOWS-1252 -t UTF-8 catchment.csv > catchment-utf8.csv`
    ]);
    expect(result.report.tables.catchment).toMatchObject({ rows_read: 7, rows_used: 0 });
    // Every tumour's residence depends on the catchment table.
    expect(result.report.tables.tumours).toMatchObject({
      rows_used: 0,
      excluded: [{ reason: "dependency", count: 8 }]
    });
  });

  test("UTF-8 with a byte-order mark is accepted, with a warning", async () => {
    const { errors, warnings, result } = await check(await derive({ "catchment.csv": (t) => "\ufeff" + t }));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      "catchment.csv:1: starts with a UTF-8 byte-order mark (as Excel's 'CSV UTF-8' writes it); accepted, nothing to do"
    ]);
    expect(result.report.tables.catchment).toMatchObject({ rows_used: 7 });
  });

  test("UTF-16 ('Unicode Text')", async () => {
    const utf16 = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]);
    const { errors, result } = await check(await derive({ "lifetable.csv": utf16 }));
    expect(errors).toEqual([
      `lifetable.csv: saved as UTF-16 (Excel's 'Unicode Text'), not UTF-8. ` +
        `${excelAdvice}, ${convertAdvice("lifetable.csv")}`
    ]);
    expect(result.report.tables.lifetable).toMatchObject({ rows_read: 4, rows_used: 0 });
  });
});

test("append is available for the cases above", () => {
  expect(append("a")("x\n")).toBe("x\na\n");
});
