import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "myeloma-relative-survival",
  registry: "lymphoid",
  type: "relative-survival",
  title: { nb: "Fem års relativ overlevelse, myelomatose", en: "Five-year relative survival, myeloma" },
  shortDescription: {
    nb: "Relativ (netto) overlevelse fem år etter diagnosen for pasienter med myelomatose.",
    en: "Relative (net) survival five years after diagnosis for myeloma patients."
  },
  longDescription: {
    nb:
      "Netto overlevelse fem år etter diagnosen, beregnet med Pohar " +
      "Perme-metoden mot befolkningens dødelighetstabell (samme kjønn, alder " +
      "og kalenderår), for pasienter diagnostisert i en treårsperiode, etter " +
      "bosted (helseforetakets opptaksområde). Pasienter som bare er kjent " +
      "fra dødsattest er utelatt. Måltall: minst 60 %.",
    en:
      "Net survival five years after diagnosis, estimated with the Pohar " +
      "Perme method against the population life table (same sex, age and " +
      "calendar year), for patients diagnosed in a three-year period, by " +
      "residence (the health trust's catchment area). Patients known from " +
      "the death certificate only are left out. Target: at least 60 %."
  },
  population: "histology = 'myeloma' AND basis <> 'dco'",
  horizonYears: 5,
  method: "pohar-perme",
  contexts: ["residence"],
  period: "rolling-3-years",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.6 } }]
});
