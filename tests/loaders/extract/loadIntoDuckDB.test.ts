/** The validated snapshot loads into DuckDB as typed tables; Parquet input goes through the same checks. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { openDuckDB, queryRows } from "../../../loaders/duckdb.ts";
import { loadExtractIntoDuckDB, loadIntoDuckDB, snapshotTableSql } from "../../../loaders/extract/loadIntoDuckDB.ts";
import { sqlString } from "../../../loaders/extract/parquetReader.ts";
import { InvalidExtractError, prepareExtract } from "../../../loaders/extract/prepareExtract.ts";
import { tableSpec, tables } from "../../../loaders/extract/tables.ts";
import { validateExtract } from "../../../loaders/extract/validateExtract.ts";
import { check, derive, replace, setField, tempDir, validFixture } from "./extractFixture.ts";

describe("loadIntoDuckDB", () => {
  test("creates one table per table of the format, with the declared SQL types", async () => {
    const { result } = await check(await derive());
    const connection = await openDuckDB();
    await loadIntoDuckDB(connection, result.snapshotDir!);
    const described = await queryRows(connection, "DESCRIBE tumours");
    expect(Object.fromEntries(described.map((r) => [r.column_name, r.column_type]))).toEqual({
      source_line: "INTEGER",
      tumour_id: "VARCHAR",
      patient_id: "VARCHAR",
      registry: "VARCHAR",
      icd10: "VARCHAR",
      diagnosis_date: "DATE",
      municipality: "VARCHAR",
      stage: "VARCHAR",
      basis: "VARCHAR",
      diagnosing_unit: "VARCHAR",
      clinical_report: "BOOLEAN",
      clinical_report_date: "DATE",
      histology: "VARCHAR",
      tumour_size_mm: "DOUBLE",
      ecog: "INTEGER"
    });
    const counts = await queryRows(
      connection,
      tables.map((t) => `SELECT '${t.name}' AS t, count(*)::INTEGER AS n FROM ${t.name}`).join(" UNION ALL ")
    );
    expect(Object.fromEntries(counts.map((r) => [r.t, r.n]))).toEqual({
      units: 15,
      catchment: 7,
      patients: 8,
      tumours: 8,
      workup: 8,
      surgery: 7,
      radiotherapy: 3,
      systemic: 3,
      recurrence: 2,
      proms: 5,
      lifetable: 4
    });
    const [t004] = await queryRows(
      connection,
      "SELECT source_line, municipality, clinical_report, " +
        "clinical_report_date, tumour_size_mm, ecog, strftime(diagnosis_date, " +
        "'%Y-%m-%d') AS d FROM tumours WHERE tumour_id = 'T004'"
    );
    expect(t004).toEqual({
      source_line: 5,
      municipality: "3205",
      clinical_report: false,
      clinical_report_date: null,
      tumour_size_mm: 32.5,
      ecog: null,
      d: "2024-02-14"
    });
    const [unit] = await queryRows(connection, "SELECT name FROM units WHERE unit_id = 'ous-rh'");
    expect(unit.name).toBe("Oslo universitetssykehus, Rikshospitalet");
    const [oslo] = await queryRows(
      connection,
      "SELECT municipality_name, valid_to FROM catchment WHERE municipality = '0301'"
    );
    expect(oslo).toEqual({ municipality_name: "Oslo", valid_to: null });
  });

  test("a text with quotes and newlines survives the round trip", async () => {
    const dir = await derive({
      "units.csv": (t) => t.replace("Haukeland universitetssjukehus,", '"Haukeland ""HUS""\nuniversitetssjukehus",')
    });
    const { result } = await check(dir);
    const connection = await openDuckDB();
    await loadIntoDuckDB(connection, result.snapshotDir!, { only: ["units"] });
    const [hus] = await queryRows(connection, "SELECT name, source_line FROM units WHERE unit_id = 'hus'");
    expect(hus).toEqual({ name: 'Haukeland "HUS"\nuniversitetssjukehus', source_line: 12 });
  });

  test("refuses a folder that is not a validated snapshot", async () => {
    const connection = await openDuckDB();
    await expect(loadIntoDuckDB(connection, validFixture)).rejects.toThrow(
      /is not a validated snapshot \(no snapshot\.json\); validate the extract first/
    );
  });

  test("reads with explicit types, never sniffing", () => {
    const sql = snapshotTableSql("/s", tableSpec("lifetable"));
    expect(sql).toContain("auto_detect = false");
    expect(sql).toContain(
      "columns = {'source_line': 'INTEGER', 'year': 'INTEGER', 'sex': 'VARCHAR', 'age': 'INTEGER', 'qx': 'DOUBLE'}"
    );
  });
});

describe("prepareExtract: what compute uses", () => {
  test("refuses an extract with errors, listing them", async () => {
    const dir = await derive({ "tumours.csv": setField("T002", "stage", "V") });
    const error = await prepareExtract(dir, { snapshotDir: join(await tempDir(), "s") }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidExtractError);
    expect(error.message).toContain(`tumours.csv:3: stage: unknown code "V"; allowed: I, II, III, IV, unknown`);
    expect(error.message).toContain("run with --drop-invalid");
  });

  test("with dropInvalid, loads the usable rows only", async () => {
    const dir = await derive({ "tumours.csv": setField("T002", "stage", "V") });
    const connection = await openDuckDB();
    const prepared = await loadExtractIntoDuckDB(connection, dir, {
      dropInvalid: true,
      snapshotDir: join(await tempDir(), "s")
    });
    expect(prepared.result.ok).toBe(false);
    expect(prepared.manifest.extract_date).toBe("2025-03-01");
    const rows = await queryRows(
      connection,
      "SELECT (SELECT count(*) FROM tumours)::INTEGER AS tumours, (SELECT count(*) FROM proms)::INTEGER AS proms"
    );
    expect(rows[0]).toEqual({ tumours: 7, proms: 1 });
  });

  test(
    "refuses, even with dropInvalid, a problem that excludes a whole " + "table, and errors in the life table",
    async () => {
      // Without surgery.csv every share of operated patients would silently drop: not a row to leave out.
      const missing = await prepareExtract(await derive({ "surgery.csv": () => null }), {
        dropInvalid: true,
        snapshotDir: join(await tempDir(), "s")
      }).catch((e) => e);
      expect(missing).toBeInstanceOf(InvalidExtractError);
      expect(missing.message).toContain(
        "--drop-invalid leaves out invalid rows, not whole tables, identity " +
          "numbers or parts of the life table: fix missing table file " +
          "(surgery.csv) first."
      );
      const lifeTable = await prepareExtract(await derive({ "lifetable.csv": replace("0.0117", "1") }), {
        dropInvalid: true,
        snapshotDir: join(await tempDir(), "s")
      }).catch((e) => e);
      expect(lifeTable).toBeInstanceOf(InvalidExtractError);
      expect(lifeTable.message).toContain("fix 1 row of the life table first.");
    }
  );

  test("refuses an invalid extract.json even with dropInvalid", async () => {
    const dir = await derive({ "extract.json": () => "{}" });
    await expect(prepareExtract(dir, { dropInvalid: true, cacheDir: await tempDir() })).rejects.toThrow(
      /extract\.json must be valid before anything can be computed/
    );
  });
});

describe("the snapshot cache", () => {
  test("an unchanged extract is not validated again; a changed one is", async () => {
    const dir = await derive();
    const cacheDir = await tempDir();
    const first = await validateExtract(dir, { cacheDir });
    expect(first.fromCache).toBe(false);
    expect(first.snapshotDir!.startsWith(cacheDir)).toBe(true);
    const second = await validateExtract(dir, { cacheDir });
    expect(second).toMatchObject({ fromCache: true, snapshotDir: first.snapshotDir, ok: true });
    expect(second.report).toEqual(first.report);
    await writeFile(join(dir, "recurrence.csv"), "tumour_id,recurrence_date,type\n");
    const third = await validateExtract(dir, { cacheDir });
    expect(third.fromCache).toBe(false);
    expect(third.snapshotDir).not.toBe(first.snapshotDir);
    const again = await validateExtract(dir, { cacheDir, cache: false });
    expect(again.fromCache).toBe(false);
  });
});

describe("Parquet input", () => {
  /** The fixture with some tables as Parquet, written by DuckDB from the CSVs with real column types. */
  async function parquetExtract(edit?: string): Promise<string> {
    const dir = await derive();
    const connection = await openDuckDB();
    const { result } = await check(dir);
    await loadIntoDuckDB(connection, result.snapshotDir!);
    if (edit) await connection.run(edit);
    const { rm } = await import("node:fs/promises");
    for (const table of ["tumours", "surgery", "lifetable"]) {
      const columns = tableSpec(table as "tumours")
        .columns.map((c) => c.name)
        .join(", ");
      await connection.run(
        `COPY (SELECT ${columns} FROM ${table} ORDER BY source_line) ` +
          `TO ${sqlString(join(dir, `${table}.parquet`))} (FORMAT parquet)`
      );
      await rm(join(dir, `${table}.csv`));
    }
    return dir;
  }

  test("a clean Parquet table validates like its CSV, dates, booleans and all", async () => {
    const { errors, warnings, result } = await check(await parquetExtract());
    expect([errors, warnings]).toEqual([[], []]);
    expect(result.report.tables.tumours).toMatchObject({
      file: "tumours.parquet",
      format: "parquet",
      rows_read: 8,
      rows_used: 8
    });
    const connection = await openDuckDB();
    await loadIntoDuckDB(connection, result.snapshotDir!);
    const [row] = await queryRows(
      connection,
      "SELECT source_line, clinical_report, ecog FROM tumours WHERE tumour_id = 'T003'"
    );
    expect(row).toEqual({ source_line: 3, clinical_report: true, ecog: 0 });
  });

  test("problems in Parquet name the row within the file", async () => {
    const dir = await parquetExtract(
      "UPDATE tumours SET stage = 'V' WHERE tumour_id = 'T002'; UPDATE lifetable SET qx = 1.5 WHERE source_line = 5"
    );
    const { errors } = await check(dir);
    expect(errors).toEqual([
      "lifetable.parquet:row 4: qx: 1.5 is outside the allowed range 0–1",
      `tumours.parquet:row 2: stage: unknown code "V"; allowed: I, II, III, IV, unknown`
    ]);
  });

  test("a Parquet value over 1 MiB and a NUL byte are refused like in CSV, naming the row", async () => {
    const dir = await parquetExtract(
      "UPDATE tumours SET icd10 = repeat('C', 2000000) WHERE tumour_id = 'T002'; " +
        "UPDATE tumours SET stage = 'I' || chr(0) WHERE tumour_id = 'T003'"
    );
    const { errors } = await check(dir);
    expect(errors).toEqual([
      "tumours.parquet:row 2: the value of icd10 is longer than 1,048,576 characters, the most a field may hold; " +
        "the row is not read",
      `tumours.parquet:row 3: stage: "I\\u0000" holds a NUL byte at character 2 (a damaged file, or binary ` +
        "data?); values may hold no control characters but tabs and line breaks"
    ]);
  });

  test("a Parquet file with a missing column", async () => {
    const dir = await derive({ "lifetable.csv": () => null });
    const connection = await openDuckDB();
    await connection.run(
      `COPY (SELECT 2023 AS year, 'male' AS sex, 0.01 AS qx) TO ` +
        `${sqlString(join(dir, "lifetable.parquet"))} (FORMAT parquet)`
    );
    const { errors, result } = await check(dir);
    expect(errors).toEqual(["lifetable.parquet: age: missing column (required); every row of the file is excluded"]);
    expect(result.report.tables.lifetable?.excluded[0].rows).toEqual(["lifetable.parquet:row 1"]);
  });

  test(
    "whole-valued doubles in integer columns, and timestamps at midnight " + "in date columns, are accepted",
    async () => {
      const dir = await derive({ "recurrence.csv": () => null, "lifetable.csv": () => null });
      const connection = await openDuckDB();
      await connection.run(
        `COPY (SELECT 'T001' AS tumour_id, TIMESTAMP '2023-11-20 00:00:00' AS ` +
          `recurrence_date, 'distant' AS type) TO ` +
          `${sqlString(join(dir, "recurrence.parquet"))} (FORMAT parquet)`
      );
      await connection.run(
        `COPY (SELECT 2023.0::DOUBLE AS year, 'male' AS sex, 70.0::DOUBLE AS ` +
          `age, 0.0187 AS qx) TO ${sqlString(join(dir, "lifetable.parquet"))} ` +
          `(FORMAT parquet)`
      );
      const { errors } = await check(dir);
      expect(errors).toEqual([]);
    }
  );
});

describe("cache pruning", () => {
  test("keeps the most recently used snapshots only", async () => {
    const { pruneCache } = await import("../../../loaders/extract/snapshotCache.ts");
    const { mkdir, utimes, readdir } = await import("node:fs/promises");
    const cacheDir = await tempDir();
    for (let i = 0; i < 5; i++) {
      await mkdir(join(cacheDir, `s${i}`));
      await writeFile(join(cacheDir, `s${i}`, "snapshot.json"), "{}");
      await utimes(join(cacheDir, `s${i}`, "snapshot.json"), 1_000_000 + i, 1_000_000 + i);
    }
    await mkdir(join(cacheDir, "s9.tmp-1-abcd"));
    await utimes(join(cacheDir, "s9.tmp-1-abcd"), 1, 1);
    await pruneCache(cacheDir, "snapshot.json", 2);
    expect((await readdir(cacheDir)).sort()).toEqual(["s3", "s4"]);
  });
});
