/**
 * Melanoma: invasive (C43, ≈ 60 %) and in situ (D03). Wide local excision after the diagnostic
 * excision, adjuvant immunotherapy or targeted therapy in stage III from 2018, immunotherapy for
 * metastatic disease.
 */
import {
  ageFrom,
  stageFrom,
  surgery,
  survivalFor,
  systemic,
  type Plan,
  type RegistryModel,
  type Stage,
  type TreatmentEvent
} from "../model.ts";

export const melanoma: RegistryModel = {
  id: "melanoma",
  standardDays: 29,
  demographics(rng) {
    const sex = rng.bernoulli(0.5) ? "male" : "female";
    const age = ageFrom(rng, [
      [18, 29, 3],
      [30, 39, 6],
      [40, 49, 12],
      [50, 59, 18],
      [60, 69, 24],
      [70, 79, 22],
      [80, 89, 12],
      [90, 98, 3]
    ]);
    return { sex, age, variant: rng.bernoulli(0.4) ? "in-situ" : "invasive" };
  },
  plan(ctx, variant): Plan {
    const { rng, age, year } = ctx;
    const inSitu = variant === "in-situ";
    // In situ has no stage in the format's codes (no stage 0): recorded as unknown.
    const stage: Stage = inSitu ? "unknown" : stageFrom(rng, { I: 68, II: 17, III: 8, IV: 3, unknown: 4 });
    const site = rng.pick({ ".5": 35, ".6": 18, ".7": 22, ".3": 10, ".4": 8, ".2": 3, ".9": 4 });
    const icd10 = (inSitu ? "D03" : "C43") + site;
    const events: TreatmentEvent[] = [];
    let decision: Plan["decision"] = "curative";
    const oncology = ctx.route("oncology");
    if (stage === "IV") {
      decision = "palliative";
      events.push(
        systemic(
          0,
          oncology,
          "palliative",
          "palliative",
          year >= 2015
            ? rng.pick({ immunotherapy: 75, targeted: 25 })
            : rng.pick({ chemotherapy: 50, immunotherapy: 30, targeted: 20 })
        )
      );
    } else if (rng.bernoulli(inSitu ? 0.6 : 0.95)) {
      events.push(surgery(0, ctx.route("melanoma"), "wide-excision", "open", null, "r0"));
      if (stage === "III" && year >= 2018 && age < 80 && rng.bernoulli(0.65)) {
        events.push(
          systemic(
            rng.int(28, 70),
            oncology,
            "curative",
            "adjuvant",
            rng.bernoulli(0.75) ? "immunotherapy" : "targeted"
          )
        );
      }
    } else decision = inSitu ? "none" : "watchful-waiting";
    const survival = inSitu
      ? [1, 10]
      : (
          {
            I: [0.97, 8],
            II: [0.82, 4],
            III: [0.6, 3],
            IV: [year >= 2016 ? 0.2 : 0.08, 1.2],
            unknown: [0.85, 3]
          } as const
        )[stage];
    return {
      icd10,
      stage,
      basis: stage === "IV" && rng.bernoulli(0.1) ? "cytology" : "histology",
      decision,
      mdt: stage === "III" || stage === "IV" ? 0.9 : 0.5,
      biopsy: true,
      events,
      survival: survivalFor(survival[0], survival[1], age),
      distantRecurrence: decision === "curative" && !inSitu,
      localRecurrence5y: decision === "curative" && !inSitu ? 0.03 : undefined
    };
  }
};
