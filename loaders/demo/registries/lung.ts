/**
 * Lung cancer (C34, a few C33): histology (NSCLC, SCLC), stage, performance status; treatment with
 * curative intent (resection, stereotactic radiotherapy, chemoradiotherapy) with a probability from
 * stage, age and ECOG times the trust-of-residence factor of story 2 (stories.ts), drawn stratified by
 * trust so the national share is ≈ 37 %; resection only at the thoracic centres, with 30-day mortality
 * ≈ 1 % except one planted outlier; PET-CT before curative treatment rising from ≈ 86 % to ≈ 95 %.
 */
import {
  ageFrom,
  asaFor,
  asaRisk,
  clamp,
  ecogFor,
  eortcGlobalHealth,
  stageFrom,
  surgery,
  survivalFor,
  systemic,
  rt,
  trait,
  palliativeRt,
  type Plan,
  type RegistryModel,
  type Stage,
  type TreatmentEvent
} from "../model.ts";
import { lungCurativeFactor, lungResectionMortality } from "../stories.ts";

/** Probability of curative treatment before the trust factor. */
function curativeBase(stage: Stage, age: number, ecog: number | null, sclc: boolean): number {
  const byStage = sclc
    ? { I: 0.75, II: 0.7, III: 0.55, IV: 0, unknown: 0.1 }[stage]
    : { I: 0.97, II: 0.92, III: 0.56, IV: 0.04, unknown: 0.22 }[stage];
  const byAge = age < 70 ? 1.05 : age < 75 ? 1.03 : age < 80 ? 0.97 : age < 85 ? 0.78 : 0.42;
  const byEcog = ecog === null ? 0.92 : [1.05, 1.0, 0.8, 0.3, 0.05][ecog];
  return byStage * byAge * byEcog;
}

export function petCtRate(unit: string, year: number): number {
  return clamp(0.86 + 0.011 * (year - 2014) + trait(unit, "pet-ct", 0.03), 0.75, 0.99);
}

