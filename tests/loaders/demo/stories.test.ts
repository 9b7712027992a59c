/**
 * The planted stories (loaders/demo/stories.ts, docs/demo-data.md), computed directly from the CSVs of a
 * national-size demo (scale 1) the way the indicators define them, within tolerances.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  daysBetween,
  generateTemporaryDemo,
  groupBy,
  indexBy,
  residenceTrusts,
  share,
  type DemoExtract,
  type Row
} from "./demoExtract.ts";

function rate<T>(items: T[], predicate: (item: T) => boolean): number {
  return share(items.filter(predicate).length, items.length);
}

describe("the planted stories (scale 1)", () => {
  let demo: DemoExtract;
  let tumours: Row[];
  let patients: Map<string, Row>;
  let workup: Map<string, Row>;
  let surgeries: Map<string, Row[]>;
  let courses: Map<string, Row[]>;
  let systemic: Map<string, Row[]>;
  let residence: Map<string, string>;
  /** First operation of each tumour. */
  let firstSurgery: Map<string, Row>;

  beforeAll(async () => {
    demo = await generateTemporaryDemo(1, 1);
    tumours = demo.table("tumours");
    patients = indexBy(demo.table("patients"), "patient_id");
    workup = indexBy(demo.table("workup"), "tumour_id");
    surgeries = groupBy(demo.table("surgery"), "tumour_id");
    courses = groupBy(demo.table("radiotherapy"), "tumour_id");
    systemic = groupBy(demo.table("systemic"), "tumour_id");
    residence = residenceTrusts(demo);
    firstSurgery = new Map();
    for (const [id, list] of surgeries)
      firstSurgery.set(
        id,
        list
          .slice()
          .sort((a, b) => a.surgery_date.localeCompare(b.surgery_date) || a.surgery_id.localeCompare(b.surgery_id))[0]
      );
  }, 120_000);
  afterAll(() => demo?.remove());

  const diedWithin = (t: Row, from: string, days: number) => {
    const death = patients.get(t.patient_id)!.death_date;
    return death !== "" && daysBetween(from, death) <= days;
  };
  const operated = (procedures: string[]) =>
    tumours.filter(
      (t) => firstSurgery.has(t.tumour_id) && procedures.includes(firstSurgery.get(t.tumour_id)!.procedure)
    );

  it(
    "1. low-risk prostate cancer treated radically in UNN's catchment " + "falls from ≈ 23 % (2017) to ≈ 9 % (2020)",
    () => {
      const radical = (t: Row) =>
        (surgeries.get(t.tumour_id) ?? []).some((s) => s.procedure === "radical-prostatectomy") ||
        (courses.get(t.tumour_id) ?? []).some((c) => c.intent === "curative");
      const lowRisk = tumours.filter((t) => t.registry === "prostate" && workup.get(t.tumour_id)?.risk_group === "low");
      const byTrustYear = groupBy(
        lowRisk.map((t) => ({ ...t, key: `${residence.get(t.tumour_id)}|${t.diagnosis_date.slice(0, 4)}` })),
        "key"
      );
      const unn = (year: number) => rate(byTrustYear.get(`unn|${year}`) ?? [], radical);
      expect(unn(2017)).toBeGreaterThan(0.18);
      expect(unn(2017)).toBeLessThan(0.28);
      expect(unn(2020)).toBeGreaterThan(0.04);
      expect(unn(2020)).toBeLessThan(0.14);
      // The other trusts stay within about 10–30 % (where they have enough cases to say so).
      for (const year of [2017, 2020]) {
        for (const [key, list] of byTrustYear) {
          if (!key.endsWith(`|${year}`) || key.startsWith("unn|") || list.length < 15) continue;
          expect(rate(list, radical), key).toBeGreaterThan(0.07);
          expect(rate(list, radical), key).toBeLessThan(0.33);
        }
      }
    }
  );

  it(
    "2. fewer curatively treated lung cancers among residents of Telemark " +
      "and Innlandet than of Oslo; national ≈ 35–38 %",
    () => {
      const curative = (t: Row) =>
        surgeries.has(t.tumour_id) ||
        (courses.get(t.tumour_id) ?? []).some((c) => c.intent === "curative") ||
        (systemic.get(t.tumour_id) ?? []).some((c) => c.intent === "curative");
      const lung = tumours.filter((t) => t.registry === "lung" && t.basis !== "dco");
      const byTrust = (trust: string) =>
        rate(
          lung.filter((t) => residence.get(t.tumour_id) === trust),
          curative
        );
      const national = rate(lung, curative);
      expect(national).toBeGreaterThan(0.35);
      expect(national).toBeLessThan(0.39);
      expect(byTrust("ous")).toBeGreaterThan(0.39);
      for (const trust of ["sthf", "sykehuset-innlandet"]) {
        expect(byTrust(trust), trust).toBeLessThan(0.33);
        expect(byTrust("ous") - byTrust(trust), trust).toBeGreaterThan(0.08);
      }
    }
  );

  it("3. myeloma diagnosed by biopsy varies widely between hospitals in 2018 and converges by 2022", () => {
    const myeloma = tumours.filter((t) => t.histology === "myeloma");
    const byHospital = (year: string) => {
      const groups = groupBy(
        myeloma.filter((t) => t.diagnosis_date.startsWith(year)),
        "diagnosing_unit"
      );
      return [...groups.values()]
        .filter((list) => list.length >= 10)
        .map((list) => rate(list, (t) => t.basis === "histology"));
    };
    const y2018 = byHospital("2018");
    const y2022 = byHospital("2022");
    expect(y2018.length).toBeGreaterThan(8);
    expect(Math.min(...y2018)).toBeLessThan(0.75);
    expect(Math.max(...y2018)).toBeGreaterThan(0.95);
    expect(Math.min(...y2022)).toBeGreaterThan(0.8);
    expect(y2022.filter((r) => r >= 0.9).length / y2022.length).toBeGreaterThan(0.7);
    expect(
      rate(
        myeloma.filter((t) => t.diagnosis_date.startsWith("2022")),
        (t) => t.basis === "histology"
      )
    ).toBeGreaterThan(0.9);
  });

  it("4a. one hospital has clearly high 30-day mortality after lung resection", () => {
    const resections = operated(["lobectomy", "pneumonectomy", "sublobar-resection"]);
    const died = (t: Row) => diedWithin(t, firstSurgery.get(t.tumour_id)!.surgery_date, 30);
    const alesund = resections.filter((t) => firstSurgery.get(t.tumour_id)!.unit_id === "hmr-alesund");
    const others = resections.filter((t) => firstSurgery.get(t.tumour_id)!.unit_id !== "hmr-alesund");
    expect(rate(others, died)).toBeGreaterThan(0.005);
    expect(rate(others, died)).toBeLessThan(0.02);
    expect(rate(alesund, died)).toBeGreaterThan(0.045);
  });

  it("4b. one hospital has a low laparoscopy rate in colon surgery", () => {
    const colon = operated(["colectomy"]).filter((t) => t.icd10.startsWith("C18"));
    const minimallyInvasive = (t: Row) => firstSurgery.get(t.tumour_id)!.approach !== "open";
    const haugesund = colon.filter((t) => firstSurgery.get(t.tumour_id)!.unit_id === "fonna-haugesund");
    expect(rate(colon, minimallyInvasive)).toBeGreaterThan(0.5);
    expect(rate(haugesund, minimallyInvasive)).toBeLessThan(0.3);
  });

  it("4c. clinical-report coverage is under 60 % at two hospitals and lower for the last, preliminary year", () => {
    const settled = tumours.filter((t) => t.diagnosis_date < "2023-01-01");
    const coverage = (list: Row[]) => rate(list, (t) => t.clinical_report === "1");
    const byHospital = groupBy(settled, "diagnosing_unit");
    expect(coverage(byHospital.get("hsyk-mo-i-rana")!)).toBeLessThan(0.6);
    expect(coverage(byHospital.get("vv-ringerike")!)).toBeLessThan(0.6);
    const low = [...byHospital.entries()].filter(([, list]) => coverage(list) < 0.6).map(([id]) => id);
    expect(low.sort()).toEqual(["hsyk-mo-i-rana", "vv-ringerike"]);
    const year = (y: string) => coverage(tumours.filter((t) => t.diagnosis_date.startsWith(y)));
    expect(year("2021")).toBeGreaterThan(0.9);
    expect(year("2021") - year("2023")).toBeGreaterThan(0.04);
  });

  it("4d. some units have fewer than 5 cases a year for some indicators (childhood by residence)", () => {
    const childhood = tumours.filter((t) => t.registry === "childhood" && t.diagnosis_date.startsWith("2020"));
    const perTrust = groupBy(
      childhood.map((t) => ({ ...t, trust: residence.get(t.tumour_id)! })),
      "trust"
    );
    expect([...perTrust.values()].some((list) => list.length < 5)).toBe(true);
  });

  it(
    "5. breast-conserving surgery for tumours ≤ 30 mm ≈ 75–85 % with " +
      "spread between hospitals; one operation ≈ 90 %",
    () => {
      const breast = operated(["breast-conserving", "mastectomy"]).filter((t) => t.registry === "breast");
      const conserved = (t: Row) => {
        const list = surgeries.get(t.tumour_id)!;
        return (
          firstSurgery.get(t.tumour_id)!.procedure === "breast-conserving" &&
          !list.some((s) => s.procedure === "mastectomy")
        );
      };
      const small = breast.filter((t) => t.tumour_size_mm !== "" && Number(t.tumour_size_mm) <= 30);
      expect(rate(small, conserved)).toBeGreaterThan(0.72);
      expect(rate(small, conserved)).toBeLessThan(0.86);
      const byHospital = [
        ...groupBy(
          small.map((t) => ({ ...t, unit: firstSurgery.get(t.tumour_id)!.unit_id })),
          "unit"
        ).values()
      ]
        .filter((list) => list.length >= 200)
        .map((list) => rate(list, conserved));
      expect(Math.max(...byHospital) - Math.min(...byHospital)).toBeGreaterThan(0.08);
      expect(rate(breast, (t) => surgeries.get(t.tumour_id)!.length === 1)).toBeGreaterThan(0.86);
      expect(rate(breast, (t) => surgeries.get(t.tumour_id)!.length === 1)).toBeLessThan(0.95);
    }
  );

  it("5. colon 100-day mortality ≈ 2–4 %; rectal preoperative radiotherapy 20–40 % with units outside", () => {
    const colon = operated(["colectomy"]).filter((t) => t.icd10.startsWith("C18"));
    const mortality = rate(colon, (t) => diedWithin(t, firstSurgery.get(t.tumour_id)!.surgery_date, 100));
    expect(mortality).toBeGreaterThan(0.02);
    expect(mortality).toBeLessThan(0.045);

    const rectum = operated(["anterior-resection", "abdominoperineal-resection"]).filter((t) =>
      t.icd10.startsWith("C20")
    );
    const preoperative = (t: Row) => (courses.get(t.tumour_id) ?? []).some((c) => c.setting === "neoadjuvant");
    expect(rate(rectum, preoperative)).toBeGreaterThan(0.22);
    expect(rate(rectum, preoperative)).toBeLessThan(0.4);
    const byUnit = [
      ...groupBy(
        rectum.map((t) => ({ ...t, unit: firstSurgery.get(t.tumour_id)!.unit_id })),
        "unit"
      ).values()
    ]
      .filter((list) => list.length >= 100)
      .map((list) => rate(list, preoperative));
    expect(byUnit.some((r) => r < 0.2)).toBe(true);
    expect(byUnit.some((r) => r > 0.4)).toBe(true);
  });

  it(
    "5. ovarian cancer without residual tumour ≈ 60–80 %; " +
      "oesophagus/stomach 60-day mortality ≈ 3–6 %; lung MDT ≈ 90 %",
    () => {
      const ovary = operated(["cytoreductive-surgery"]).filter((t) => t.icd10.startsWith("C56"));
      const noResidual = rate(
        ovary.filter((t) => firstSurgery.get(t.tumour_id)!.margin !== ""),
        (t) => firstSurgery.get(t.tumour_id)!.margin === "r0"
      );
      expect(noResidual).toBeGreaterThan(0.6);
      expect(noResidual).toBeLessThan(0.82);

      const oesophagusStomach = operated(["oesophagectomy", "gastrectomy"]);
      const mortality = rate(oesophagusStomach, (t) => diedWithin(t, firstSurgery.get(t.tumour_id)!.surgery_date, 60));
      expect(mortality).toBeGreaterThan(0.025);
      expect(mortality).toBeLessThan(0.065);

      const treatedLung = tumours.filter(
        (t) =>
          t.registry === "lung" &&
          workup.has(t.tumour_id) &&
          (surgeries.has(t.tumour_id) || courses.has(t.tumour_id) || systemic.has(t.tumour_id))
      );
      const mdt = rate(treatedLung, (t) => workup.get(t.tumour_id)!.mdt === "1");
      expect(mdt).toBeGreaterThan(0.85);
      expect(mdt).toBeLessThan(0.97);
    }
  );

  it("5. rectal local recurrence ≈ 3–8 % at 5 years after resection", () => {
    const recurrences = demo.table("recurrence").filter((r) => r.type === "local");
    const local = indexBy(recurrences, "tumour_id");
    const rectum = operated(["anterior-resection", "abdominoperineal-resection"]).filter(
      (t) => t.icd10.startsWith("C20") && t.diagnosis_date < "2019-01-01"
    );
    const crude = rate(
      rectum,
      (t) =>
        local.has(t.tumour_id) &&
        daysBetween(firstSurgery.get(t.tumour_id)!.surgery_date, local.get(t.tumour_id)!.recurrence_date) <= 1826
    );
    expect(crude).toBeGreaterThan(0.025);
    expect(crude).toBeLessThan(0.08);
  });

  it(
    "PROMs: prostatectomy worsens urinary incontinence more than " +
      "radiotherapy, radiotherapy worsens bowel function more",
    () => {
      const proms = demo.table("proms").filter((q) => q.instrument === "epic-26" && q.timepoint === "1y");
      const treatment = (tumourId: string) =>
        (surgeries.get(tumourId) ?? []).some((s) => s.procedure === "radical-prostatectomy")
          ? "prostatectomy"
          : (courses.get(tumourId) ?? []).some((c) => c.intent === "curative")
            ? "radiotherapy"
            : "other";
      const mean = (domain: string, kind: string) => {
        const scores = proms
          .filter((q) => q.domain === domain && treatment(q.tumour_id) === kind)
          .map((q) => Number(q.score));
        return scores.reduce((a, b) => a + b, 0) / scores.length;
      };
      expect(
        mean("urinary-incontinence", "radiotherapy") - mean("urinary-incontinence", "prostatectomy")
      ).toBeGreaterThan(15);
      expect(mean("bowel", "prostatectomy") - mean("bowel", "radiotherapy")).toBeGreaterThan(5);
      const prostate = tumours.filter((t) => t.registry === "prostate" && t.stage !== "IV");
      const responded = new Set(
        demo
          .table("proms")
          .filter((q) => q.timepoint === "baseline")
          .map((q) => q.tumour_id)
      );
      const response = rate(prostate, (t) => responded.has(t.tumour_id));
      expect(response).toBeGreaterThan(0.4);
      expect(response).toBeLessThan(0.8);
    }
  );
});
