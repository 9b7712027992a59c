/**
 * Oesophageal (C15) and gastric (C16) cancer: ≈ 10 % unknown stage (varying by hospital), oesophagectomy
 * only at four centres and gastrectomy at larger hospitals, mostly after neoadjuvant chemotherapy or
 * chemoradiotherapy; ≈ 3–6 % mortality within 60 days of surgery, varying by hospital; definitive
 * chemoradiotherapy for inoperable oesophageal cancer.
 */
import {
  ageFrom,
  asaFor,
  asaRisk,
  clamp,
  ecogFor,
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

export const oesophagusStomach: RegistryModel = {
  id: "oesophagus-stomach",
  standardDays: 43,
  demographics(rng) {
    const oesophagus = rng.bernoulli(0.45);
    const sex = rng.bernoulli(oesophagus ? 0.75 : 0.62) ? "male" : "female";
    return {
      sex,
      age: ageFrom(rng, [
        [30, 49, 5],
        [50, 59, 13],
        [60, 69, 28],
        [70, 79, 32],
        [80, 89, 18],
        [90, 97, 4]
      ]),
      variant: oesophagus ? "oesophagus" : "stomach"
    };
  },
  plan(ctx, variant): Plan {
    const { rng, age } = ctx;
    const oesophagus = variant === "oesophagus";
    const unknownStage = clamp(0.09 + trait(ctx.localHospital, "oes-unknown-stage", 0.04), 0.02, 0.2);
    const stage: Stage = rng.bernoulli(unknownStage)
      ? "unknown"
      : stageFrom(rng, oesophagus ? { I: 18, II: 17, III: 25, IV: 40 } : { I: 22, II: 18, III: 22, IV: 38 });
    const icd10 = oesophagus
      ? "C15." + rng.pick({ "5": 55, "4": 20, "3": 8, "9": 17 })
      : "C16." + rng.pick({ "0": 25, "2": 15, "3": 15, "5": 8, "6": 5, "9": 32 });
    const ecog = rng.bernoulli(0.9) ? ecogFor(rng, age, stage) : null;
    const oncology = ctx.route("oncology");
    const rtUnit = ctx.route("rt");
    const events: TreatmentEvent[] = [];
    let decision: Plan["decision"] = "none";
    let survival: [number, number];
    const fit = age < (oesophagus ? 80 : 83) && (ecog === null || ecog <= 1);
    const operable = stage === "I" || stage === "II" || stage === "III" || (stage === "unknown" && rng.bernoulli(0.4));
    if (operable && fit && rng.bernoulli(oesophagus ? 0.85 : 0.93)) {
      decision = "curative";
      if (stage === "I" && rng.bernoulli(0.12)) {
        events.push(
          surgery(
            0,
            ctx.route(oesophagus ? "oesophagectomy" : "gastrectomy"),
            "local-excision",
            "open",
            asaFor(rng, age),
            "r0"
          )
        );
        survival = [0.85, 3];
      } else {
        const unit = ctx.route(oesophagus ? "oesophagectomy" : "gastrectomy");
        let day = 0;
        if (stage !== "I" && rng.bernoulli(0.75)) {
          if (oesophagus && rng.bernoulli(0.6)) {
            events.push(
              rt(0, rtUnit, "curative", "neoadjuvant", 41.4, 23),
              systemic(0, oncology, "curative", "neoadjuvant", "chemotherapy")
            );
          } else events.push(systemic(0, oncology, "curative", "neoadjuvant", "chemotherapy"));
          day = rng.int(70, 110);
        }
        const asa = asaFor(rng, age);
        const risk = clamp(
          (oesophagus ? 0.025 : 0.02) * asaRisk(asa) * Math.exp(trait(unit, "oes-mortality", 0.3)),
          0,
          0.3
        );
        const approach = rng.bernoulli(oesophagus ? 0.45 : 0.3) ? "laparoscopic" : "open";
        events.push(
          surgery(
            day,
            unit,
            oesophagus ? "oesophagectomy" : "gastrectomy",
            approach,
            asa,
            rng.pick({ r0: 88, r1: 10, r2: 2 }),
            { p: risk, days: 60 }
          )
        );
        if (!oesophagus && day > 0 && rng.bernoulli(0.6))
          events.push(systemic(day + rng.int(35, 60), oncology, "curative", "adjuvant", "chemotherapy"));
        survival = ({ I: [0.8, 3], II: [0.58, 2.5], III: [0.38, 2], IV: [0.1, 1], unknown: [0.45, 2] } as const)[
          stage
        ] as [number, number];
      }
    } else if (!oesophagus && stage === "IV" && fit && rng.bernoulli(0.12)) {
      // Palliative gastrectomy for bleeding or obstruction.
      decision = "palliative";
      const asa = asaFor(rng, age);
      events.push(
        surgery(0, ctx.route("gastrectomy"), "gastrectomy", "open", asa, "r2", { p: 0.03 * asaRisk(asa), days: 60 })
      );
      survival = [0.03, 0.9];
    } else if (oesophagus && operable && age < 85 && rng.bernoulli(0.35)) {
      decision = "curative";
      events.push(
        rt(0, rtUnit, "curative", "definitive", 50, 25),
        systemic(0, oncology, "curative", "definitive", "chemotherapy")
      );
      survival = [0.2, 1.3];
    } else if (age < 85 && (ecog === null || ecog <= 2) && rng.bernoulli(0.5)) {
      decision = "palliative";
      events.push(systemic(0, oncology, "palliative", "palliative", "chemotherapy"));
      if (oesophagus && rng.bernoulli(0.3)) events.push(palliativeRt(rng, rng.int(0, 60), rtUnit));
      survival = [0, 0.8];
    } else survival = [0, 0.35];
    return {
      icd10,
      stage,
      basis: rng.bernoulli(0.95) ? "histology" : rng.bernoulli(0.5) ? "cytology" : "imaging",
      ecog,
      decision,
      mdt: 0.95,
      biopsy: true,
      events,
      survival: survivalFor(survival[0], survival[1], age),
      distantRecurrence: decision === "curative",
      localRecurrence5y: decision === "curative" ? 0.1 : undefined
    };
  }
};
