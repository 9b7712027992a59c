/**
 * Prostate cancer (C61): risk groups and PSA, radical treatment by risk group and age (low-risk share
 * planted per trust, stories.ts), robot-assisted prostatectomy, curative radiotherapy with androgen
 * deprivation, active surveillance, and EPIC-26 questionnaires whose changes depend on the treatment:
 * prostatectomy worsens urinary incontinence and sexual function most, radiotherapy bowel function.
 */
import {
  ageFrom,
  asaFor,
  clamp,
  rt,
  surgery,
  survivalFor,
  systemic,
  trait,
  palliativeRt,
  type Decision,
  type Plan,
  type PromPlan,
  type RegistryModel,
  type Stage,
  type Timepoint,
  type TreatmentEvent,
  type TumourContext
} from "../model.ts";
import type { Rng } from "../random.ts";
import { lowRiskRadicalShare } from "../stories.ts";

type RiskGroup = "low" | "intermediate" | "high" | "metastatic" | "missing";
type Modality = "prostatectomy" | "radiotherapy" | "none";

const stageOf: Record<RiskGroup, Stage> = {
  low: "I",
  intermediate: "II",
  high: "III",
  metastatic: "IV",
  missing: "unknown"
};

function riskGroupFor(rng: Rng, age: number, year: number): RiskGroup {
  if (age >= 80) return rng.pick({ low: 4, intermediate: 24, high: 48, metastatic: 22, missing: 2 });
  if (age >= 75) return rng.pick({ low: 8, intermediate: 33, high: 42, metastatic: 15, missing: 2 });
  // MRI before biopsy finds fewer low-risk cancers over the period.
  return rng.pick({ low: 17 - 0.6 * (year - 2014), intermediate: 41, high: 32, metastatic: 8, missing: 2 });
}

function psaFor(rng: Rng, group: RiskGroup): number {
  switch (group) {
    case "low":
      return clamp(rng.lognormal(6, 0.3), 0.5, 9.9);
    case "intermediate":
      return clamp(rng.lognormal(9, 0.45), 1, 19.9);
    case "high":
      return clamp(rng.lognormal(16, 0.8), 1, 500);
    case "metastatic":
      return clamp(rng.lognormal(120, 1.4), 2, 10000);
    default:
      return clamp(rng.lognormal(12, 0.9), 0.5, 2000);
  }
}

/** Probability of radical treatment for intermediate and high risk, by age. */
function radicalProbability(group: "intermediate" | "high", age: number): number {
  const byAge = group === "intermediate" ? [0.78, 0.62, 0.35, 0.05] : [0.93, 0.86, 0.64, 0.15];
  return byAge[age < 70 ? 0 : age < 75 ? 1 : age < 80 ? 2 : 3];
}

function prostatectomyShare(age: number): number {
  return age < 65 ? 0.65 : age < 70 ? 0.5 : age < 75 ? 0.3 : 0.08;
}

function radicalEvents(ctx: TumourContext, modality: Modality, group: RiskGroup): TreatmentEvent[] {
  const { rng, year, age } = ctx;
  if (modality === "prostatectomy") {
    const unit = ctx.route("prostatectomy");
    const robotic = clamp(0.72 + 0.03 * (year - 2014) + trait(unit, "robotic", 0.1), 0.3, 0.98);
    const approach = rng.bernoulli(robotic) ? "robotic" : rng.bernoulli(0.3) ? "laparoscopic" : "open";
    const positiveMargin = clamp(0.19 + trait(unit, "rp-margin", 0.05) + (group === "high" ? 0.12 : 0), 0.05, 0.5);
    return [
      surgery(
        0,
        unit,
        "radical-prostatectomy",
        approach,
        asaFor(rng, age),
        rng.bernoulli(positiveMargin) ? "r1" : "r0",
        { p: 0.001, days: 30 }
      )
    ];
  }
  const hypofractionated = year >= 2018 && rng.bernoulli(0.2 + 0.08 * (year - 2018));
  const [dose, fractions] = hypofractionated ? [60, 20] : rng.bernoulli(0.85) ? [78, 39] : [74, 37];
  const rtUnit = ctx.route("rt");
  if (group === "low") return [rt(0, rtUnit, "curative", "definitive", dose, fractions)];
  return [
    systemic(0, ctx.route("oncology"), "curative", "neoadjuvant", "hormonal"),
    rt(rng.int(75, 110), rtUnit, "curative", "definitive", dose, fractions)
  ];
}

const epicDomains = ["urinary-incontinence", "urinary-irritative", "bowel", "sexual", "hormonal"] as const;
type EpicDomain = (typeof epicDomains)[number];

/** Mean change from baseline at 1, 3 and 5 years, by treatment (EPIC-26 domain scores, 0–100). */
const epicChange: Record<Modality, Record<EpicDomain, [number, number, number]>> = {
  prostatectomy: {
    "urinary-incontinence": [-30, -25, -24],
    "urinary-irritative": [4, 4, 3],
    bowel: [-1, -1, -1],
    sexual: [-35, -30, -30],
    hormonal: [-2, -1, -1]
  },
  radiotherapy: {
    "urinary-incontinence": [-4, -5, -6],
    "urinary-irritative": [-6, -3, -2],
    bowel: [-10, -7, -6],
    sexual: [-22, -20, -21],
    hormonal: [-12, -5, -4]
  },
  none: {
    "urinary-incontinence": [-1, -2, -3],
    "urinary-irritative": [-1, -2, -3],
    bowel: [0, -1, -1],
    sexual: [-3, -6, -9],
    hormonal: [0, -1, -2]
  }
};

