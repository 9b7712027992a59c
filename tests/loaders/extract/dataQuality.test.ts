/**
 * Nothing is lost: for every table, rows read = rows used + rows excluded; the snapshot holds exactly the
 * used rows (by source line); every other data line is an excluded row or a blank line; a row excluded
 * for several problems counts once, for its first.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../../loaders/extract/csvReader.ts";
import { tables } from "../../../loaders/extract/tables.ts";
import { append, check, derive, replace, setField, setLine } from "./extractFixture.ts";

/** A thoroughly broken extract: many kinds at once, with cascades across tables. */
async function brokenExtract(): Promise<string> {
  return derive({
    "units.csv": setField("hus", "parent_id", "hv"),
    "patients.csv": (t) => setField("P004", "birth_date", "30.01.1971")(setField("P002", "sex", "mann")(t)),
    "tumours.csv": (t) =>
      append(
        "T009,P001,lung,C34.9,2023-05-05,5401,II,histology,unn-tro,1,2023-06-01,nsclc,,1",
        "T009,P001,lung,C34.9,2023-05-05,5401,II,histology,unn-tro,1,2023-06-01,nsclc,,1",
        "",
        "T010,P099,lung,C34.9,2023-05-05,9999,II,histology,unn-tro,1,,nsclc,,1"
      )(setField("T005", "clinical_report_date", "")(t)),
    "surgery.csv": setField("S006", "unit_id", "nlsh"),
    "proms.csv": setLine(3, "P002,T002,epic-26,baseline,sexual,70.8,2022-05-30,extra"),
    "lifetable.csv": replace("0.0117", "1.5")
  });
}

