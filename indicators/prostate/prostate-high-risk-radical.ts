import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "prostate-high-risk-radical",
  registry: "prostate",
  type: "proportion",
  title: { nb: "Radikal behandling av høyrisiko prostatakreft", en: "Radical treatment of high-risk prostate cancer" },
  shortDescription: {
    nb: "Andel menn med høyrisiko prostatakreft uten spredning som behandles radikalt.",
    en: "Share of men with high-risk non-metastatic prostate cancer treated radically."
  },
  longDescription: {
    nb:
      "Menn med høyrisiko prostatakreft uten fjernspredning har nytte av " +
      "radikal behandling. Indikatoren er andelen av dem som får radikal " +
      "prostatektomi eller strålebehandling med kurativt siktemål, etter " +
      "bosted. Måltall: minst 70 %.",
    en:
      "Men with high-risk prostate cancer without distant spread benefit " +
      "from radical treatment. The indicator is the share of them who have a " +
      "radical prostatectomy or radiotherapy with curative intent, by " +
      "residence. Target: at least 70 %."
  },
  population: "risk_group = 'high'",
  event: "radical_treatment",
  contexts: ["residence", "treating"],
  defaultContext: "residence",
  period: "year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.7 } }]
});
