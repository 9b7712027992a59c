import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "colon-relative-survival",
  registry: "colorectal",
  type: "relative-survival",
  title: { nb: "Fem års relativ overlevelse, tykktarmskreft", en: "Five-year relative survival, colon cancer" },
  shortDescription: {
    nb: "Relativ (netto) overlevelse fem år etter diagnosen for pasienter med tykktarmskreft.",
    en: "Relative (net) survival five years after diagnosis for colon cancer patients."
  },
  longDescription: {
    nb:
      "Netto overlevelse fem år etter diagnosen (Pohar Perme, mot " +
      "befolkningens dødelighetstabell) for pasienter med kreft i tykktarmen " +
      "(C18–C19) diagnostisert i en treårsperiode, etter helseforetakets " +
      "opptaksområde. Pasienter som bare er kjent fra dødsattest er utelatt. " +
      "Måltall: minst 68 %.",
    en:
      "Net survival five years after diagnosis (Pohar Perme, against the " +
      "population life table) for patients with colon cancer (C18–C19) " +
      "diagnosed in a three-year period, by the health trust's catchment " +
      "area. Patients known from the death certificate only are left out. " +
      "Target: at least 68 %."
  },
  population: "icd10_group IN ('C18', 'C19') AND basis <> 'dco'",
  horizonYears: 5,
  method: "pohar-perme",
  contexts: ["residence"],
  period: "rolling-3-years",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.68 } }]
});
