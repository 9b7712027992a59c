import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

/** A patient-reported outcome, shown separately for each treatment choice. */
export default defineIndicator({
  id: "prostate-urinary-incontinence",
  registry: "prostate",
  type: "mean-score",
  cohort: "cohort_proms",
  title: {
    nb: "Urinlekkasje ett år etter behandling (EPIC-26)",
    en: "Urinary incontinence one year after treatment (EPIC-26)"
  },
  shortDescription: {
    nb:
      "Gjennomsnittlig EPIC-26-skår for urinlekkasje ett år etter " +
      "behandling, for radikal prostatektomi og strålebehandling.",
    en: "Mean EPIC-26 urinary incontinence score one year after treatment, for radical prostatectomy and radiotherapy."
  },
  longDescription: {
    nb:
      "Pasientrapportert funksjon: EPIC-26-domenet urinlekkasje (0–100, " +
      "høyere er bedre) ett år etter behandling, vist for hvert " +
      "behandlingsvalg (radikal prostatektomi og strålebehandling) etter " +
      "behandlende sykehus. Intervallet er et normaltilnærmet 95 %-intervall " +
      "for gjennomsnittet. Kurvene viser skåren før behandling og ett, tre " +
      "og fem år etter. Det er ikke satt måltall.",
    en:
      "Patient-reported function: the EPIC-26 urinary incontinence domain " +
      "(0–100, higher is better) one year after treatment, shown for each " +
      "treatment choice (radical prostatectomy and radiotherapy) by treating " +
      "hospital. The interval is a normal-approximation 95 % interval for " +
      "the mean. The curves show the score before treatment and one, three " +
      "and five years after. No target is set."
  },
  population: "instrument = 'epic-26' AND domain = 'urinary-incontinence' AND timepoint = '1y'",
  value: "score",
  group: {
    expression: "primary_treatment",
    values: [
      { id: "surgery", label: { nb: "Radikal prostatektomi", en: "Radical prostatectomy" } },
      { id: "radiotherapy", label: { nb: "Strålebehandling", en: "Radiotherapy" } }
    ]
  },
  series: { population: "instrument = 'epic-26' AND domain = 'urinary-incontinence'", time: "timepoint_days" },
  contexts: ["treating", "residence"],
  defaultContext: "treating",
  period: "year",
  format: ".0f",
  measureUnit: { nb: "poeng (0–100, høyere er bedre)", en: "points (0–100, higher is better)" },
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: null }]
});
