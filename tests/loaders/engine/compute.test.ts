/**
 * computeCatalogue end to end on a seeded extract with every registry: the output contract, byte-identical
 * reruns, and the explorer's promise — the indicator SQL run by DuckDB-WASM on cohort.arrow gives the
 * engine's numerators and denominators.
 */
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IndicatorMetadata } from "../../../loaders/engine/catalogueMetadata.ts";
import type { ResultRow } from "../../../loaders/output/resultTables.ts";
import { computeFixture, type FixtureResults } from "../../fixtures/engine/computeFixture.ts";
import { mixedExtract } from "../../fixtures/engine/mixedExtract.ts";
import { openWasmDuckDB, type WasmDatabase } from "../../fixtures/engine/wasmDuckDB.ts";

const agreedColumns = (
  "indicator, version, registry, period, period_start, period_end, " +
  "context, unit_id, unit_level, unit_name, unit_short_name, parent_id, " +
  "numerator, denominator, value, lower, upper, level, national_value, " +
  "z, z_adjusted, flag, funnel_adjustment, change, previous_value, " +
  "preliminary, coverage, low_coverage, suppressed, suppression_reason, " +
  "observed, expected, oe_ratio, oe_lower, oe_upper, adjusted_value"
).split(", ");

let first: FixtureResults;
let second: FixtureResults;
beforeAll(async () => {
  const builder = mixedExtract();
  first = await computeFixture(builder, undefined);
  second = await computeFixture(builder, undefined);
}, 120_000);
afterAll(async () => {
  await first?.cleanup();
  await second?.cleanup();
});

describe("computeCatalogue outputs", () => {
  it("writes every file of the contract", async () => {
    expect((await readdir(first.outDir)).sort()).toEqual(
      [
        "cohort-columns.json",
        "cohort-proms.arrow",
        "cohort.arrow",
        "curves.arrow",
        "curves.csv",
        "disclosure-entities.arrow",
        "disclosure-membership.arrow",
        "disclosure-relations.json",
        "funnels.json",
        "indicators.json",
        "manifest.json",
        "results.arrow",
        "results.csv",
        "units.json"
      ].sort()
    );
  });

  it("is byte-identical when computed twice", async () => {
    for (const name of await readdir(first.outDir)) {
      const a = await readFile(join(first.outDir, name));
      const b = await readFile(join(second.outDir, name));
      expect(a.equals(b), name).toBe(true);
    }
  });

  it("starts results with the agreed columns, in order, in both CSV and Arrow", async () => {
    const header = (await readFile(join(first.outDir, "results.csv"), "utf8")).split("\n")[0].split(",");
    expect(header.slice(0, agreedColumns.length)).toEqual(agreedColumns);
    const arrow = tableFromIPC(await readFile(join(first.outDir, "results.arrow")));
    expect(arrow.schema.fields.map((f) => f.name)).toEqual(header);
    expect(arrow.numRows).toBe(first.rows.length);
    const curves = (await readFile(join(first.outDir, "curves.csv"), "utf8")).split("\n")[0];
    expect(curves).toBe(
      "indicator,context,unit_id,unit_level,period,group,time,estimate,lower,upper,n_risk,suppressed"
    );
  });

  it("produces rows for every indicator, with valid codes", () => {
    const ids = new Set(first.rows.map((r) => r.indicator));
    expect(ids.size).toBe(first.summary.indicators);
    for (const row of first.rows) {
      expect(["hospital", "trust", "region", "nation"]).toContain(row.unit_level);
      expect([null, "high", "moderate", "low"]).toContain(row.level);
      expect([null, "alarm-high", "alarm-low", "alert-high", "alert-low"]).toContain(row.flag);
      // The results hide nothing: the public build decides (loaders/disclosure/).
      expect([row.suppressed, row.suppression_reason]).toEqual([false, null]);
      if (row.unit_level === "nation") expect([row.unit_id, row.parent_id]).toEqual(["nation", null]);
      if (row.type === "proportion" || row.type === "coverage")
        expect(row.value).toBeCloseTo(row.numerator! / row.denominator!, 12);
    }
  });

  it("sorts rows deterministically: indicator, period, context, group, level top down, unit", () => {
    const key = (r: ResultRow) => [
      r.indicator,
      r.period_end,
      r.period_start,
      r.context,
      r.group ?? "",
      { nation: 0, region: 1, trust: 2, hospital: 3 }[r.unit_level],
      r.unit_id
    ];
    for (let i = 1; i < first.rows.length; i++) {
      const a = key(first.rows[i - 1]);
      const b = key(first.rows[i]);
      const order = a.findIndex((x, k) => x !== b[k]);
      expect(order, `rows ${i - 1} and ${i}`).toBeGreaterThanOrEqual(0);
      expect(a[order] < b[order], `rows ${i - 1} and ${i}`).toBe(true);
    }
  });

  it("describes the hierarchy in units.json and the cohort files without identifiers or dates", async () => {
    const units = JSON.parse(await readFile(join(first.outDir, "units.json"), "utf8"));
    expect(units[0]).toEqual({ id: "nation", name: "Norge", short_name: "Norge", level: "nation", parent_id: null });
    expect(units.find((u: { id: string }) => u.id === "ha1a")).toEqual({
      id: "ha1a",
      name: "Hospital A1a",
      short_name: "A1a",
      level: "hospital",
      parent_id: "ta1"
    });
    const columns = JSON.parse(await readFile(join(first.outDir, "cohort-columns.json"), "utf8"));
    const names: string[] = columns.columns.cohort.map((c: { name: string }) => c.name);
    for (const banned of ["tumour_id", "patient_id", "birth_date", "diagnosis_date", "age_days"])
      expect(names).not.toContain(banned);
    expect(columns.columns.cohort.every((c: { type: string }) => c.type !== "DATE")).toBe(true);
    expect(columns.tables).toEqual({ cohort: "cohort.arrow", cohort_prom_scores: "cohort-proms.arrow" });
    const cohort = tableFromIPC(await readFile(join(first.outDir, "cohort.arrow")));
    expect(cohort.schema.fields.map((f) => f.name)).toEqual(names);
    expect(cohort.numRows).toBe(924);
    // cohort_row numbers the rows in file order.
    expect(
      cohort
        .getChild("cohort_row")!
        .toArray()
        .every((v: number, i: number) => v === i)
    ).toBe(true);
  });

  it("records provenance in manifest.json without anything time-dependent", async () => {
    const manifest = JSON.parse(await readFile(join(first.outDir, "manifest.json"), "utf8"));
    expect(manifest.extract.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.code.version).toBe(JSON.parse(await readFile("package.json", "utf8")).version);
    expect(manifest.indicators.find((i: { id: string }) => i.id === "breast-preoperative-diagnosis").versions).toEqual([
      "1",
      "2"
    ]);
    expect(Object.keys(manifest.files)).toContain("results.arrow");
    expect(Object.keys(manifest.files)).toContain("cohort.arrow");
    expect(manifest.files["cohort.arrow"]).toBe(
      createHash("sha256")
        .update(await readFile(join(first.outDir, "cohort.arrow")))
        .digest("hex")
    );
    expect(JSON.stringify(manifest)).not.toMatch(/T\d\d:\d\d/);
  });
});

