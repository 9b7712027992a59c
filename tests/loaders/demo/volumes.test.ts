import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meanTumoursPerYear, tumourCount } from "../../../loaders/demo/volumes.ts";
import { registryIds } from "../../../loaders/extract/registries.ts";
import { generateTemporaryDemo, type DemoExtract } from "./demoExtract.ts";

const years = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];

describe("tumourCount", () => {
  it("gives about 37,000 tumours a year at scale 1 with the brief's relative volumes", () => {
    const total = registryIds.reduce((sum, r) => sum + meanTumoursPerYear[r], 0);
    expect(total).toBe(37_000);
    for (const year of years) {
      const n = registryIds.reduce((sum, r) => sum + tumourCount(r, year, 1), 0);
      expect(n).toBeGreaterThan(34_000);
      expect(n).toBeLessThan(40_000);
    }
    // The ten-year mean per registry is the declared mean (the pandemic dip is a small net loss).
    for (const r of registryIds) {
      const mean = years.reduce((sum, y) => sum + tumourCount(r, y, 1), 0) / years.length;
      expect(Math.abs(mean / meanTumoursPerYear[r] - 1)).toBeLessThan(0.01);
    }
  });

  it("grows slightly over time, with fewer prostate and breast diagnoses in 2020", () => {
    for (const r of registryIds) expect(tumourCount(r, 2023, 1)).toBeGreaterThan(tumourCount(r, 2014, 1));
    expect(tumourCount("prostate", 2020, 1)).toBeLessThan(tumourCount("prostate", 2019, 1));
    expect(tumourCount("breast", 2020, 1)).toBeLessThan(tumourCount("breast", 2019, 1));
  });

  it("scales linearly", () => {
    expect(tumourCount("lung", 2018, 10)).toBeCloseTo(10 * tumourCount("lung", 2018, 1), -1);
    expect(tumourCount("childhood", 2018, 0.01)).toBe(2);
  });
});

describe("the generated volumes (scale 0.05)", () => {
  let demo: DemoExtract;
  beforeAll(async () => {
    demo = await generateTemporaryDemo(0.05, 3);
  });
  afterAll(() => demo?.remove());

  it("has exactly tumourCount tumours per registry and diagnosis year", () => {
    const counts = new Map<string, number>();
    for (const t of demo.table("tumours")) {
      const key = `${t.registry}|${t.diagnosis_date.slice(0, 4)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const r of registryIds)
      for (const y of years) expect(counts.get(`${r}|${y}`) ?? 0).toBe(tumourCount(r, y, 0.05));
  });

  it("has the sub-volumes of the brief within tolerance", () => {
    const tumours = demo.table("tumours");
    const perYear = (predicate: (icd: string, registry: string, histology: string) => boolean) =>
      tumours.filter((t) => predicate(t.icd10, t.registry, t.histology)).length / 10 / 0.05;
    const colon = perYear((icd) => icd.startsWith("C18"));
    const rectum = perYear((icd) => icd.startsWith("C20"));
    expect(colon / (colon + rectum)).toBeGreaterThan(0.65);
    expect(colon / (colon + rectum)).toBeLessThan(0.75);
    expect(perYear((_i, _r, h) => h === "myeloma")).toBeGreaterThan(420);
    expect(perYear((_i, _r, h) => h === "myeloma")).toBeLessThan(620);
    expect(perYear((icd) => icd.startsWith("C56"))).toBeGreaterThan(420);
    expect(perYear((icd) => icd.startsWith("C56"))).toBeLessThan(620);
    expect(perYear((icd, r) => r === "melanoma" && icd.startsWith("D03"))).toBeGreaterThan(1500);
    expect(perYear((icd, r) => r === "cns" && icd.startsWith("D"))).toBeGreaterThan(2000);
  });

  it("has realistic ages and sexes", () => {
    const patients = new Map(demo.table("patients").map((p) => [p.patient_id, p]));
    const ages: Record<string, number[]> = {};
    let prostateFemale = 0;
    let gynaecologicalMale = 0;
    let breastMale = 0;
    let breast = 0;
    for (const t of demo.table("tumours")) {
      const p = patients.get(t.patient_id)!;
      const age = (Date.parse(t.diagnosis_date) - Date.parse(p.birth_date)) / (365.25 * 86_400_000);
      (ages[t.registry] ??= []).push(age);
      if (t.registry === "prostate" && p.sex === "female") prostateFemale++;
      if (t.registry === "gynaecological" && p.sex === "male") gynaecologicalMale++;
      if (t.registry === "breast") {
        breast++;
        if (p.sex === "male") breastMale++;
      }
    }
    const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    expect(median(ages.prostate)).toBeGreaterThan(65);
    expect(median(ages.prostate)).toBeLessThan(74);
    expect(median(ages.lung)).toBeGreaterThan(66);
    expect(median(ages.breast)).toBeLessThan(66);
    expect(Math.max(...ages.childhood)).toBeLessThan(18);
    expect(Math.min(...ages.lung)).toBeGreaterThanOrEqual(18);
    expect(prostateFemale).toBe(0);
    expect(gynaecologicalMale).toBe(0);
    expect(breastMale / breast).toBeLessThan(0.02);
  });

  it("gives a few patients a second tumour, never in the childhood registry", () => {
    const tumours = demo.table("tumours");
    const perPatient = new Map<string, number>();
    for (const t of tumours) perPatient.set(t.patient_id, (perPatient.get(t.patient_id) ?? 0) + 1);
    const multiple = [...perPatient.values()].filter((n) => n > 1).length;
    expect(multiple / perPatient.size).toBeGreaterThan(0.002);
    expect(multiple / perPatient.size).toBeLessThan(0.03);
  });
});
