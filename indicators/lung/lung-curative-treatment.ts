import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

/** Equity of access: patients are attributed to the health trust of their residence (catchment area). */
export default defineIndicator({
  id: "lung-curative-treatment",
  registry: "lung",
  type: "proportion",
  title: { nb: "Kurativ behandling av lungekreft", en: "Curative treatment of lung cancer" },
  shortDescription: {
    nb: "Andel pasienter med lungekreft som får behandling med kurativt siktemål.",
    en: "Share of lung cancer patients treated with curative intent."
  },
  longDescription: {
    nb:
      "Andelen av alle pasienter med lungekreft (unntatt de som bare er " +
      "kjent fra dødsattest) som får kirurgi, eller strålebehandling eller " +
      "medikamentell behandling med kurativt siktemål. Resultatene vises " +
      "etter pasientens bosted (opptaksområde), slik at vi kan se om " +
      "pasientene får det samme tilbudet uansett hvor de bor. Måltall: minst " +
      "35 %.",
    en:
      "The share of all lung cancer patients (except those known from the " +
      "death certificate only) who have surgery, or radiotherapy or systemic " +
      "therapy with curative intent. Results are shown by the patient's " +
      "residence (catchment area), to see whether patients get the same care " +
      "wherever they live. Target: at least 35 %."
  },
  population: "basis <> 'dco'",
  event: "curative_treatment",
  contexts: ["residence", "diagnosing"],
  defaultContext: "residence",
  period: "year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.35 } }]
});
