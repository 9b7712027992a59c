/**
 * Pancreatic cancer (C25): mostly advanced at diagnosis, often without histology; resection (≈ 15 %)
 * only at the four hepato-pancreato-biliary centres, with ≈ 4 % mortality within 90 days; neoadjuvant
 * chemotherapy from 2019, adjuvant chemotherapy, palliative chemotherapy.
 */
import {
  ageFrom,
  asaFor,
  asaRisk,
  ecogFor,
  stageFrom,
  surgery,
  survivalFor,
  systemic,
  type Plan,
  type RegistryModel,
  type TreatmentEvent
} from "../model.ts";

export const pancreas: RegistryModel = {
  id: "pancreas",
  standardDays: 35,
  demographics(rng) {
    return {
      sex: rng.bernoulli(0.51) ? "male" : "female",
      age: ageFrom(rng, [
        [30, 49, 4],
        [50, 59, 12],
        [60, 69, 27],
        [70, 79, 34],
        [80, 89, 19],
        [90, 97, 4]
      ]),
      variant: ""
    };
  },
  plan(ctx): Plan {
    const { rng, age, year } = ctx;
    const stage = stageFrom(rng, { I: 10, II: 15, III: 15, IV: 52, unknown: 8 });
    const icd10 = rng.pick({ "C25.0": 62, "C25.1": 12, "C25.2": 8, "C25.3": 2, "C25.8": 4, "C25.9": 12 });
    if (age >= 75 && stage !== "I" && rng.bernoulli(0.03)) {
      return {
        icd10,
        stage: "unknown",
        basis: "dco",
        decision: "none",
        mdt: 0,
        events: [],
        survival: { cure: 0, medianYears: 0.05 },
        dco: true
      };
    }
    const ecog = rng.bernoulli(0.9) ? ecogFor(rng, age, stage) : null;
    const oncology = ctx.route("oncology");
    const events: TreatmentEvent[] = [];
    let decision: Plan["decision"] = "none";
    let survival: [number, number];
    const fit = age < 82 && (ecog === null || ecog <= 1);
    if ((stage === "I" || stage === "II") && fit && rng.bernoulli(0.8)) {
      decision = "curative";
      const unit = ctx.route("pancreatectomy");
      const asa = asaFor(rng, age);
      let day = 0;
      if (year >= 2019 && rng.bernoulli(0.3)) {
        events.push(systemic(0, oncology, "curative", "neoadjuvant", "chemotherapy"));
        day = rng.int(90, 130);
      }
      const approach = rng.bernoulli(0.12) ? "laparoscopic" : "open";
      events.push(
        surgery(day, unit, "pancreatectomy", approach, asa, rng.pick({ r0: 70, r1: 28, r2: 2 }), {
          p: 0.035 * asaRisk(asa),
          days: 90
        })
      );
      if (rng.bernoulli(0.72))
        events.push(systemic(day + rng.int(35, 70), oncology, "curative", "adjuvant", "chemotherapy"));
      survival = [0.4, 1.9];
    } else if (age < 85 && (ecog === null || ecog <= 2) && rng.bernoulli(0.55)) {
      decision = "palliative";
      events.push(systemic(0, oncology, "palliative", "palliative", "chemotherapy"));
      survival = [0.02, stage === "IV" ? 0.6 : 1.1];
    } else survival = [0, stage === "IV" ? 0.2 : 0.45];
    return {
      icd10,
      stage,
      basis:
        decision === "curative" ? "histology" : rng.pick({ histology: 48, cytology: 22, imaging: 20, clinical: 10 }),
      ecog,
      decision,
      mdt: 0.93,
      biopsy: decision === "curative" || rng.bernoulli(0.6),
      events,
      survival: survivalFor(survival[0], survival[1], age),
      distantRecurrence: decision === "curative",
      localRecurrence5y: decision === "curative" ? 0.2 : undefined
    };
  }
};
