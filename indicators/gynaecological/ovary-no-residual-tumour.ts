import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "ovary-no-residual-tumour",
  registry: "gynaecological",
  type: "proportion",
  title: {
    nb: "Ingen synlig resttumor etter operasjon for eggstokkreft",
    en: "No residual tumour after surgery for ovarian cancer"
  },
  shortDescription: {
    nb: "Andel pasienter operert for eggstokkreft uten resttumor etter den første operasjonen.",
    en: "Share of patients operated for ovarian cancer with no residual tumour after the first operation."
  },
  longDescription: {
    nb:
      "Andelen av pasientene med cytoreduktiv kirurgi for eggstokkreft (C56) " +
      "der det ikke var resttumor (R0) etter den første operasjonen, etter " +
      "opererende sykehus. Måltall: minst 65 %.",
    en:
      "The share of patients with cytoreductive surgery for ovarian cancer " +
      "(C56) with no residual tumour (R0) after the first operation, by " +
      "operating hospital. Target: at least 65 %."
  },
  population: "icd10_group = 'C56' AND first_surgery_procedure = 'cytoreductive-surgery'",
  event: "first_surgery_margin = 'r0'",
  contexts: ["operating"],
  period: "year",
  periodColumn: "first_surgery_year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.65 } }]
});
