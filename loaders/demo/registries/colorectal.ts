/**
 * Colorectal cancer: colon (C18, 70 %) and rectum (C20, 30 %). Colon: resection by the local surgical
 * department, laparoscopy rising from ≈ 55 % to ≈ 75 % (one hospital far lower, stories.ts), mortality
 * within 100 days of surgery ≈ 2–4 % driven by age and ASA, adjuvant chemotherapy in stage III.
 * Rectum: preoperative (chemo)radiotherapy mainly in stage III with hospital habits (two units outside
 * the 20–40 % target range), anterior or abdominoperineal resection, local excision of early tumours,
 * and local recurrence ≈ 3–8 % at 5 years depending on the operating hospital.
 */
import {
  ageFrom,
  asaFor,
  asaRisk,
  clamp,
  eortcGlobalHealth,
  shift,
  stageFrom,
  surgery,
  survivalFor,
  systemic,
  rt,
  trait,
  palliativeRt,
  type Approach,
  type Margin,
  type Plan,
  type RegistryModel,
  type Stage,
  type TreatmentEvent,
  type TumourContext
} from "../model.ts";
import type { Rng } from "../random.ts";
import { colonLaparoscopy, rectalPreopRtFactor } from "../stories.ts";

/** A hospital's laparoscopy rate in colon surgery in a year. */
export function colonLaparoscopyRate(unit: string, year: number): number {
  if (unit === colonLaparoscopy.outlier) return colonLaparoscopy.outlierRate;
  return clamp(0.55 + 0.022 * (year - 2014) + trait(unit, "colon-laparoscopy", 0.08), 0.35, 0.92);
}

/** A hospital's 5-year local recurrence risk after curative rectal resection (3–8 %). */
export function rectalLocalRecurrence(unit: string): number {
  return clamp(0.05 + trait(unit, "rectal-local-recurrence", 0.013), 0.03, 0.08);
}

function approachFor(rng: Rng, unit: string, laparoscopyRate: number, year: number): Approach {
  if (!rng.bernoulli(laparoscopyRate)) return "open";
  if (rng.bernoulli(0.07)) return "converted";
  const robotic = year >= 2017 && trait(unit, "robot", 1) > 0.3 ? 0.04 * (year - 2016) : 0;
  return rng.bernoulli(robotic) ? "robotic" : "laparoscopic";
}

function marginFor(rng: Rng, stage: Stage): Margin {
  if (stage === "IV") return rng.pick({ r0: 70, r1: 12, r2: 18 });
  return rng.pick({ r0: 94, r1: 5, r2: 1 });
}

/** Risk of dying of a colorectal resection (within 100 days), before the hospital's own effect. */
function resectionRisk(age: number, asa: number, elective: boolean): number {
  const byAge = age < 70 ? 0.003 : age < 80 ? 0.01 : age < 85 ? 0.025 : 0.045;
  return byAge * asaRisk(asa) * (elective ? 1 : 2);
}

function colonPlan(ctx: TumourContext): Plan {
  const { rng, age, year } = ctx;
  const stage = stageFrom(rng, { I: 19, II: 30, III: 27, IV: 20, unknown: 4 });
  const icd10 = rng.pick({
    "C18.7": 38,
    "C18.0": 15,
    "C18.2": 14,
    "C18.4": 9,
    "C18.6": 5,
    "C18.3": 4,
    "C18.5": 3,
    "C18.9": 6,
    "C18.1": 2,
    "C18.8": 4
  });
  const events: TreatmentEvent[] = [];
  const oncology = ctx.route("oncology");
  const operable = stage === "IV" ? 0.35 : stage === "unknown" ? 0.5 : age >= 85 ? 0.72 : 0.94;
  let decision: Plan["decision"] = "none";
  if (rng.bernoulli(operable)) {
    const unit = ctx.route("colon");
    const asa = asaFor(rng, age);
    const elective = !rng.bernoulli(0.12);
    const lap = colonLaparoscopyRate(unit, year) * (elective ? 1 : 0.4) * (stage === "IV" ? 0.8 : 1);
    const risk = clamp(resectionRisk(age, asa, elective) * Math.exp(trait(unit, "colon-mortality", 0.2)), 0, 0.4);
    events.push(
      surgery(0, unit, "colectomy", approachFor(rng, unit, lap, year), asa, marginFor(rng, stage), {
        p: risk,
        days: 100
      })
    );
    decision = stage === "IV" && !rng.bernoulli(0.2) ? "palliative" : "curative";
    if (stage === "III" && age < 75 && rng.bernoulli(0.72))
      events.push(systemic(rng.int(28, 56), oncology, "curative", "adjuvant", "chemotherapy"));
    if (stage === "IV" && age < 80 && rng.bernoulli(0.6))
      events.push(systemic(rng.int(28, 60), oncology, "palliative", "palliative", "chemotherapy"));
  } else if (age < 85 && rng.bernoulli(stage === "IV" ? 0.6 : 0.3)) {
    decision = "palliative";
    events.push(systemic(0, oncology, "palliative", "palliative", rng.bernoulli(0.2) ? "targeted" : "chemotherapy"));
  }
  const operated = events.some((e) => e.kind === "surgery");
  const base = ({ I: [0.97, 5], II: [0.93, 4], III: [0.77, 2.5], IV: [0.18, 2.2], unknown: [0.5, 1.2] } as const)[
    stage
  ];
  const cure = operated ? base[0] : stage === "IV" ? 0.03 : base[0] * 0.45;
  return {
    icd10,
    stage,
    basis: rng.bernoulli(0.95) ? "histology" : rng.bernoulli(0.5) ? "imaging" : "clinical",
    decision,
    mdt: 0.93,
    biopsy: true,
    events,
    survival: survivalFor(cure, operated ? base[1] : base[1] * 0.6, age),
    localRecurrence5y: operated && decision === "curative" ? 0.03 : undefined,
    distantRecurrence: operated && decision === "curative",
    proms: eortcGlobalHealth(rng, age, stage === "IV", { baseline: 0.4, "1y": 0.35, "3y": 0.3, "5y": 0 })
  };
}

