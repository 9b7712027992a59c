/**
 * Gynaecological cancer: corpus uteri (C54), cervix (C53), ovary (C56) and fallopian tube (C57),
 * vulva (C51), vagina (C52). Ovarian cancer is operated at the gynaecological-oncology centres, a third
 * after neoadjuvant chemotherapy; no residual tumour after cytoreduction (margin r0) ≈ 60–80 % by
 * hospital. Early cervical cancer is operated, locally advanced gets chemoradiotherapy.
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
  type AgeBands,
  type Plan,
  type RegistryModel,
  type TreatmentEvent
} from "../model.ts";

type Site = "corpus" | "cervix" | "ovary" | "vulva" | "vagina";

/** Yearly numbers at scale 1 (sum 2,400). */
const siteWeights: Record<Site, number> = { corpus: 1100, cervix: 450, ovary: 650, vulva: 165, vagina: 35 };

const ages: Record<Site, AgeBands> = {
  corpus: [
    [30, 49, 6],
    [50, 59, 22],
    [60, 69, 33],
    [70, 79, 27],
    [80, 95, 12]
  ],
  cervix: [
    [20, 29, 8],
    [30, 39, 25],
    [40, 49, 25],
    [50, 59, 15],
    [60, 69, 12],
    [70, 79, 10],
    [80, 95, 5]
  ],
  ovary: [
    [20, 39, 4],
    [40, 49, 10],
    [50, 59, 20],
    [60, 69, 28],
    [70, 79, 25],
    [80, 95, 13]
  ],
  vulva: [
    [30, 59, 15],
    [60, 69, 20],
    [70, 79, 30],
    [80, 97, 35]
  ],
  vagina: [
    [30, 59, 20],
    [60, 69, 25],
    [70, 79, 30],
    [80, 95, 25]
  ]
};

/** A centre's rate of complete cytoreduction (no residual tumour) in advanced ovarian cancer. */
export function noResidualRate(unit: string, year: number): number {
  const planted: Record<string, number> = {
    "unn-tromso": 0.5,
    "stolav-trondheim": 0.68,
    "bergen-haukeland": 0.64,
    sus: 0.56,
    "ous-radium": 0.74
  };
  return clamp((planted[unit] ?? 0.6 + trait(unit, "ovary-r0", 0.05)) + 0.01 * (year - 2018), 0.35, 0.9);
}

