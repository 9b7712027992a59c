/**
 * Brain tumours: gliomas (C71; glioblastoma and lower-grade), other malignant CNS tumours (C70, C72),
 * meningiomas (D32), benign nerve-sheath and other tumours (D33) and tumours of uncertain behaviour
 * (D42, D43). Stage is the registry's equivalent, the WHO grade (I–IV), known only when tissue was
 * examined. Craniotomy only at the neurosurgical centres; many benign tumours are followed with imaging.
 */
import {
  ageFrom,
  asaFor,
  ecogFor,
  surgery,
  survivalFor,
  systemic,
  rt,
  type AgeBands,
  type Basis,
  type Plan,
  type RegistryModel,
  type Stage,
  type TreatmentEvent
} from "../model.ts";

type Kind = "glioblastoma" | "lower-grade-glioma" | "other-malignant" | "meningioma" | "benign-other" | "uncertain";

/** Yearly numbers at scale 1 (sum 3,400). */
const kindWeights: Record<Kind, number> = {
  glioblastoma: 330,
  "lower-grade-glioma": 230,
  "other-malignant": 100,
  meningioma: 1250,
  "benign-other": 800,
  uncertain: 690
};

const ages: Record<Kind, AgeBands> = {
  glioblastoma: [
    [18, 39, 5],
    [40, 49, 10],
    [50, 59, 22],
    [60, 69, 32],
    [70, 79, 24],
    [80, 90, 7]
  ],
  "lower-grade-glioma": [
    [18, 29, 18],
    [30, 39, 24],
    [40, 49, 20],
    [50, 59, 16],
    [60, 69, 12],
    [70, 85, 10]
  ],
  "other-malignant": [
    [18, 39, 20],
    [40, 59, 35],
    [60, 79, 35],
    [80, 90, 10]
  ],
  meningioma: [
    [18, 39, 5],
    [40, 49, 12],
    [50, 59, 20],
    [60, 69, 25],
    [70, 79, 24],
    [80, 95, 14]
  ],
  "benign-other": [
    [18, 39, 15],
    [40, 49, 18],
    [50, 59, 24],
    [60, 69, 23],
    [70, 79, 15],
    [80, 95, 5]
  ],
  uncertain: [
    [18, 39, 15],
    [40, 49, 15],
    [50, 59, 20],
    [60, 69, 22],
    [70, 79, 18],
    [80, 95, 10]
  ]
};

