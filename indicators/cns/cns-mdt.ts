import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "cns-mdt",
  registry: "cns",
  type: "proportion",
  title: {
    nb: "Tverrfaglig møte før behandling av hjernesvulst",
    en: "Multidisciplinary team meeting before brain tumour treatment"
  },
  shortDescription: {
    nb: "Andel behandlede pasienter med hjernesvulst som er diskutert i tverrfaglig møte før behandlingen.",
    en: "Share of treated brain tumour patients discussed in a multidisciplinary team meeting before treatment."
  },
  longDescription: {
    nb:
      "Andelen av pasientene som fikk kirurgi, strålebehandling eller " +
      "medikamentell behandling for hjernesvulst og ble diskutert i " +
      "tverrfaglig møte før behandlingen, etter behandlende sykehus. Det er " +
      "ikke satt måltall.",
    en:
      "The share of patients who had surgery, radiotherapy or systemic " +
      "therapy for a brain tumour and were discussed in a multidisciplinary " +
      "team meeting before treatment, by treating hospital. No target is set."
  },
  population: "treated",
  event: "coalesce(mdt, false)",
  contexts: ["treating"],
  period: "year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: null }]
});