function epic26(rng: Rng, age: number, modality: Modality): PromPlan {
  const baseline: Record<EpicDomain, number> = {
    "urinary-incontinence": clamp(91 + rng.normal() * 12, 20, 100),
    "urinary-irritative": clamp(86 + rng.normal() * 12, 20, 100),
    bowel: clamp(93 + rng.normal() * 9, 30, 100),
    sexual: clamp(62 - 0.9 * (age - 65) + rng.normal() * 20, 0, 100),
    hormonal: clamp(89 + rng.normal() * 10, 30, 100)
  };
  const sensitivity = epicDomains.map(() => Math.max(0, 1 + 0.35 * rng.normal()));
  const at: Record<Timepoint, number> = { baseline: -1, "1y": 0, "3y": 1, "5y": 2 };
  return {
    instrument: "epic-26",
    anchor: modality === "none" ? "diagnosis" : "treatment",
    responseRate: { baseline: 0.65, "1y": 0.6, "3y": 0.55, "5y": 0.5 },
    domains: epicDomains,
    score(domain, timepoint) {
      const d = domain as EpicDomain;
      const i = at[timepoint];
      const change = i < 0 ? 0 : epicChange[modality][d][i] * sensitivity[epicDomains.indexOf(d)];
      return clamp(baseline[d] + change + rng.normal() * 6, 0, 100);
    }
  };
}

export const prostate: RegistryModel = {
  id: "prostate",
  standardDays: 66,
  demographics(rng) {
    return {
      sex: "male",
      age: ageFrom(rng, [
        [40, 49, 1],
        [50, 59, 10],
        [60, 69, 35],
        [70, 79, 36],
        [80, 89, 15],
        [90, 97, 3]
      ]),
      variant: ""
    };
  },
  plan(ctx): Plan {
    const { rng, age, year } = ctx;
    const group = riskGroupFor(rng, age, year);
    const stage = stageOf[group];
    let modality: Modality = "none";
    let decision: Decision;
    let events: TreatmentEvent[] = [];
    if (group === "low") {
      const radical = ctx.quota.take(
        // Stratified among the tumours whose report (hence risk group) the indicator will see, and the others.
        `prostate-low-risk|${ctx.trust}|${year}|${ctx.reported ? "reported" : "unreported"}`,
        lowRiskRadicalShare(ctx.trust, year)
      );
      if (radical) modality = rng.bernoulli(prostatectomyShare(age)) ? "prostatectomy" : "radiotherapy";
      decision = radical ? "curative" : age < 78 ? "active-surveillance" : "watchful-waiting";
    } else if (group === "intermediate" || group === "high") {
      if (rng.bernoulli(radicalProbability(group, age))) {
        modality = rng.bernoulli(prostatectomyShare(age) * (group === "high" ? 0.8 : 1))
          ? "prostatectomy"
          : "radiotherapy";
        decision = "curative";
      } else if (group === "high" && rng.bernoulli(0.7)) {
        decision = "palliative";
        events = [systemic(0, ctx.route("oncology"), "palliative", "palliative", "hormonal")];
      } else {
        decision =
          group === "intermediate" && age < 75 && rng.bernoulli(0.4) ? "active-surveillance" : "watchful-waiting";
      }
    } else if (group === "metastatic") {
      decision = rng.bernoulli(0.95) ? "palliative" : "watchful-waiting";
      if (decision === "palliative") {
        const oncology = ctx.route("oncology");
        events = [systemic(0, oncology, "palliative", "palliative", "hormonal")];
        if (age < 75 && year >= 2015 && rng.bernoulli(0.3))
          events.push(systemic(rng.int(20, 70), oncology, "palliative", "palliative", "chemotherapy"));
        if (rng.bernoulli(0.15)) events.push(palliativeRt(rng, rng.int(30, 300), ctx.route("rt")));
      }
    } else {
      decision = rng.bernoulli(0.5) ? "watchful-waiting" : "palliative";
      if (decision === "palliative")
        events = [systemic(0, ctx.route("oncology"), "palliative", "palliative", "hormonal")];
    }
    if (modality !== "none") events = radicalEvents(ctx, modality, group);

    const survival = {
      low: [1, 10],
      intermediate: [0.995, 10],
      high: modality !== "none" ? [0.97, 8] : [0.88, 6],
      metastatic: [0.1, 4.5],
      missing: [0.92, 5]
    }[group] as [number, number];

    return {
      icd10: "C61",
      stage,
      basis: group === "metastatic" && age >= 80 && rng.bernoulli(0.25) ? "clinical" : "histology",
      decision,
      mdt: group === "low" ? 0.75 : 0.9,
      biopsy: true,
      riskGroup: group === "missing" ? null : group,
      psa: rng.bernoulli(0.97) ? psaFor(rng, group) : null,
      events,
      survival: survivalFor(survival[0], survival[1], age),
      distantRecurrence: modality !== "none",
      localRecurrence5y: modality !== "none" ? 0.02 : undefined,
      proms: group === "metastatic" ? undefined : epic26(rng, age, modality)
    };
  }
};
