import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "breast-conserving-surgery",
  registry: "breast",
  type: "proportion",
  title: {
    nb: "Brystbevarende kirurgi ved svulster opptil 30 mm",
    en: "Breast-conserving surgery for tumours up to 30 mm"
  },
  shortDescription: {
    nb: "Andel opererte pasienter med svulst på 30 mm eller mindre som får brystbevarende kirurgi.",
    en: "Share of operated patients with a tumour of 30 mm or less who have breast-conserving surgery."
  },
  longDescription: {
    nb:
      "Blant pasientene operert for brystkreft med svulst på høyst 30 mm: " +
      "andelen som ble operert brystbevarende og ikke senere fikk " +
      "mastektomi, etter opererende sykehus. Måltall: høy måloppnåelse ved " +
      "minst 80 %, moderat ved minst 70 %.",
    en:
      "Among the patients operated for breast cancer with a tumour of at " +
      "most 30 mm: the share operated with breast-conserving surgery and not " +
      "later mastectomy, by operating hospital. Target: high attainment at " +
      "80 % or more, moderate at 70 % or more."
  },
  population: "tumour_size_mm <= 30 AND first_surgery_procedure IN ('breast-conserving', 'mastectomy')",
  event:
    "first_surgery_procedure = 'breast-conserving' AND last_surgery_procedure IN ('breast-conserving', 're-excision')",
  contexts: ["operating"],
  period: "year",
  periodColumn: "first_surgery_year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.8, moderate: 0.7 } }]
});
