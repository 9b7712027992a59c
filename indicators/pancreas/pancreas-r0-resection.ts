import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "pancreas-r0-resection",
  registry: "pancreas",
  type: "proportion",
  title: {
    nb: "Radikal reseksjon (R0) ved kreft i bukspyttkjertelen",
    en: "Radical (R0) resection for pancreatic cancer"
  },
  shortDescription: {
    nb: "Andel reseksjoner for kreft i bukspyttkjertelen uten gjenværende svulst i reseksjonskanten.",
    en: "Share of resections for pancreatic cancer with no tumour left at the margin."
  },
  longDescription: {
    nb:
      "Andelen av pankreasreseksjonene for kreft der reseksjonskanten var " +
      "fri (R0) etter den første operasjonen, etter opererende sykehus og " +
      "operasjonsår (tre år samlet). Det er ikke satt måltall.",
    en:
      "The share of pancreatic resections for cancer with a clear (R0) " +
      "margin after the first operation, by operating hospital and year of " +
      "operation (three years pooled). No target is set."
  },
  population: "first_surgery_procedure = 'pancreatectomy'",
  event: "first_surgery_margin = 'r0'",
  contexts: ["operating"],
  period: "rolling-3-years",
  periodColumn: "first_surgery_year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: null }]
});
