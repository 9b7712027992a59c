import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "lung-mdt",
  registry: "lung",
  type: "proportion",
  title: { nb: "Tverrfaglig møte før behandling", en: "Multidisciplinary team meeting before treatment" },
  shortDescription: {
    nb: "Andel behandlede pasienter med lungekreft som er diskutert i tverrfaglig møte før behandlingen.",
    en: "Share of treated lung cancer patients discussed in a multidisciplinary team meeting before treatment."
  },
  longDescription: {
    nb:
      "Andelen av pasientene som fikk kirurgi, strålebehandling eller " +
      "medikamentell behandling for lungekreft, der utredningsmeldingen " +
      "viser at pasienten ble diskutert i et tverrfaglig møte (MDT) før " +
      "behandlingen startet. Pasienter uten utredningsmelding teller som " +
      "ikke diskutert. Måltall: minst 95 %.",
    en:
      "The share of patients who had surgery, radiotherapy or systemic " +
      "therapy for lung cancer whose workup report shows they were discussed " +
      "in a multidisciplinary team (MDT) meeting before treatment started. " +
      "Patients without a workup report count as not discussed. Target: at " +
      "least 95 %."
  },
  population: "treated",
  event: "coalesce(mdt, false)",
  contexts: ["treating", "residence"],
  defaultContext: "treating",
  period: "year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.95 } }]
});
