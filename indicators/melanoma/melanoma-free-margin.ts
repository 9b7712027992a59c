import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "melanoma-free-margin",
  registry: "melanoma",
  type: "proportion",
  title: { nb: "Frie reseksjonskanter ved melanom", en: "Clear margins after melanoma surgery" },
  shortDescription: {
    nb: "Andel opererte melanomer med frie reseksjonskanter etter siste operasjon.",
    en: "Share of operated melanomas with clear margins after the last operation."
  },
  longDescription: {
    nb:
      "Andelen av de opererte melanomene der reseksjonskantene var frie (R0) " +
      "etter den siste operasjonen, etter opererende sykehus. Fagrådet har " +
      "ikke satt måltall; indikatoren følges for å se variasjon mellom " +
      "sykehusene.",
    en:
      "The share of operated melanomas whose margins were clear (R0) after " +
      "the last operation, by operating hospital. The council has set no " +
      "target; the indicator is followed to see variation between hospitals."
  },
  population: "operated",
  event: "last_surgery_margin = 'r0'",
  contexts: ["operating"],
  period: "year",
  periodColumn: "first_surgery_year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: null }]
});
