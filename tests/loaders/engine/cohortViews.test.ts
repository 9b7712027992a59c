/** The cohort views' derived columns, checked on crafted tumours; and every column is documented. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DuckDBConnection } from "@duckdb/node-api";
import { cohortColumns, createCohortViews, exportedColumns, promColumns } from "../../../loaders/engine/cohortViews.ts";
import { openDuckDB, queryRows } from "../../../loaders/duckdb.ts";
import { loadExtractIntoDuckDB } from "../../../loaders/extract/loadIntoDuckDB.ts";
import { defineIndicator } from "../../../loaders/engine/defineIndicator.ts";
import { ExtractBuilder } from "../../fixtures/engine/extractBuilder.ts";

let root: string;
let connection: DuckDBConnection;
let rows: Map<string, Record<string, unknown>>;

beforeAll(async () => {
  const b = new ExtractBuilder();
  // Born 1950-06-15, diagnosed the day before the 70th birthday: age 69.
  b.tumour({ id: "age", registry: "lung", diagnosisDate: "2020-06-14", birthDate: "1950-06-15" });
  // On the birthday: 70.
  b.tumour({ id: "birthday", registry: "lung", diagnosisDate: "2020-06-15", birthDate: "1950-06-15" });
  // Municipality 0102 moves from ta2 to ta1 on 2021-01-01.
  b.tumour({ id: "before", registry: "lung", diagnosisDate: "2020-12-31", municipality: "0102" });
  b.tumour({ id: "after", registry: "lung", diagnosisDate: "2021-01-01", municipality: "0102" });
  // Surgery and radiotherapy on the same day: surgery is first; a re-operation later; death 30 days after surgery.
  b.tumour({
    id: "treated",
    registry: "breast",
    diagnosisDate: "2020-03-01",
    sizeMm: 25,
    workup: { referralDate: "2020-02-10", mdt: true },
    surgery: [
      { unit: "ha1b", date: "2020-04-01", procedure: "breast-conserving", asa: 3, margin: "r1" },
      { unit: "ha1a", date: "2020-05-01", procedure: "re-excision", margin: "r0" }
    ],
    radiotherapy: [{ unit: "hb1a", date: "2020-04-01", intent: "curative", setting: "adjuvant" }],
    deathDate: "2020-05-01"
  });
  // Emigrated 2022-01-01: follow-up ends there; the local recurrence after emigration is not seen.
  b.tumour({
    id: "emigrated",
    registry: "colorectal",
    icd10: "C20",
    diagnosisDate: "2020-01-10",
    emigrationDate: "2022-01-01",
    surgery: [{ unit: "ha2", date: "2020-02-01", procedure: "anterior-resection" }],
    recurrence: [{ date: "2022-06-01", type: "local" }]
  });
  // Died on the day of emigration; a local recurrence found on the day of death (docs/methods.md#cumulative-incidence).
  b.tumour({
    id: "died-emigrating",
    registry: "colorectal",
    icd10: "C20",
    diagnosisDate: "2020-01-10",
    emigrationDate: "2021-03-01",
    deathDate: "2021-03-01",
    surgery: [{ unit: "ha2", date: "2020-02-01", procedure: "anterior-resection" }],
    recurrence: [{ date: "2021-03-01", type: "local" }]
  });
  // No workup report, no treatment.
  b.tumour({ id: "untreated", registry: "lung", diagnosisDate: "2020-02-01", workup: null });
  root = await mkdtemp(join(tmpdir(), "qi-cohort-"));
  const dir = await b.write(join(root, "extract"));
  connection = await openDuckDB();
  await loadExtractIntoDuckDB(connection, dir, { snapshotDir: join(root, "snapshot") });
  await createCohortViews(connection, { extractDate: "2025-06-30" });
  rows = new Map((await queryRows(connection, "SELECT * FROM cohort")).map((r) => [String(r.tumour_id), r]));
});
afterAll(async () => {
  connection?.closeSync();
  await rm(root, { recursive: true, force: true });
});

describe("cohort view", () => {
  it("is the same, row for row and in the same order, when built in steps of two tumours", async () => {
    const inOneQuery = await queryRows(connection, "SELECT * FROM cohort");
    await createCohortViews(connection, { extractDate: "2025-06-30", stepRows: 2 });
    const inSteps = await queryRows(connection, "SELECT * FROM cohort");
    // Enough tumours for several steps of two.
    expect(inOneQuery.length).toBeGreaterThan(4);
    expect(inSteps).toEqual(inOneQuery);
    const tables = await queryRows(connection, "SELECT table_name FROM duckdb_tables() WHERE temporary");
    expect(tables).toEqual([]);
  });

  it("has exactly the declared columns", async () => {
    const described = await queryRows(connection, "DESCRIBE cohort");
    expect(described.map((d) => d.column_name)).toEqual(cohortColumns.map((c) => c.name));
    expect(described.map((d) => d.column_type)).toEqual(cohortColumns.map((c) => c.type));
  });

  it("gives age in completed years", () => {
    expect(rows.get("age")!.age).toBe(69);
    expect(rows.get("birthday")!.age).toBe(70);
    expect(rows.get("birthday")!.age_group).toBe("70-79");
  });

  it("attributes residence by the catchment valid on the diagnosis date", () => {
    expect(rows.get("before")).toMatchObject({ residence_trust_id: "ta2", residence_region_id: "ra" });
    expect(rows.get("after")).toMatchObject({ residence_trust_id: "ta1", residence_region_id: "ra" });
  });

  it("summarises treatment: first treatment (surgery before radiotherapy on a tie), operations, margins, days", () => {
    expect(rows.get("treated")).toMatchObject({
      treated: true,
      first_treatment: "surgery",
      treating_hospital_id: "ha1b",
      treating_trust_id: "ta1",
      operating_hospital_id: "ha1b",
      n_operations: 2,
      first_surgery_procedure: "breast-conserving",
      first_surgery_asa: 3,
      first_surgery_margin: "r1",
      last_surgery_procedure: "re-excision",
      last_surgery_margin: "r0",
      days_referral_to_treatment: 51,
      days_diagnosis_to_treatment: 31,
      curative_treatment: true,
      primary_treatment: "surgery",
      rt_curative: true,
      dead: true,
      days_surgery_to_death: 30,
      days_surgery_to_end: 30,
      followup_days: 61
    });
  });

  it("counts a death on the day of emigration as a death, and a recurrence on the last day of follow-up", () => {
    // docs/methods.md#cumulative-incidence: the recurrence is the event (cause 1), at day 394 after surgery.
    expect(rows.get("died-emigrating")).toMatchObject({
      dead: true,
      emigrated: false,
      local_recurrence: true,
      days_surgery_to_local_recurrence: 394,
      days_surgery_to_end: 394
    });
  });

  it("ends follow-up at emigration and ignores later events", () => {
    expect(rows.get("emigrated")).toMatchObject({
      dead: false,
      emigrated: true,
      followup_days: 722,
      local_recurrence: false,
      days_surgery_to_local_recurrence: null,
      days_surgery_to_end: 700
    });
  });

  it("leaves workup flags NULL without a workup report and units NULL without treatment", () => {
    expect(rows.get("untreated")).toMatchObject({
      workup: false,
      mdt: null,
      treated: false,
      treating_hospital_id: null,
      operated: false,
      n_operations: 0
    });
    expect(rows.get("untreated")!.dead).toBe(false);
    expect(rows.get("untreated")!.followup_days).toBe(1976);
  });
});

describe("cohort documentation and SQL rules", () => {
  it("documents every column in docs/cohort-views.md", async () => {
    const doc = await readFile("docs/cohort-views.md", "utf8");
    for (const c of [...cohortColumns, ...promColumns]) expect(doc, c.name).toContain(`\`${c.name}\``);
  });

  it("exports no engine-only column, and definitions may not use them", () => {
    const exported = [...exportedColumns("cohort"), ...exportedColumns("cohort_prom_scores")].map((c) => c.name);
    for (const c of cohortColumns.filter((x) => x.internal)) expect(exported).not.toContain(c.name);
    expect(() =>
      defineIndicator({
        id: "lung-x",
        registry: "lung",
        type: "proportion",
        title: { nb: "x", en: "x" },
        shortDescription: { nb: "x", en: "x" },
        longDescription: { nb: "x", en: "x" },
        population: "diagnosis_date >= DATE '2020-01-01'",
        event: "TRUE",
        contexts: ["residence"],
        period: "year",
        format: ".0%",
        versions: [{ version: 1, validFrom: 2014, validTo: null, target: null }]
      })
    ).toThrow(/field "population": SQL must not use diagnosis_date/);
  });
});