export const lung: RegistryModel = {
  id: "lung",
  standardDays: 42,
  demographics(rng) {
    const sex = rng.bernoulli(0.52) ? "male" : "female";
    return {
      sex,
      age: ageFrom(rng, [
        [35, 49, 2],
        [50, 59, 10],
        [60, 69, 30],
        [70, 79, 38],
        [80, 89, 17],
        [90, 97, 3]
      ]),
      variant: ""
    };
  },
  plan(ctx): Plan {
    const { rng, age, year } = ctx;
    const histology = rng.pick({ nsclc: 82, sclc: 13, "lung-other": 5 });
    const sclc = histology === "sclc";
    const stage = sclc
      ? stageFrom(rng, { I: 3, II: 3, III: 24, IV: 68, unknown: 2 })
      : stageFrom(rng, { I: 30, II: 10, III: 19, IV: 39, unknown: 2 });
    const ecog = rng.bernoulli(0.92) ? ecogFor(rng, age, stage) : null;
    const icd10 = rng.bernoulli(0.01)
      ? "C33"
      : rng.pick({ "C34.1": 55, "C34.3": 29, "C34.2": 5, "C34.0": 3, "C34.8": 2, "C34.9": 6 });
    // Death certificate only: a few very old patients with advanced disease.
    if (age >= 80 && stage === "IV" && rng.bernoulli(0.02)) {
      return {
        icd10,
        stage: "unknown",
        basis: "dco",
        histology: "lung-other",
        decision: "none",
        mdt: 0,
        events: [],
        survival: { cure: 0, medianYears: 0.05 },
        dco: true
      };
    }
    const p = clamp(curativeBase(stage, age, ecog, sclc) * lungCurativeFactor(ctx.trust), 0, 0.97);
    const curative = ctx.quota.take(`lung-curative|${ctx.trust}`, p);
    const events: TreatmentEvent[] = [];
    const oncology = ctx.route("oncology");
    const rtUnit = ctx.route("rt");
    let decision: Plan["decision"];
    let survival: [number, number];
    if (curative) {
      decision = "curative";
      const fit = age < 82 && (ecog === null || ecog <= 1);
      const resect =
        !sclc &&
        (stage === "I" || stage === "II"
          ? fit && rng.bernoulli(0.9)
          : stage === "III"
            ? rng.bernoulli(0.36)
            : rng.bernoulli(0.3));
      if (resect) {
        const unit = ctx.route("lung-resection");
        const asa = asaFor(rng, age);
        const procedure = rng.pick(
          stage === "I"
            ? { lobectomy: 78, "sublobar-resection": 19, pneumonectomy: 3 }
            : { lobectomy: 80, "sublobar-resection": 6, pneumonectomy: 14 }
        );
        const minimallyInvasive = clamp(0.4 + 0.05 * (year - 2014) + trait(unit, "vats", 0.1), 0.2, 0.92);
        const approach = rng.bernoulli(minimallyInvasive)
          ? year >= 2018 && trait(unit, "robot", 1) > 0.3 && rng.bernoulli(0.3)
            ? "robotic"
            : rng.bernoulli(0.05)
              ? "converted"
              : "laparoscopic"
          : "open";
        const outlier = unit === lungResectionMortality.outlier;
        const risk =
          (outlier ? lungResectionMortality.outlierRisk : lungResectionMortality.national) *
          asaRisk(asa) *
          (procedure === "pneumonectomy" ? 2.5 : 1);
        let day = 0;
        if (stage === "III" && year >= 2022 && rng.bernoulli(0.4)) {
          events.push(systemic(0, oncology, "curative", "neoadjuvant", "chemo-immunotherapy"));
          day = rng.int(70, 100);
        }
        events.push(
          surgery(day, unit, procedure, approach, asa, rng.pick({ r0: 95, r1: 4, r2: 1 }), {
            p: clamp(risk, 0, 0.5),
            days: 30,
            stratum: outlier ? `lung-resection-death|${unit}` : undefined
          })
        );
        if ((stage === "II" || stage === "III") && age < 75 && day === 0 && rng.bernoulli(0.45))
          events.push(systemic(day + rng.int(35, 60), oncology, "curative", "adjuvant", "chemotherapy"));
        survival = ({ I: [0.82, 4], II: [0.6, 3], III: [0.38, 2], IV: [0.15, 1.5], unknown: [0.5, 2] } as const)[
          stage
        ] as [number, number];
      } else if ((stage === "I" || stage === "II") && !sclc) {
        const [dose, fractions] = rng.bernoulli(0.6) ? [45, 3] : [55, 5];
        events.push(rt(0, rtUnit, "curative", "definitive", dose, fractions));
        survival = [stage === "I" ? 0.6 : 0.38, 2.5];
      } else {
        events.push(systemic(0, oncology, "curative", "definitive", "chemotherapy"));
        events.push(
          rt(
            rng.int(0, 30),
            rtUnit,
            "curative",
            "definitive",
            sclc ? 45 : rng.bernoulli(0.7) ? 60 : 66,
            sclc ? 30 : rng.bernoulli(0.7) ? 30 : 33
          )
        );
        if (!sclc && year >= 2018 && rng.bernoulli(0.7))
          events.push(systemic(rng.int(75, 110), oncology, "curative", "adjuvant", "immunotherapy"));
        survival = sclc ? [0.17, 1.6] : [0.28, 2];
      }
    } else if (age < 85 && (ecog === null || ecog <= 2) && stage !== "I" && rng.bernoulli(0.72)) {
      decision = "palliative";
      const regimen = sclc
        ? "chemotherapy"
        : rng.bernoulli(0.1)
          ? "targeted"
          : year < 2017
            ? "chemotherapy"
            : rng.pick({ immunotherapy: 40, "chemo-immunotherapy": 40, chemotherapy: 20 });
      events.push(systemic(0, oncology, "palliative", "palliative", regimen));
      if (rng.bernoulli(0.35)) events.push(palliativeRt(rng, rng.int(0, 180), rtUnit));
      survival = [0, sclc ? 0.75 : year >= 2017 ? 1.1 : 0.85];
    } else {
      decision = rng.bernoulli(0.4) ? "palliative" : "none";
      if (decision === "palliative") events.push(palliativeRt(rng, 0, rtUnit));
      survival = stage === "I" || stage === "II" ? [0.1, 1.5] : [0, 0.3];
    }
    return {
      icd10,
      stage,
      basis: rng.pick({ histology: 74, cytology: 21, imaging: 3, clinical: 2 }),
      histology,
      ecog,
      decision,
      mdt: 0.9,
      petCt: curative ? petCtRate(ctx.localHospital, year) : stage === "IV" ? 0.3 : 0.6,
      biopsy: true,
      events,
      survival: survivalFor(survival[0], survival[1], age),
      distantRecurrence: curative,
      localRecurrence5y: curative ? 0.08 : undefined,
      proms: eortcGlobalHealth(rng, age, !curative, { baseline: 0.35, "1y": 0.3, "3y": 0.25, "5y": 0 })
    };
  }
};
