/**
 * Sarcoma: soft tissue (C49), retroperitoneal (C48), bone (C40, C41), mesothelioma (C45), peripheral
 * nerve (C47) and Kaposi (C46). Most are diagnosed and all are operated at the four sarcoma centres;
 * small numbers per unit (the "too few to show" case).
 */
import {
  ageFrom,
  asaFor,
  ecogFor,
  stageFrom,
  surgery,
  survivalFor,
  systemic,
  rt,
  type AgeBands,
  type Plan,
  type RegistryModel,
  type TreatmentEvent
} from "../model.ts";

type Kind = "soft-tissue" | "retroperitoneal" | "bone" | "mesothelioma" | "nerve" | "kaposi";

/** Yearly numbers at scale 1 (sum 600). */
const kindWeights: Record<Kind, number> = {
  "soft-tissue": 330,
  retroperitoneal: 55,
  bone: 70,
  mesothelioma: 105,
  nerve: 30,
  kaposi: 10
};
const ages: Record<Kind, AgeBands> = {
  "soft-tissue": [
    [18, 39, 18],
    [40, 59, 30],
    [60, 79, 40],
    [80, 95, 12]
  ],
  retroperitoneal: [
    [18, 39, 10],
    [40, 59, 35],
    [60, 79, 45],
    [80, 95, 10]
  ],
  bone: [
    [18, 29, 35],
    [30, 49, 25],
    [50, 69, 25],
    [70, 90, 15]
  ],
  mesothelioma: [
    [40, 59, 12],
    [60, 69, 28],
    [70, 79, 40],
    [80, 95, 20]
  ],
  nerve: [
    [18, 39, 40],
    [40, 59, 35],
    [60, 90, 25]
  ],
  kaposi: [
    [30, 59, 40],
    [60, 90, 60]
  ]
};

export const sarcoma: RegistryModel = {
  id: "sarcoma",
  standardDays: 43,
  demographics(rng) {
    const variant = rng.pick(kindWeights);
    return {
      sex: rng.bernoulli(variant === "mesothelioma" ? 0.8 : 0.55) ? "male" : "female",
      age: ageFrom(rng, ages[variant]),
      variant
    };
  },
  diagnosingHospital(ctx) {
    return ctx.rng.bernoulli(0.6) ? ctx.route("sarcoma") : ctx.localHospital;
  },
  plan(ctx, variant): Plan {
    const { rng, age } = ctx;
    const kind = variant as Kind;
    const centre = ctx.route("sarcoma");
    const diagnosing = ctx.diagnosing;
    const stage =
      kind === "mesothelioma"
        ? stageFrom(rng, { I: 10, II: 15, III: 30, IV: 35, unknown: 10 })
        : stageFrom(rng, { I: 35, II: 25, III: 15, IV: 15, unknown: 10 });
    const icd10 = {
      "soft-tissue": "C49." + rng.pick({ "2": 35, "1": 15, "3": 15, "4": 10, "5": 5, "0": 10, "9": 10 }),
      retroperitoneal: "C48.0",
      bone: rng.bernoulli(0.55)
        ? "C40." + rng.pick({ "2": 60, "0": 25, "9": 15 })
        : "C41." + rng.pick({ "4": 50, "2": 25, "0": 15, "9": 10 }),
      mesothelioma: "C45.0",
      nerve: "C47." + rng.pick({ "1": 30, "2": 30, "9": 40 }),
      kaposi: "C46.0"
    }[kind];
    const oncology = ctx.route("oncology", diagnosing);
    const events: TreatmentEvent[] = [];
    let decision: Plan["decision"] = "curative";
    let survival: [number, number];
    if (kind === "mesothelioma") {
      decision = age < 85 && rng.bernoulli(0.6) ? "palliative" : "none";
      if (decision === "palliative")
        events.push(
          systemic(0, oncology, "palliative", "palliative", rng.bernoulli(0.5) ? "chemotherapy" : "immunotherapy")
        );
      survival = [0.02, 1.1];
    } else if (stage !== "IV" && age < 90 && rng.bernoulli(0.88)) {
      const asa = asaFor(rng, age);
      let day = 0;
      if (kind === "bone" && rng.bernoulli(0.6)) {
        events.push(systemic(0, oncology, "curative", "neoadjuvant", "chemotherapy"));
        day = rng.int(70, 110);
      }
      const procedure =
        kind === "soft-tissue" || kind === "nerve" || kind === "kaposi" ? "wide-excision" : "other-resection";
      events.push(
        surgery(day, centre, procedure, "open", asa, rng.pick({ r0: 78, r1: 18, r2: 4 }), { p: 0.005, days: 30 })
      );
      if (kind !== "bone" && stage !== "I" && rng.bernoulli(0.45))
        events.push(rt(day + rng.int(35, 60), ctx.route("rt"), "curative", "adjuvant", 50, 25));
      survival = ({ I: [0.88, 4], II: [0.68, 3], III: [0.48, 2.5], IV: [0.05, 1.2], unknown: [0.6, 2.5] } as const)[
        stage
      ] as [number, number];
    } else {
      decision = age < 85 && rng.bernoulli(0.6) ? "palliative" : "none";
      if (decision === "palliative") events.push(systemic(0, oncology, "palliative", "palliative", "chemotherapy"));
      survival = [0, 1.1];
    }
    return {
      icd10,
      stage,
      basis: rng.bernoulli(0.95) ? "histology" : "cytology",
      ecog: rng.bernoulli(0.85) ? ecogFor(rng, age, stage) : null,
      decision,
      mdt: 0.93,
      biopsy: true,
      events,
      survival: survivalFor(survival[0], survival[1], age),
      distantRecurrence: decision === "curative",
      localRecurrence5y: decision === "curative" ? 0.1 : undefined
    };
  }
};