function rectumPlan(ctx: TumourContext): Plan {
  const { rng, age, year } = ctx;
  const stage = stageFrom(rng, { I: 24, II: 22, III: 30, IV: 18, unknown: 6 });
  const events: TreatmentEvent[] = [];
  const oncology = ctx.route("oncology");
  const rtUnit = ctx.route("rt");
  let decision: Plan["decision"] = "none";
  let localRecurrence: number | undefined;
  const operable = stage === "IV" ? 0.25 : stage === "unknown" ? 0.5 : age >= 85 ? 0.6 : 0.9;
  if (rng.bernoulli(operable)) {
    const unit = ctx.route("rectum");
    const asa = asaFor(rng, age);
    const preopBase = ({ I: 0.03, II: 0.2, III: 0.62, IV: 0.35, unknown: 0.2 } as const)[stage];
    const factor = rectalPreopRtFactor[unit] ?? Math.exp(trait(unit, "rectal-preop-rt", 0.12));
    let day = 0;
    if (rng.bernoulli(clamp(preopBase * factor, 0, 0.95))) {
      if (rng.bernoulli(0.45)) {
        events.push(rt(0, rtUnit, "curative", "neoadjuvant", 25, 5));
        day = rng.bernoulli(0.5) ? rng.int(7, 12) : rng.int(42, 70);
      } else {
        events.push(rt(0, rtUnit, "curative", "neoadjuvant", 50, 25));
        events.push(systemic(0, oncology, "curative", "neoadjuvant", "chemotherapy"));
        day = rng.int(70, 105);
      }
    }
    const procedure =
      stage === "I" && rng.bernoulli(0.2)
        ? "local-excision"
        : rng.pick({ "anterior-resection": 70, "abdominoperineal-resection": 26, "other-resection": 4 });
    const lap = clamp(0.6 + 0.025 * (year - 2014) + trait(unit, "rectal-laparoscopy", 0.08), 0.3, 0.95);
    const margin = marginFor(rng, stage);
    const risk = clamp(resectionRisk(age, asa, true) * 0.8, 0, 0.3);
    events.push(
      surgery(
        day,
        unit,
        procedure,
        procedure === "local-excision" ? "open" : approachFor(rng, unit, lap, year),
        asa,
        margin,
        { p: risk, days: 100 }
      )
    );
    decision = stage === "IV" && !rng.bernoulli(0.25) ? "palliative" : "curative";
    if (decision === "curative") localRecurrence = rectalLocalRecurrence(unit) * (margin === "r0" ? 1 : 2.5);
    if (stage === "III" && age < 75 && rng.bernoulli(0.35))
      events.push(systemic(day + rng.int(28, 56), oncology, "curative", "adjuvant", "chemotherapy"));
  } else if (stage !== "IV" && age < 85 && rng.bernoulli(0.4)) {
    decision = "curative";
    events.push(
      rt(0, rtUnit, "curative", "definitive", 50, 25),
      systemic(0, oncology, "curative", "definitive", "chemotherapy")
    );
  } else if (age < 85 && rng.bernoulli(0.55)) {
    decision = "palliative";
    events.push(systemic(0, oncology, "palliative", "palliative", "chemotherapy"));
    if (rng.bernoulli(0.3)) events.push(palliativeRt(rng, rng.int(10, 120), rtUnit));
  }
  const operated = events.some((e) => e.kind === "surgery");
  const base = ({ I: [0.97, 5], II: [0.92, 4], III: [0.77, 2.5], IV: [0.16, 2.2], unknown: [0.5, 1.2] } as const)[
    stage
  ];
  const cure = operated ? base[0] : decision === "curative" ? base[0] * 0.65 : stage === "IV" ? 0.03 : base[0] * 0.4;
  return {
    icd10: "C20",
    stage,
    basis: rng.bernoulli(0.97) ? "histology" : "imaging",
    decision,
    mdt: shift(0.95, 0.3),
    biopsy: true,
    events,
    survival: survivalFor(cure, operated ? base[1] : base[1] * 0.6, age),
    localRecurrence5y: localRecurrence,
    distantRecurrence: decision === "curative",
    proms: eortcGlobalHealth(rng, age, stage === "IV", { baseline: 0.4, "1y": 0.35, "3y": 0.3, "5y": 0 })
  };
}

export const colorectal: RegistryModel = {
  id: "colorectal",
  standardDays: 36,
  demographics(rng) {
    const rectum = rng.bernoulli(0.3);
    const sex = rng.bernoulli(rectum ? 0.58 : 0.5) ? "male" : "female";
    const age = ageFrom(rng, [
      [25, 39, 1],
      [40, 49, 3],
      [50, 59, 10],
      [60, 69, 24],
      [70, 79, 35],
      [80, 89, 22],
      [90, 98, 5]
    ]);
    return { sex, age, variant: rectum ? "rectum" : "colon" };
  },
  plan(ctx, variant) {
    return variant === "rectum" ? rectumPlan(ctx) : colonPlan(ctx);
  }
};
