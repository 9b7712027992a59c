import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "sarcoma-mdt",
  registry: "sarcoma",
  type: "proportion",
  title: {
    nb: "Tverrfaglig møte før behandling av sarkom",
    en: "Multidisciplinary team meeting before sarcoma treatment"
  },
  shortDescription: {
    nb: "Andel behandlede pasienter med sarkom som er diskutert i tverrfaglig møte før behandlingen.",
    en: "Share of treated sarcoma patients discussed in a multidisciplinary team meeting before treatment."
  },
  longDescription: {
    nb:
      "Sarkom er sjeldne svulster som bør vurderes av et tverrfaglig team " +
      "ved et sarkomsenter før behandling. Indikatoren er andelen av de " +
      "behandlede pasientene som ble diskutert i tverrfaglig møte, etter " +
      "pasientens bosted. Det er ikke satt måltall.",
    en:
      "Sarcomas are rare tumours that should be assessed by a " +
      "multidisciplinary team at a sarcoma centre before treatment. The " +
      "indicator is the share of treated patients discussed in a " +
      "multidisciplinary team meeting, by the patient's residence. No target " +
      "is set."
  },
  population: "treated",
  event: "coalesce(mdt, false)",
  contexts: ["residence", "treating"],
  defaultContext: "residence",
  period: "rolling-3-years",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: null }]
});
