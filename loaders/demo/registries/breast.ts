/**
 * Breast cancer (C50) and ductal carcinoma in situ (D05): tumour size drives stage and the choice
 * between breast-conserving surgery and mastectomy (each hospital has its own conserving rate for
 * tumours ≤ 30 mm, 70–88 %), re-excisions after conserving surgery (one operation only ≈ 90 %),
 * radiotherapy after conserving surgery, neoadjuvant and adjuvant systemic therapy, endocrine therapy.
 */
import {
  ageFrom,
  asaFor,
  clamp,
  eortcGlobalHealth,
  surgery,
  survivalFor,
  systemic,
  rt,
  trait,
  type Plan,
  type RegistryModel,
  type Stage,
  type TreatmentEvent
} from "../model.ts";

/** A hospital's breast-conserving rate for tumours ≤ 30 mm. */
export function conservingRate(unit: string, year: number): number {
  return clamp(0.79 + trait(unit, "breast-conserving", 0.05) + 0.003 * (year - 2018), 0.68, 0.9);
}

export const breast: RegistryModel = {
  id: "breast",
  standardDays: 29,
  demographics(rng) {
    const sex = rng.bernoulli(0.01) ? "male" : "female";
    const age = ageFrom(rng, [
      [22, 29, 0.5],
      [30, 39, 4],
      [40, 49, 15],
      [50, 59, 24],
      [60, 69, 26],
      [70, 79, 19],
      [80, 89, 9],
      [90, 97, 2.5]
    ]);
    return { sex, age, variant: sex === "female" && rng.bernoulli(0.1) ? "dcis" : "invasive" };
  },
  plan(ctx, variant): Plan {
    const { rng, age, year } = ctx;
    const dcis = variant === "dcis";
    const size = Math.round(clamp(rng.lognormal(dcis ? 18 : 16, 0.6), 1, 150));
    let stage: Stage;
    if (dcis)
      stage = "unknown"; // no stage 0 in the format's stage codes (see docs/demo-data.md)
    else if (rng.bernoulli(0.04)) stage = "IV";
    else if (rng.bernoulli(0.01)) stage = "unknown";
    else {
      const nodes = rng.bernoulli(clamp(0.18 + 0.01 * (size - 10), 0.1, 0.7));
      const n2 = nodes && rng.bernoulli(0.2);
      stage = n2 || (size > 50 && nodes) ? "III" : size > 20 || nodes ? "II" : "I";
    }
    const icd10 = dcis
      ? "D05.1"
      : rng.pick({
          "C50.4": 40,
          "C50.2": 14,
          "C50.8": 14,
          "C50.9": 10,
          "C50.1": 8,
          "C50.5": 7,
          "C50.3": 5,
          "C50.0": 1,
          "C50.6": 1
        });
    const diagnosing = ctx.diagnosing;
    const events: TreatmentEvent[] = [];
    let decision: Plan["decision"] = "curative";
    const oncology = ctx.route("oncology", diagnosing);
    const rtUnit = ctx.route("rt");

    if (stage === "IV") {
      decision = "palliative";
      events.push(
        systemic(0, oncology, "palliative", "palliative", rng.pick({ hormonal: 60, chemotherapy: 28, targeted: 12 }))
      );
    } else if (rng.bernoulli(age >= 85 ? 0.8 : 0.985)) {
      const unit = ctx.route("breast", diagnosing);
      const neoadjuvant =
        !dcis && age < 75 && (stage === "III" ? rng.bernoulli(0.7) : size > 30 && rng.bernoulli(0.25));
      let day = 0;
      if (neoadjuvant) {
        events.push(
          systemic(0, oncology, "curative", "neoadjuvant", rng.bernoulli(0.3) ? "chemo-immunotherapy" : "chemotherapy")
        );
        day = rng.int(140, 190);
      }
      const conserving =
        size <= 30 ? rng.bernoulli(conservingRate(unit, year)) : rng.bernoulli(neoadjuvant ? 0.45 : 0.28);
      const reexcision = conserving && rng.bernoulli(clamp(0.1 + trait(unit, "re-excision", 0.03), 0.04, 0.18));
      const asa = asaFor(rng, age);
      events.push(
        surgery(day, unit, conserving ? "breast-conserving" : "mastectomy", "open", asa, reexcision ? "r1" : "r0", {
          p: 0.0005,
          days: 30
        })
      );
      let after = day;
      if (reexcision) {
        after = day + rng.int(14, 35);
        events.push(surgery(after, unit, rng.bernoulli(0.7) ? "re-excision" : "mastectomy", "open", asa, "r0"));
      }
      const invasiveAdjuvantChemo =
        !dcis && !neoadjuvant && age < 70 && (stage !== "I" || size > 20) && rng.bernoulli(0.5);
      let rtDay = after + rng.int(28, 56);
      if (invasiveAdjuvantChemo) {
        events.push(systemic(after + rng.int(21, 42), oncology, "curative", "adjuvant", "chemotherapy"));
        rtDay = after + rng.int(140, 180);
      }
      const needsRt = conserving
        ? rng.bernoulli(dcis ? 0.8 : 0.95)
        : stage === "III" || (stage === "II" && rng.bernoulli(0.45));
      if (needsRt) {
        const hypo = year >= 2016 || rng.bernoulli(0.3);
        events.push(rt(rtDay, rtUnit, "curative", "adjuvant", hypo ? 40 : 50, hypo ? 15 : 25));
      }
      if (!dcis && rng.bernoulli(0.75))
        events.push(
          systemic(Math.max(rtDay, after + 30) + rng.int(0, 30), oncology, "curative", "adjuvant", "hormonal")
        );
    } else {
      decision = "palliative";
      events.push(systemic(0, oncology, "palliative", "palliative", "hormonal"));
    }

    const survival = dcis
      ? [0.999, 10]
      : ({ I: [0.97, 8], II: [0.9, 6], III: [0.7, 4], IV: [0, 2.6], unknown: [0.8, 4] } as const)[stage];
    return {
      icd10,
      stage,
      basis: rng.bernoulli(0.99) ? "histology" : "cytology",
      sizeMm: stage === "IV" && rng.bernoulli(0.5) ? null : rng.bernoulli(0.97) ? size : null,
      decision,
      mdt: 0.96,
      biopsy: true,
      events,
      survival: survivalFor(survival[0], survival[1], age),
      localRecurrence5y: decision === "curative" ? 0.03 : undefined,
      distantRecurrence: decision === "curative",
      proms: eortcGlobalHealth(rng, age, stage === "IV", { baseline: 0.45, "1y": 0.4, "3y": 0.35, "5y": 0 })
    };
  }
};
