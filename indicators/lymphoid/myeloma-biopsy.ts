import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

/** A diagnostic-practice indicator: attributed to the diagnosing hospital. */
export default defineIndicator({
  id: "myeloma-biopsy",
  registry: "lymphoid",
  type: "proportion",
  title: { nb: "Biopsi som grunnlag for diagnosen myelomatose", en: "Biopsy as the basis of a myeloma diagnosis" },
  shortDescription: {
    nb: "Andel pasienter med myelomatose der diagnosen bygger på histologi (biopsi).",
    en: "Share of myeloma patients whose diagnosis rests on histology (a biopsy)."
  },
  longDescription: {
    nb:
      "Benmargsbiopsi er standard diagnostisk metode ved myelomatose. " +
      "Indikatoren er andelen av pasientene med myelomatose der histologi er " +
      "det sikreste diagnosegrunnlaget, etter diagnostiserende sykehus. " +
      "Måltall: over 90 %.",
    en:
      "Bone-marrow biopsy is the standard diagnostic method for myeloma. The " +
      "indicator is the share of myeloma patients whose most valid basis of " +
      "diagnosis is histology, by diagnosing hospital. Target: above 90 %."
  },
  population: "histology = 'myeloma'",
  event: "basis = 'histology'",
  contexts: ["diagnosing"],
  period: "year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.9, strict: true } }]
});