export const gynaecological: RegistryModel = {
  id: "gynaecological",
  standardDays: 36,
  demographics(rng) {
    const variant = rng.pick(siteWeights);
    return { sex: "female", age: ageFrom(rng, ages[variant]), variant };
  },
  plan(ctx, variant): Plan {
    const { rng, age, year } = ctx;
    const site = variant as Site;
    const oncology = ctx.route("oncology");
    const rtUnit = ctx.route("rt");
    const events: TreatmentEvent[] = [];
    let decision: Plan["decision"] = "curative";
    let icd10: string;
    let survival: [number, number];
    let mdt = 0.92;
    const stage = stageFrom(
      rng,
      {
        corpus: { I: 75, II: 7, III: 12, IV: 5, unknown: 1 },
        cervix: { I: 55, II: 15, III: 20, IV: 8, unknown: 2 },
        ovary: { I: 22, II: 8, III: 50, IV: 18, unknown: 2 },
        vulva: { I: 45, II: 20, III: 22, IV: 8, unknown: 5 },
        vagina: { I: 30, II: 30, III: 25, IV: 10, unknown: 5 }
      }[site]
    );
    const asa = asaFor(rng, age);
    switch (site) {
      case "ovary": {
        icd10 = rng.bernoulli(0.82) ? "C56.9" : "C57.0";
        mdt = 0.8; // the published ovarian MDT share (79 %) misses its target
        const operable = { I: 0.97, II: 0.95, III: 0.82, IV: 0.55, unknown: 0.4 }[stage] * (age >= 80 ? 0.55 : 1);
        if (rng.bernoulli(operable)) {
          const unit = ctx.route("ovary");
          const advanced = stage === "III" || stage === "IV";
          let day = 0;
          if (advanced && rng.bernoulli(0.35)) {
            events.push(systemic(0, oncology, "curative", "neoadjuvant", "chemotherapy"));
            day = rng.int(80, 110);
          }
          const r0 = advanced ? rng.bernoulli(noResidualRate(unit, year)) : rng.bernoulli(0.97);
          const approach = stage === "I" && rng.bernoulli(0.2) ? "laparoscopic" : "open";
          events.push(
            surgery(day, unit, "cytoreductive-surgery", approach, asa, r0 ? "r0" : "r2", {
              p: 0.008 * asaRisk(asa),
              days: 30
            })
          );
          if (stage !== "I" || rng.bernoulli(0.5))
            events.push(systemic(day + rng.int(21, 42), oncology, "curative", "adjuvant", "chemotherapy"));
          survival = (
            {
              I: [0.9, 4],
              II: [0.75, 3],
              III: [r0 ? 0.38 : 0.15, r0 ? 3.5 : 2.4],
              IV: [r0 ? 0.2 : 0.06, 2.2],
              unknown: [0.3, 2]
            } as const
          )[stage] as [number, number];
        } else if (age < 88 && rng.bernoulli(0.6)) {
          decision = "palliative";
          events.push(systemic(0, oncology, "palliative", "palliative", "chemotherapy"));
          survival = [0, 1.2];
        } else {
          decision = "none";
          survival = [0, 0.4];
        }
        break;
      }
      case "corpus": {
        icd10 = rng.bernoulli(0.95) ? "C54.1" : "C55";
        if (age < 90 && rng.bernoulli(stage === "IV" ? 0.4 : 0.94)) {
          const unit = ctx.route("gyn");
          const mis = clamp(0.45 + 0.05 * (year - 2014), 0.4, 0.9);
          const approach = rng.bernoulli(mis)
            ? year >= 2016 && rng.bernoulli(0.5)
              ? "robotic"
              : "laparoscopic"
            : "open";
          events.push(
            surgery(0, unit, "hysterectomy", approach, asa, rng.pick({ r0: 94, r1: 4, r2: 2 }), {
              p: 0.002 * asaRisk(asa),
              days: 30
            })
          );
          if (stage === "III" || stage === "IV")
            events.push(systemic(rng.int(28, 50), oncology, "curative", "adjuvant", "chemotherapy"));
          if (stage === "II" && rng.bernoulli(0.4))
            events.push(rt(rng.int(35, 60), rtUnit, "curative", "adjuvant", 45, 25));
          if (stage === "IV") decision = "palliative";
        } else {
          decision = rng.bernoulli(0.6) ? "palliative" : "none";
          if (decision === "palliative")
            events.push(
              rng.bernoulli(0.5)
                ? palliativeRt(rng, 0, rtUnit)
                : systemic(0, oncology, "palliative", "palliative", "hormonal")
            );
        }
        survival = ({ I: [0.95, 5], II: [0.8, 4], III: [0.5, 2.5], IV: [0.1, 1.2], unknown: [0.6, 2] } as const)[
          stage
        ] as [number, number];
        break;
      }
      case "cervix": {
        icd10 = rng.pick({ "C53.0": 20, "C53.1": 10, "C53.8": 10, "C53.9": 60 });
        if (stage === "I" && age < 85) {
          events.push(
            surgery(
              0,
              ctx.route("gyn"),
              "hysterectomy",
              rng.bernoulli(0.4) ? "laparoscopic" : "open",
              asa,
              rng.pick({ r0: 95, r1: 5 })
            )
          );
        } else if (stage !== "IV" && age < 85) {
          events.push(
            rt(0, rtUnit, "curative", "definitive", 50, 25),
            systemic(0, oncology, "curative", "definitive", "chemotherapy")
          );
        } else {
          decision = "palliative";
          events.push(systemic(0, oncology, "palliative", "palliative", "chemotherapy"));
        }
        survival = ({ I: [0.93, 5], II: [0.7, 3], III: [0.5, 2.5], IV: [0.1, 1.2], unknown: [0.5, 2] } as const)[
          stage
        ] as [number, number];
        break;
      }
      default: {
        icd10 = site === "vulva" ? "C51.9" : "C52";
        if (stage !== "IV" && age < 92 && rng.bernoulli(0.8)) {
          events.push(surgery(0, ctx.route("gyn"), "other-resection", "open", asa, rng.pick({ r0: 85, r1: 15 })));
          if (stage === "III" && rng.bernoulli(0.5))
            events.push(rt(rng.int(35, 60), rtUnit, "curative", "adjuvant", 50, 25));
        } else {
          decision = "palliative";
          events.push(palliativeRt(rng, 0, rtUnit));
        }
        survival = ({ I: [0.9, 5], II: [0.7, 3], III: [0.45, 2], IV: [0.05, 1], unknown: [0.5, 2] } as const)[
          stage
        ] as [number, number];
      }
    }
    return {
      icd10,
      stage,
      basis: rng.bernoulli(0.97) ? "histology" : "cytology",
      ecog: site === "ovary" && rng.bernoulli(0.9) ? ecogFor(rng, age, stage) : null,
      decision,
      mdt,
      biopsy: true,
      events,
      survival: survivalFor(survival[0], survival[1], age),
      distantRecurrence: decision === "curative",
      localRecurrence5y: decision === "curative" ? 0.05 : undefined
    };
  }
};
