import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

/** Clinical-report coverage: the registry's coverage indicator, linked from its other indicators. */
export default defineIndicator({
  id: "prostate-clinical-report",
  registry: "prostate",
  type: "coverage",
  title: { nb: "Klinisk rapportering, prostatakreft", en: "Clinical reporting, prostate cancer" },
  shortDescription: {
    nb: "Andel svulster med klinisk melding mottatt.",
    en: "Share of tumours with the clinical report received."
  },
  longDescription: {
    nb: "Andelen av svulstene i kvalitetsregisteret for prostatakreft der sykehusets kliniske melding er mottatt, blant alle svulster registrert i Kreftregisteret i perioden. Lav dekningsgrad gjør resultatene for enheten usikre, og de andre indikatorene for registeret flagges når dekningsgraden er under terskelen. Høy måloppnåelse ved minst 80 %, moderat ved minst 60 %.",
    en: "The share of tumours in the prostate cancer quality registry for which the hospital's clinical report has been received, among all tumours registered in the period. Low coverage makes a unit's results uncertain, and the registry's other indicators are flagged where coverage is below the threshold. High attainment at 80 % or more, moderate at 60 % or more."
  },
  population: "TRUE",
  event: "clinical_report",
  contexts: ["diagnosing", "treating", "operating", "residence"],
  defaultContext: "diagnosing",
  period: "year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.8, moderate: 0.6 } }]
});
