import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

/** Overtreatment: lower is better. By residence, so the catchment areas can be compared. */
export default defineIndicator({
  id: "prostate-low-risk-radical",
  registry: "prostate",
  type: "proportion",
  title: { nb: "Radikal behandling av lavrisiko prostatakreft", en: "Radical treatment of low-risk prostate cancer" },
  shortDescription: {
    nb: "Andel menn med lavrisiko prostatakreft som behandles radikalt (operasjon eller kurativ strålebehandling).",
    en: "Share of men with low-risk prostate cancer treated radically (surgery or curative radiotherapy)."
  },
  longDescription: {
    nb:
      "Menn med lavrisiko prostatakreft bør som hovedregel følges med aktiv " +
      "overvåkning, fordi radikal behandling gir risiko for senvirkninger " +
      "uten å bedre overlevelsen. Indikatoren er andelen av mennene med " +
      "lavrisiko sykdom som får radikal prostatektomi eller strålebehandling " +
      "med kurativt siktemål, etter bosted. Lavere er bedre. Måltall: høyst " +
      "20 %.",
    en:
      "Men with low-risk prostate cancer should as a rule be followed with " +
      "active surveillance, because radical treatment risks late effects " +
      "without improving survival. The indicator is the share of men with " +
      "low-risk disease who have a radical prostatectomy or radiotherapy " +
      "with curative intent, by residence. Lower is better. Target: at most " +
      "20 %."
  },
  population: "risk_group = 'low'",
  event: "radical_treatment",
  contexts: ["residence", "treating"],
  defaultContext: "residence",
  period: "year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "lower", high: 0.2 } }]
});
