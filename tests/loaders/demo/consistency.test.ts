/**
 * Internal consistency of a generated demo extract, checked from the CSVs alone (independently of the
 * validator in loaders/extract/): cell types and codes from tables.ts, keys, references, the order of
 * every patient's dates, registry-specific columns, the clinical report and its date.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_EXTRACT_DATE } from "../../../loaders/demo/generate.ts";
import { registries } from "../../../loaders/extract/registries.ts";
import { tables, type ColumnSpec } from "../../../loaders/extract/tables.ts";
import {
  daysBetween,
  generateTemporaryDemo,
  groupBy,
  indexBy,
  residenceTrusts,
  type DemoExtract,
  type Row
} from "./demoExtract.ts";

const cellPattern: Partial<Record<ColumnSpec["type"], RegExp>> = {
  id: /^[A-Za-z0-9._-]{1,64}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
  flag: /^[01]$/,
  municipality: /^\d{4}$/,
  icd10: /^[A-Z]\d{2}(\.\d{1,2})?$/
};

/** Every problem found, as "table line column: what" (an empty list is a pass). */
function cellProblems(demo: DemoExtract): string[] {
  const problems: string[] = [];
  for (const spec of tables) {
    const rows = demo.table(spec.name);
    const keys = new Set<string>();
    rows.forEach((row, i) => {
      const where = `${spec.name}.csv:${i + 2}`;
      for (const column of spec.columns) {
        const value = row[column.name];
        if (value === "") {
          if (column.required) problems.push(`${where} ${column.name}: missing`);
          continue;
        }
        const pattern = cellPattern[column.type];
        if (pattern && !pattern.test(value)) problems.push(`${where} ${column.name}: ${value} is not a ${column.type}`);
        if (column.codes && !(value in column.codes)) problems.push(`${where} ${column.name}: unknown code ${value}`);
        if (column.min !== undefined && Number(value) < column.min)
          problems.push(`${where} ${column.name}: ${value} < ${column.min}`);
        if (column.max !== undefined && Number(value) > column.max)
          problems.push(`${where} ${column.name}: ${value} > ${column.max}`);
        if (column.type === "date" && Number.isNaN(Date.parse(value)))
          problems.push(`${where} ${column.name}: impossible date ${value}`);
      }
      const key = spec.key.map((k) => row[k]).join("|");
      if (keys.has(key)) problems.push(`${where}: duplicate key ${key}`);
      keys.add(key);
    });
  }
  return problems;
}

function referenceProblems(demo: DemoExtract): string[] {
  const problems: string[] = [];
  for (const spec of tables) {
    for (const column of spec.columns) {
      if (!column.references) continue;
      const target = new Set(demo.table(column.references.table).map((r) => r[column.references!.column]));
      demo.table(spec.name).forEach((row, i) => {
        const value = row[column.name];
        if (value !== "" && !target.has(value))
          problems.push(`${spec.name}.csv:${i + 2} ${column.name}: ${value} not in ${column.references!.table}`);
      });
    }
  }
  return problems;
}