describe("data-quality.json", () => {
  test("accounts for every row of every table", async () => {
    const { result } = await check(await brokenExtract());
    const { report } = result;
    let read = 0;
    for (const spec of tables) {
      const table = report.tables[spec.name]!;
      const excluded = table.excluded.reduce((n, e) => n + e.count, 0);
      expect(table.rows_used + excluded, spec.name).toBe(table.rows_read);
      expect(table.rows_excluded, spec.name).toBe(excluded);
      read += table.rows_read;
    }
    expect(report.counts.rows_read).toBe(read);
    expect(report.counts.rows_used + report.counts.rows_excluded).toBe(read);
  });

  test("the snapshot holds exactly the used rows; every other line is excluded or blank", async () => {
    const dir = await brokenExtract();
    const { result } = await check(dir);
    for (const spec of tables) {
      const table = result.report.tables[spec.name]!;
      const snapshot = parseCsv(await readFile(join(result.snapshotDir!, `${spec.name}.csv`), "utf8"));
      const usedLines = snapshot.slice(1).map((r) => Number(r.fields[0]));
      expect(usedLines.length, spec.name).toBe(table.rows_used);
      const excludedLines = table.excluded.flatMap((e) => e.rows.map((r) => Number(r.split(":")[1])));
      const source = parseCsv(await readFile(join(dir, `${spec.name}.csv`), "utf8")).slice(1);
      const dataLines = source.filter((r) => r.fields.some((f) => f !== "")).map((r) => r.line);
      expect(
        [...usedLines, ...excludedLines].sort((a, b) => a - b),
        spec.name
      ).toEqual(dataLines);
    }
  });

  test("exclusions by reason, with row references", async () => {
    const { result } = await check(await brokenExtract());
    const { tables: t } = result.report;
    expect(t.tumours).toMatchObject({
      rows_read: 11,
      rows_used: 5,
      blank_lines: 1,
      excluded: [
        // T003 depends on the excluded hus, T004 on the excluded P004, T002 on the excluded P002.
        { reason: "dependency", count: 3, rows: ["tumours.csv:3", "tumours.csv:4", "tumours.csv:5"] },
        { reason: "conditional-required", count: 1, rows: ["tumours.csv:6"] },
        { reason: "duplicate-key", count: 1, rows: ["tumours.csv:11"] },
        // T010: unknown patient and unknown municipality and missing report date; counted once, for the first.
        { reason: "unknown-reference", count: 1, rows: ["tumours.csv:13"] }
      ]
    });
    expect(t.units).toMatchObject({
      rows_used: 14,
      excluded: [{ reason: "wrong-unit-level", count: 1, rows: ["units.csv:12"] }]
    });
    // Every PROM row belongs to T002 (its patient P002 excluded) or T003 (its unit hus excluded).
    expect(t.proms).toMatchObject({
      rows_used: 0,
      excluded: [
        { reason: "dependency", count: 4 },
        { reason: "malformed-row", count: 1, rows: ["proms.csv:3"] }
      ]
    });
  });

  test("rows that depend on an excluded row are excluded with a reference to it", async () => {
    const { dependent } = await check(await derive({ "patients.csv": setField("P003", "sex", "kvinne") }));
    expect(dependent).toEqual([
      "tumours.csv:4: patient_id: patient P003 was excluded (patients.csv:4)",
      "workup.csv:4: tumour_id: tumour T003 was excluded (tumours.csv:4)",
      "surgery.csv:4: tumour_id: tumour T003 was excluded (tumours.csv:4)",
      "surgery.csv:5: tumour_id: tumour T003 was excluded (tumours.csv:4)",
      "radiotherapy.csv:2: tumour_id: tumour T003 was excluded (tumours.csv:4)",
      "proms.csv:6: patient_id: patient P003 was excluded (patients.csv:4)",
      "proms.csv:6: tumour_id: tumour T003 was excluded (tumours.csv:4)"
    ]);
  });

  test("a unit's exclusion cascades down the hierarchy", async () => {
    const { errors, dependent } = await check(await derive({ "units.csv": setField("hbe", "level", "helseforetak") }));
    expect(errors).toEqual([`units.csv:7: level: unknown code "helseforetak"; allowed: region, trust, hospital`]);
    expect(dependent.slice(0, 3)).toEqual([
      "units.csv:12: parent_id: parent hbe was excluded (units.csv:7)",
      "catchment.csv:3: trust_id: unit hbe was excluded (units.csv:7)",
      "tumours.csv:4: diagnosing_unit: unit hus was excluded (units.csv:12)"
    ]);
  });

  test("warnings are counted per used row and kind", async () => {
    const { result } = await check(await derive({ "patients.csv": (t) => t.replaceAll(",male,", ", male,") }));
    expect(result.ok).toBe(true);
    expect(result.report.tables.patients).toMatchObject({
      rows_used: 8,
      flagged: [
        {
          reason: "surrounding-spaces",
          count: 4,
          rows: ["patients.csv:2", "patients.csv:3", "patients.csv:6", "patients.csv:8"]
        }
      ]
    });
    expect(result.report.counts).toMatchObject({ errors: 0, warnings: 4 });
  });

  test("checksums per file and for the whole extract (sha256sum format)", async () => {
    const { result } = await check(await derive());
    const { checksums } = result.report;
    expect(Object.keys(checksums.files).sort()).toEqual(["extract.json", ...tables.map((t) => `${t.name}.csv`)].sort());
    const { createHash } = await import("node:crypto");
    const sha = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");
    expect(checksums.files["units.csv"]).toBe(sha(await readFile(join(result.extractDir, "units.csv"))));
    const lines = Object.keys(checksums.files)
      .sort()
      .map((f) => `${checksums.files[f]}  ${f}\n`)
      .join("");
    expect(checksums.extract).toBe(sha(lines));
  });

  test("the same extract gives byte-identical data-quality.json and snapshot", async () => {
    const first = await check(await brokenExtract());
    const second = await check(await brokenExtract());
    for (const file of ["data-quality.json", "problems.csv", "tumours.csv", "snapshot.json"]) {
      const a = await readFile(join(first.result.snapshotDir!, file), "utf8");
      const b = await readFile(join(second.result.snapshotDir!, file), "utf8");
      expect(a, file).toBe(b);
    }
  });

  test("problems.csv lists every problem", async () => {
    const { result } = await check(await brokenExtract());
    const rows = parseCsv(await readFile(join(result.snapshotDir!, "problems.csv"), "utf8"));
    expect(rows[0].fields).toEqual(["severity", "kind", "table", "file", "line", "column", "message"]);
    const total = result.report.problems.reduce((n, p) => n + p.count, 0);
    expect(rows.length - 1).toBe(total);
    expect(rows.map((r) => r.fields.slice(0, 6).join("|"))).toContain(
      "error|conditional-required|tumours|tumours.csv|6|clinical_report_date"
    );
  });
});
