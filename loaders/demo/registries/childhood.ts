/**
 * Childhood cancer (age 0–17 at diagnosis, any site): leukaemias, CNS tumours, lymphomas and the
 * embryonal solid tumours. Diagnosed and treated at the four children's cancer centres (UNN Tromsø,
 * St. Olavs hospital, Haukeland, Rikshospitalet); ≈ 85 % 5-year survival.
 */
import {
  ageFrom,
  surgery,
  survivalFor,
  systemic,
  rt,
  type Basis,
  type Plan,
  type RegistryModel,
  type Stage,
  type TreatmentEvent
} from "../model.ts";

type Kind =
  | "all"
  | "aml"
  | "cns"
  | "lymphoma"
  | "neuroblastoma"
  | "wilms"
  | "bone"
  | "soft-tissue"
  | "retinoblastoma"
  | "germ-cell"
  | "liver";

const kindWeights: Record<Kind, number> = {
  all: 27,
  aml: 5,
  cns: 26,
  lymphoma: 11,
  neuroblastoma: 7,
  wilms: 6,
  bone: 5,
  "soft-tissue": 6,
  retinoblastoma: 2,
  "germ-cell": 3,
  liver: 2
};

const icd10: Record<Kind, string> = {
  all: "C91.0",
  aml: "C92.0",
  cns: "C71.6",
  lymphoma: "C83.3",
  neuroblastoma: "C74.9",
  wilms: "C64.9",
  bone: "C40.2",
  "soft-tissue": "C49.2",
  retinoblastoma: "C69.2",
  "germ-cell": "C62.9",
  liver: "C22.2"
};

export const childhood: RegistryModel = {
  id: "childhood",
  standardDays: 14,
  demographics(rng) {
    const variant = rng.pick(kindWeights);
    const bands =
      variant === "bone" || variant === "germ-cell" || variant === "lymphoma"
        ? ([
            [5, 9, 15],
            [10, 14, 40],
            [15, 17, 45]
          ] as const)
        : variant === "neuroblastoma" || variant === "wilms" || variant === "retinoblastoma" || variant === "liver"
          ? ([
              [0, 4, 80],
              [5, 9, 18],
              [10, 14, 2]
            ] as const)
          : ([
              [0, 4, 40],
              [5, 9, 24],
              [10, 14, 20],
              [15, 17, 16]
            ] as const);
    const sex = variant === "germ-cell" ? "male" : rng.bernoulli(0.54) ? "male" : "female";
    return { sex, age: ageFrom(rng, bands), variant };
  },
  diagnosingHospital(ctx) {
    return ctx.route("childhood");
  },
  plan(ctx, variant): Plan {
    const { rng, age } = ctx;
    const kind = variant as Kind;
    const centre = ctx.diagnosing;
    const events: TreatmentEvent[] = [];
    const leukaemia = kind === "all" || kind === "aml";
    const stage: Stage =
      leukaemia || kind === "cns" ? "unknown" : (rng.pick({ I: 30, II: 25, III: 25, IV: 20 }) as Stage);
    const basis: Basis = leukaemia
      ? rng.bernoulli(0.9)
        ? "cytology"
        : "histology"
      : kind === "cns" && rng.bernoulli(0.15)
        ? "imaging"
        : "histology";
    if (leukaemia || kind === "lymphoma")
      events.push(
        systemic(0, centre, "curative", "definitive", kind === "lymphoma" ? "chemo-immunotherapy" : "chemotherapy")
      );
    else {
      const procedure = kind === "cns" ? "craniotomy" : "other-resection";
      const neoadjuvant = kind !== "cns" && kind !== "retinoblastoma" && rng.bernoulli(0.6);
      if (neoadjuvant) events.push(systemic(0, centre, "curative", "neoadjuvant", "chemotherapy"));
      if (rng.bernoulli(0.85))
        events.push(
          surgery(
            neoadjuvant ? rng.int(60, 120) : 0,
            centre,
            procedure,
            "open",
            rng.bernoulli(0.8) ? 1 : 2,
            rng.pick({ r0: 75, r1: 15, r2: 10 })
          )
        );
      if (kind === "cns" && age >= 3 && rng.bernoulli(0.4))
        events.push(rt(rng.int(28, 45), ctx.route("rt", centre), "curative", "adjuvant", 54, 30));
      if (kind === "cns" && rng.bernoulli(0.4))
        events.push(systemic(rng.int(28, 45), centre, "curative", "adjuvant", "chemotherapy"));
      if (events.length === 0) events.push(systemic(0, centre, "curative", "definitive", "chemotherapy"));
    }
    const cure = {
      all: 0.9,
      aml: 0.68,
      cns: 0.8,
      lymphoma: 0.93,
      neuroblastoma: 0.8,
      wilms: 0.93,
      bone: 0.72,
      "soft-tissue": 0.74,
      retinoblastoma: 0.98,
      "germ-cell": 0.93,
      liver: 0.8
    }[kind];
    return {
      icd10: icd10[kind],
      stage,
      basis,
      decision: "curative",
      mdt: 0.95,
      biopsy: basis === "histology" || basis === "cytology",
      events,
      survival: survivalFor(cure, 1.5, age)
    };
  }
};