describe("a generated demo extract (scale 0.05)", () => {
  let demo: DemoExtract;
  let patients: Map<string, Row>;
  let tumours: Map<string, Row>;
  beforeAll(async () => {
    demo = await generateTemporaryDemo(0.05, 5);
    patients = indexBy(demo.table("patients"), "patient_id");
    tumours = indexBy(demo.table("tumours"), "tumour_id");
  });
  afterAll(() => demo?.remove());

  it("has valid cells: types, codes, ranges, required values and unique keys", () => {
    expect(cellProblems(demo)).toEqual([]);
  });

  it("has only valid references between tables", () => {
    expect(referenceProblems(demo)).toEqual([]);
  });

  it("has a unit hierarchy of regions, trusts and hospitals, and units of the right level in every reference", () => {
    const units = indexBy(demo.table("units"), "unit_id");
    const levelOf = (id: string) => units.get(id)?.level;
    for (const u of units.values()) {
      const parentLevel = { region: undefined, trust: "region", hospital: "trust" }[
        u.level as "region" | "trust" | "hospital"
      ];
      expect(u.parent_id === "" ? undefined : levelOf(u.parent_id), u.unit_id).toBe(parentLevel);
    }
    expect([...units.values()].filter((u) => u.level === "region")).toHaveLength(4);
    expect([...units.values()].filter((u) => u.level === "trust").length).toBeGreaterThanOrEqual(19);
    for (const c of demo.table("catchment")) expect(levelOf(c.trust_id)).toBe("trust");
    for (const t of demo.table("tumours")) expect(levelOf(t.diagnosing_unit)).toBe("hospital");
    for (const name of ["workup", "surgery", "radiotherapy", "systemic"] as const) {
      for (const r of demo.table(name)) expect(levelOf(r.unit_id)).toBe("hospital");
    }
  });

  it("attributes every tumour to exactly one catchment period, and every trust has a catchment", () => {
    const byMunicipality = groupBy(demo.table("catchment"), "municipality");
    for (const t of tumours.values()) {
      const covering = (byMunicipality.get(t.municipality) ?? []).filter(
        (c) => c.valid_from <= t.diagnosis_date && (c.valid_to === "" || t.diagnosis_date <= c.valid_to)
      );
      expect(covering, t.tumour_id).toHaveLength(1);
    }
    const trusts = demo
      .table("units")
      .filter((u) => u.level === "trust")
      .map((u) => u.unit_id);
    const withCatchment = new Set(demo.table("catchment").map((c) => c.trust_id));
    for (const trust of trusts) expect(withCatchment.has(trust), trust).toBe(true);
  });

  it("moves the Kongsvinger area from Sykehuset Innlandet to Ahus on 1 January 2019", () => {
    const periods = demo.table("catchment").filter((c) => c.municipality === "3401");
    expect(periods.map((p) => [p.trust_id, p.valid_from, p.valid_to])).toEqual([
      ["sykehuset-innlandet", "2002-01-01", "2018-12-31"],
      ["ahus", "2019-01-01", ""]
    ]);
    const residence = residenceTrusts(demo);
    const kongsvinger = [...tumours.values()].filter((t) => t.municipality === "3401");
    expect(kongsvinger.length).toBeGreaterThan(10);
    for (const t of kongsvinger)
      expect(residence.get(t.tumour_id)).toBe(t.diagnosis_date < "2019-01-01" ? "sykehuset-innlandet" : "ahus");
  });

  it(
    "keeps every patient's dates in order: birth, diagnosis, events, then " +
      "death or emigration, by the extract date",
    () => {
      const end = (p: Row) => [p.death_date, p.emigration_date, DEMO_EXTRACT_DATE].filter((d) => d !== "").sort()[0];
      for (const p of patients.values()) {
        expect(p.birth_date < (p.death_date || "9999")).toBe(true);
        expect(p.death_date === "" || p.emigration_date === "", `${p.patient_id} both died and emigrated`).toBe(true);
        expect(end(p) <= DEMO_EXTRACT_DATE).toBe(true);
      }
      for (const t of tumours.values()) {
        const p = patients.get(t.patient_id)!;
        expect(t.diagnosis_date >= "2014-01-01" && t.diagnosis_date <= "2023-12-31").toBe(true);
        expect(t.diagnosis_date > p.birth_date).toBe(true);
        expect(t.diagnosis_date <= end(p)).toBe(true);
      }
      const eventDates: [string, string][] = [
        ["surgery", "surgery_date"],
        ["radiotherapy", "start_date"],
        ["systemic", "start_date"],
        ["recurrence", "recurrence_date"],
        ["proms", "response_date"],
        ["workup", "decision_date"]
      ];
      for (const [table, column] of eventDates) {
        for (const r of demo.table(table as "surgery")) {
          const t = tumours.get(r.tumour_id)!;
          const p = patients.get(t.patient_id)!;
          expect(r[column] >= t.diagnosis_date, `${table} ${r[column]} before diagnosis ${t.diagnosis_date}`).toBe(
            true
          );
          expect(r[column] <= end(p), `${table} ${r[column]} after the end of follow-up`).toBe(true);
        }
      }
      for (const w of demo.table("workup")) {
        const t = tumours.get(w.tumour_id)!;
        if (w.referral_date !== "") {
          expect(w.referral_date <= w.decision_date).toBe(true);
          expect(daysBetween(w.referral_date, t.diagnosis_date)).toBeLessThanOrEqual(90);
        }
      }
    }
  );

  it("dates surgery after a neoadjuvant course, and recurrences after the first curative treatment", () => {
    const firstSurgery = new Map<string, string>();
    for (const s of demo.table("surgery"))
      if (!firstSurgery.has(s.tumour_id) || s.surgery_date < firstSurgery.get(s.tumour_id)!)
        firstSurgery.set(s.tumour_id, s.surgery_date);
    for (const r of demo.table("radiotherapy")) {
      if (r.setting === "neoadjuvant" && firstSurgery.has(r.tumour_id))
        expect(r.start_date <= firstSurgery.get(r.tumour_id)!).toBe(true);
    }
    const curative = new Map<string, string>();
    const note = (id: string, date: string) => {
      if (!curative.has(id) || date < curative.get(id)!) curative.set(id, date);
    };
    for (const s of demo.table("surgery")) note(s.tumour_id, s.surgery_date);
    for (const r of demo.table("radiotherapy")) if (r.intent === "curative") note(r.tumour_id, r.start_date);
    for (const r of demo.table("systemic")) if (r.intent === "curative") note(r.tumour_id, r.start_date);
    for (const r of demo.table("recurrence")) {
      expect(curative.has(r.tumour_id)).toBe(true);
      expect(r.recurrence_date > curative.get(r.tumour_id)!).toBe(true);
    }
  });

  it("reports a workup exactly for the tumours whose clinical report arrived, with its date", () => {
    const workups = new Set(demo.table("workup").map((w) => w.tumour_id));
    for (const t of tumours.values()) {
      expect(
        t.clinical_report === "1" ? t.clinical_report_date !== "" : t.clinical_report_date === "",
        t.tumour_id
      ).toBe(true);
      expect(workups.has(t.tumour_id)).toBe(t.clinical_report === "1");
      if (t.clinical_report === "1")
        expect(t.clinical_report_date <= DEMO_EXTRACT_DATE && t.clinical_report_date >= t.diagnosis_date).toBe(true);
    }
    // ASA and margin come from the surgery form: empty when the report is missing.
    for (const s of demo.table("surgery"))
      if (tumours.get(s.tumour_id)!.clinical_report === "0") expect(s.asa + s.margin).toBe("");
  });

  it("uses ICD-10 codes of the tumour's registry, children under 18 in the childhood registry", () => {
    const codes = new Map<string, readonly string[]>(registries.map((r) => [r.id, r.icd10]));
    for (const t of tumours.values()) {
      const allowed = codes.get(t.registry)!;
      if (allowed.length > 0) expect(allowed, `${t.tumour_id} ${t.icd10}`).toContain(t.icd10.slice(0, 3));
      if (t.registry === "childhood") {
        const p = patients.get(t.patient_id)!;
        const birthday18 = `${Number(p.birth_date.slice(0, 4)) + 18}${p.birth_date.slice(4)}`;
        expect(t.diagnosis_date < birthday18).toBe(true);
      }
    }
  });

  it("fills registry-specific columns only for their registries", () => {
    for (const spec of tables) {
      for (const column of spec.columns.filter((c) => c.registries)) {
        for (const row of demo.table(spec.name)) {
          if (row[column.name] === "") continue;
          const registry = spec.name === "tumours" ? row.registry : tumours.get(row.tumour_id)!.registry;
          expect(column.registries, `${spec.name}.${column.name} for ${registry}`).toContain(registry);
        }
      }
    }
    // PET-CT is a lung variable.
    for (const w of demo.table("workup")) if (w.pet_ct !== "") expect(tumours.get(w.tumour_id)!.registry).toBe("lung");
  });

  it("links each questionnaire to the tumour's own patient, with a baseline before any treatment", () => {
    const firstTreatment = new Map<string, string>();
    for (const [table, column] of [
      ["surgery", "surgery_date"],
      ["radiotherapy", "start_date"],
      ["systemic", "start_date"]
    ] as const) {
      for (const r of demo.table(table))
        if (!firstTreatment.has(r.tumour_id) || r[column] < firstTreatment.get(r.tumour_id)!)
          firstTreatment.set(r.tumour_id, r[column]);
    }
    for (const q of demo.table("proms")) {
      expect(tumours.get(q.tumour_id)!.patient_id).toBe(q.patient_id);
      if (q.timepoint === "baseline" && firstTreatment.has(q.tumour_id))
        expect(q.response_date < firstTreatment.get(q.tumour_id)!).toBe(true);
    }
  });

  it("writes a complete life table 2000–2024, ages 0–100, with mortality rising with age and falling over time", () => {
    const rows = demo.table("lifetable");
    expect(rows).toHaveLength(25 * 2 * 101);
    const qx = (year: number, sex: string, age: number) =>
      Number(rows.find((r) => r.year === String(year) && r.sex === sex && r.age === String(age))!.qx);
    expect(qx(2020, "male", 80)).toBeGreaterThan(qx(2020, "male", 60));
    expect(qx(2020, "male", 70)).toBeGreaterThan(qx(2020, "female", 70));
    expect(qx(2024, "female", 75)).toBeLessThan(qx(2000, "female", 75));
    expect(qx(2020, "male", 0)).toBeGreaterThan(qx(2020, "male", 5));
  });
});