describe("the explorer's SQL in DuckDB-WASM", () => {
  let wasm: WasmDatabase;
  let metadata: Record<string, IndicatorMetadata>;
  beforeAll(async () => {
    wasm = await openWasmDuckDB();
    // As the explorer does it, from cohort-columns.json.
    const description = JSON.parse(await readFile(join(first.outDir, "cohort-columns.json"), "utf8"));
    for (const [table, file] of Object.entries(description.tables))
      wasm.insertArrow(table, await readFile(join(first.outDir, file as string)));
    for (const statement of description.setup) wasm.query(statement);
    const viewColumns = wasm.query("DESCRIBE cohort_proms").map((r) => r.column_name);
    expect(viewColumns).toEqual(description.columns.cohort_proms.map((c: { name: string }) => c.name));
    metadata = JSON.parse(await readFile(join(first.outDir, "indicators.json"), "utf8"));
  }, 60_000);
  afterAll(() => wasm?.close());

  it("reproduces every numerator and denominator (and mean) of every indicator, period, context and level", () => {
    let compared = 0;
    for (const meta of Object.values(metadata)) {
      const rows = first.rows.filter((r) => r.indicator === meta.id);
      for (const version of meta.versions) {
        const periods = [
          ...new Map(rows.filter((r) => r.version === version.version).map((r) => [r.period, r])).values()
        ];
        if (periods.length === 0) continue;
        const sql = version.sql;
        const values = periods.map((r) => `('${r.period}', ${r.period_start}, ${r.period_end})`).join(", ");
        for (const context of meta.contexts) {
          const columns = meta.unitColumns[context];
          const lowest = columns.hospital ?? columns.trust;
          for (const level of ["hospital", "trust", "region", "nation"] as const) {
            const column = level === "nation" ? "'nation'" : columns[level];
            if (column === null) continue;
            const counted = sql.event !== null && sql.time === null;
            const select = [
              `${column} AS unit_id`,
              sql.group ? `(${sql.group})::VARCHAR AS grp` : "NULL::VARCHAR AS grp",
              counted ? `count(*) FILTER (WHERE ${sql.event})::INTEGER AS numerator` : "NULL::INTEGER AS numerator",
              "count(*)::INTEGER AS denominator",
              sql.value && meta.type === "mean-score" ? `avg(${sql.value})::DOUBLE AS mean` : "NULL::DOUBLE AS mean"
            ];
            const query = `SELECT p.period, ${select.join(", ")}
              FROM ${sql.view} JOIN (VALUES ${values}) p(period, first_year, last_year)
              ON ${sql.periodColumn} BETWEEN p.first_year AND p.last_year
              WHERE ${sql.where} AND ${lowest} IS NOT NULL GROUP BY ALL`;
            for (const got of wasm.query(query)) {
              const row = rows.find(
                (r) =>
                  r.period === got.period &&
                  r.context === context &&
                  r.unit_level === level &&
                  r.unit_id === got.unit_id &&
                  r.group === (got.grp ?? null)
              );
              expect(row, `${meta.id} ${got.period} ${context} ${level} ${got.unit_id}`).toBeDefined();
              expect(row!.denominator, `${meta.id} ${got.period} ${context} ${got.unit_id}`).toBe(got.denominator);
              if (counted)
                expect(row!.numerator, `${meta.id} ${got.period} ${context} ${got.unit_id}`).toBe(got.numerator);
              if (meta.type === "mean-score") expect(row!.value!).toBeCloseTo(got.mean as number, 9);
              compared++;
            }
            // And nothing the engine published is missing in the browser.
            const published = rows.filter(
              (r) => r.version === version.version && r.context === context && r.unit_level === level
            ).length;
            const seen = wasm.query(query).length;
            expect(seen, `${meta.id} v${version.version} ${context} ${level}`).toBe(published);
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it("loads results.arrow and curves.arrow too", async () => {
    wasm.insertArrow("results", await readFile(join(first.outDir, "results.arrow")));
    wasm.insertArrow("curves", await readFile(join(first.outDir, "curves.arrow")));
    expect(wasm.query("SELECT count(*)::INTEGER AS n FROM results")[0].n).toBe(first.rows.length);
    expect(wasm.query("SELECT count(*)::INTEGER AS n FROM curves")[0].n).toBe(first.curves.length);
    const nation = wasm.query("SELECT unit_name, suppressed FROM results WHERE unit_id = 'nation' LIMIT 1")[0];
    expect(nation.unit_name).toBe("Norge");
    expect(typeof nation.suppressed).toBe("boolean");
  });

  it("runs each indicator's example query unchanged", () => {
    for (const meta of Object.values(metadata)) {
      expect(() => wasm.query(meta.sql.example), meta.id).not.toThrow();
    }
  });
});

describe("computeCatalogue on an extract with errors", () => {
  it("refuses it, and computes from the usable rows with dropInvalid", async () => {
    const { appendFile, mkdtemp, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { ExtractBuilder } = await import("../../fixtures/engine/extractBuilder.ts");
    const { computeCatalogue } = await import("../../../loaders/engine/compute.ts");
    const root = await mkdtemp(join(tmpdir(), "qi-invalid-"));
    try {
      const b = new ExtractBuilder();
      b.many(6, "ok-", { registry: "lung", diagnosisDate: "2020-03-01" });
      const dir = await b.write(join(root, "extract"));
      // A tumour of an unknown patient: an error in tumours.csv.
      await appendFile(join(dir, "tumours.csv"), "bad-1,P-nobody,lung,C34.1,2020-03-01,0101,II,histology,ha1a,0,,,,\n");
      const options = {
        extractDir: dir,
        outDir: join(root, "out"),
        indicators: ["lung-curative-treatment"],
        validation: { snapshotDir: join(root, "snapshot") }
      };
      await expect(computeCatalogue(options)).rejects.toThrow(/--drop-invalid/);
      const summary = await computeCatalogue({ ...options, dropInvalid: true });
      expect(summary.rows).toBeGreaterThan(0);
      const manifest = JSON.parse(await readFile(join(root, "out", "manifest.json"), "utf8"));
      expect(manifest.extract.ok).toBe(false);
      expect(manifest.extract.counts.rows_excluded).toBeGreaterThan(0);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
