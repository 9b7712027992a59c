/**
 * Lymphoid malignancies: myeloma (C90.0, ≈ 500 a year), diffuse large B-cell (C83.3), follicular
 * (C82), Hodgkin (C81) lymphoma, CLL (C91.1) and other lymphoid malignancies. Stage is Ann Arbor for
 * lymphoma, ISS for myeloma and Binet (A/B/C as I/II/III) for CLL. Myeloma's basis of diagnosis is
 * story 3 (stories.ts): biopsy (histology) by diagnosing hospital and year, stratified.
 */
import {
  ageFrom,
  clamp,
  ecogFor,
  stageFrom,
  survivalFor,
  systemic,
  rt,
  palliativeRt,
  type AgeBands,
  type Basis,
  type Plan,
  type RegistryModel,
  type Stage,
  type TreatmentEvent
} from "../model.ts";
import { myelomaBiopsyShare } from "../stories.ts";

type Subtype = "myeloma" | "dlbcl" | "follicular" | "hodgkin" | "cll" | "lymphoid-other";

/** Yearly numbers at scale 1 (sum 2,900). */
const subtypeWeights: Record<Subtype, number> = {
  myeloma: 520,
  dlbcl: 590,
  follicular: 270,
  hodgkin: 160,
  cll: 480,
  "lymphoid-other": 880
};

const older: AgeBands = [
  [30, 49, 4],
  [50, 59, 12],
  [60, 69, 28],
  [70, 79, 35],
  [80, 89, 18],
  [90, 97, 3]
];
const hodgkinAges: AgeBands = [
  [18, 29, 30],
  [30, 39, 18],
  [40, 49, 10],
  [50, 59, 10],
  [60, 69, 14],
  [70, 79, 12],
  [80, 89, 6]
];

export const lymphoid: RegistryModel = {
  id: "lymphoid",
  standardDays: 38,
  demographics(rng) {
    const variant = rng.pick(subtypeWeights);
    const maleShare = variant === "myeloma" ? 0.58 : variant === "cll" ? 0.62 : 0.55;
    return {
      sex: rng.bernoulli(maleShare) ? "male" : "female",
      age: ageFrom(rng, variant === "hodgkin" ? hodgkinAges : older),
      variant
    };
  },
  plan(ctx, variant): Plan {
    const { rng, age, year } = ctx;
    const subtype = variant as Subtype;
    const oncology = ctx.route("oncology");
    const events: TreatmentEvent[] = [];
    let decision: Plan["decision"];
    let stage: Stage;
    let basis: Basis = "histology";
    let icd10: string;
    let survival: [number, number];
    const fit = age < 80;
    switch (subtype) {
      case "myeloma": {
        icd10 = "C90.0";
        stage = stageFrom(rng, { I: 30, II: 35, III: 25, unknown: 10 });
        const biopsy = ctx.quota.take(
          `myeloma-biopsy|${ctx.localHospital}|${year}`,
          myelomaBiopsyShare(ctx.localHospital, year)
        );
        basis = biopsy ? "histology" : rng.bernoulli(0.75) ? "cytology" : "clinical";
        decision = age < 88 && rng.bernoulli(0.85) ? "palliative" : "watchful-waiting";
        if (decision === "palliative") {
          events.push(systemic(0, oncology, "palliative", "palliative", "myeloma-induction"));
          if (rng.bernoulli(0.2)) events.push(palliativeRt(rng, rng.int(0, 60), ctx.route("rt")));
        }
        // Not cured, but long-lived when young: 5-year relative survival ≈ 55–60 % (brief: target ≥ 60 %).
        survival = [0.05, age < 65 ? 10 : age < 75 ? 8 : 5];
        break;
      }
      case "dlbcl":
        icd10 = "C83.3";
        stage = stageFrom(rng, { I: 25, II: 20, III: 15, IV: 35, unknown: 5 });
        decision = age < 88 && rng.bernoulli(0.88) ? "curative" : "palliative";
        if (decision === "curative") {
          events.push(systemic(0, oncology, "curative", "definitive", "chemo-immunotherapy"));
          if ((stage === "I" || stage === "II") && rng.bernoulli(0.3))
            events.push(rt(rng.int(110, 150), ctx.route("rt"), "curative", "adjuvant", 30, 15));
          survival = [clamp(0.88 - (stage === "IV" ? 0.12 : 0) - (age >= 75 ? 0.08 : 0), 0.3, 0.94), 1];
        } else survival = [0, 0.6];
        break;
      case "follicular":
        icd10 = rng.pick({ "C82.0": 30, "C82.1": 35, "C82.2": 15, "C82.9": 20 });
        stage = stageFrom(rng, { I: 18, II: 12, III: 25, IV: 40, unknown: 5 });
        if (stage === "I" && rng.bernoulli(0.7)) {
          decision = "curative";
          events.push(rt(0, ctx.route("rt"), "curative", "definitive", 24, 12));
        } else if (rng.bernoulli(0.5)) {
          decision = "palliative";
          events.push(systemic(0, oncology, "palliative", "palliative", "chemo-immunotherapy"));
        } else decision = "watchful-waiting";
        survival = [0.82, 6];
        break;
      case "hodgkin":
        icd10 = rng.pick({ "C81.1": 60, "C81.2": 20, "C81.0": 5, "C81.9": 15 });
        stage = stageFrom(rng, { I: 12, II: 40, III: 22, IV: 24, unknown: 2 });
        decision = "curative";
        events.push(systemic(0, oncology, "curative", "definitive", "chemotherapy"));
        if ((stage === "I" || stage === "II") && rng.bernoulli(0.6))
          events.push(rt(rng.int(90, 140), ctx.route("rt"), "curative", "adjuvant", 30, 15));
        survival = [age < 60 ? 0.93 : 0.72, 2];
        break;
      case "cll":
        icd10 = "C91.1";
        stage = stageFrom(rng, { I: 65, II: 22, III: 13 });
        basis = rng.bernoulli(0.85) ? "cytology" : "histology";
        if (stage !== "I" && fit && rng.bernoulli(0.6)) {
          decision = "palliative";
          events.push(
            systemic(
              0,
              oncology,
              "palliative",
              "palliative",
              year >= 2017 && rng.bernoulli(0.6) ? "targeted" : "chemo-immunotherapy"
            )
          );
        } else decision = "watchful-waiting";
        survival = [0.45, 7];
        break;
      default:
        icd10 = rng.pick({ "C85.9": 40, "C83.1": 14, "C88.0": 14, "C84.4": 10, "C83.0": 12, "C91.4": 5, "C86.0": 5 });
        stage = stageFrom(rng, { I: 18, II: 15, III: 17, IV: 40, unknown: 10 });
        if (age < 85 && rng.bernoulli(0.65)) {
          decision = rng.bernoulli(0.5) ? "curative" : "palliative";
          events.push(
            systemic(
              0,
              oncology,
              decision === "curative" ? "curative" : "palliative",
              decision === "curative" ? "definitive" : "palliative",
              "chemo-immunotherapy"
            )
          );
        } else decision = "watchful-waiting";
        survival = [0.45, 2.5];
    }
    return {
      icd10,
      stage,
      basis,
      histology: subtype,
      ecog: rng.bernoulli(0.85) ? ecogFor(rng, age, stage) : null,
      decision,
      mdt: 0.85,
      biopsy: basis === "histology",
      events,
      survival: survivalFor(survival[0], survival[1], age),
      distantRecurrence: decision === "curative"
    };
  }
};