export const cns: RegistryModel = {
  id: "cns",
  standardDays: 30,
  demographics(rng) {
    const variant = rng.pick(kindWeights);
    const maleShare = variant === "meningioma" ? 0.3 : variant === "glioblastoma" ? 0.6 : 0.5;
    return { sex: rng.bernoulli(maleShare) ? "male" : "female", age: ageFrom(rng, ages[variant]), variant };
  },
  plan(ctx, variant): Plan {
    const { rng, age } = ctx;
    const kind = variant as Kind;
    const events: TreatmentEvent[] = [];
    const asa = asaFor(rng, age);
    let stage: Stage = "unknown";
    let basis: Basis = "histology";
    let decision: Plan["decision"] = "curative";
    let survival: [number, number];
    let icd10: string;
    const crani = (margin: "r0" | "r1" | "r2") =>
      surgery(0, ctx.route("neuro"), "craniotomy", "open", asa, margin, { p: 0.01, days: 30 });
    switch (kind) {
      case "glioblastoma": {
        icd10 = "C71." + rng.pick({ "1": 30, "2": 25, "3": 15, "0": 10, "8": 12, "9": 8 });
        stage = "IV";
        const resected = age < 80 && rng.bernoulli(0.75);
        if (resected) events.push(crani(rng.bernoulli(0.4) ? "r1" : "r2"));
        else basis = rng.bernoulli(0.6) ? "histology" : "imaging"; // a stereotactic biopsy gives histology
        if (age < 70 && rng.bernoulli(0.85)) {
          events.push(
            rt(
              resected ? rng.int(21, 35) : 0,
              ctx.route("rt"),
              "curative",
              resected ? "adjuvant" : "definitive",
              60,
              30
            )
          );
          events.push(
            systemic(
              resected ? rng.int(21, 35) : 0,
              ctx.route("oncology"),
              "curative",
              resected ? "adjuvant" : "definitive",
              "chemotherapy"
            )
          );
        } else if (age < 85 && rng.bernoulli(0.6)) {
          decision = "palliative";
          events.push(rt(resected ? rng.int(21, 35) : 0, ctx.route("rt"), "palliative", "palliative", 40, 15));
        } else decision = "none";
        survival = [0.02, age < 70 ? 1.3 : 0.6];
        break;
      }
      case "lower-grade-glioma":
        icd10 = "C71." + rng.pick({ "1": 35, "2": 20, "3": 15, "0": 10, "8": 10, "9": 10 });
        stage = rng.bernoulli(0.55) ? "II" : "III";
        if (rng.bernoulli(0.85)) events.push(crani(rng.pick({ r0: 30, r1: 40, r2: 30 })));
        else basis = "imaging";
        if (stage === "III" || rng.bernoulli(0.3)) {
          events.push(
            rt(
              events.length ? rng.int(28, 56) : 0,
              ctx.route("rt"),
              "curative",
              events.length ? "adjuvant" : "definitive",
              54,
              30
            )
          );
        }
        survival = stage === "II" ? [0.55, 8] : [0.3, 4];
        break;
      case "other-malignant":
        icd10 = rng.bernoulli(0.8) ? "C72." + rng.pick({ "0": 40, "2": 30, "5": 20, "9": 10 }) : "C70.0";
        stage = rng.pick({ II: 30, III: 30, IV: 20, unknown: 20 }) as Stage;
        if (rng.bernoulli(0.6)) events.push(crani(rng.pick({ r0: 50, r1: 30, r2: 20 })));
        else basis = "imaging";
        survival = [0.5, 3];
        break;
      case "meningioma":
        icd10 = "D32." + rng.pick({ "0": 85, "1": 5, "9": 10 });
        if (rng.bernoulli(age < 75 ? 0.55 : 0.3)) {
          events.push(crani(rng.pick({ r0: 80, r1: 15, r2: 5 })));
          stage = rng.pick({ I: 88, II: 10, III: 2 }) as Stage;
        } else {
          basis = "imaging";
          decision = "watchful-waiting";
        }
        survival = [0.97, 6];
        break;
      case "benign-other":
        icd10 = "D33." + rng.pick({ "3": 60, "0": 10, "1": 10, "2": 10, "4": 5, "9": 5 });
        if (rng.bernoulli(0.2)) {
          events.push(crani(rng.pick({ r0: 80, r1: 20 })));
          stage = "I";
          // eslint-disable-next-line no-dupe-else-if -- a second, independent draw, not the same condition
        } else if (rng.bernoulli(0.2)) {
          basis = "imaging";
          // Stereotactic radiosurgery (Gamma Knife) is a national service at Haukeland.
          events.push(rt(0, "bergen-haukeland", "curative", "definitive", 12, 1));
        } else {
          basis = "imaging";
          decision = "watchful-waiting";
        }
        survival = [0.98, 8];
        break;
      default:
        icd10 = rng.bernoulli(0.8)
          ? "D43." + rng.pick({ "0": 25, "1": 25, "2": 20, "4": 20, "3": 10 })
          : "D42." + rng.pick({ "0": 80, "9": 20 });
        if (rng.bernoulli(0.35)) events.push(crani(rng.pick({ r0: 70, r1: 20, r2: 10 })));
        else {
          basis = "imaging";
          decision = "watchful-waiting";
        }
        survival = [0.9, 5];
    }
    const malignant = kind === "glioblastoma" || kind === "lower-grade-glioma" || kind === "other-malignant";
    return {
      icd10,
      stage,
      basis,
      ecog: malignant && rng.bernoulli(0.85) ? ecogFor(rng, age, stage === "IV" ? "III" : "I") : null,
      decision,
      mdt: malignant ? 0.9 : 0.6,
      biopsy: basis === "histology",
      events,
      survival: survivalFor(survival[0], survival[1], age)
    };
  }
};
