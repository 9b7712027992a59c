import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "breast-one-operation",
  registry: "breast",
  type: "proportion",
  title: { nb: "Kun én operasjon for brystkreft", en: "One operation only for breast cancer" },
  shortDescription: {
    nb: "Andel opererte pasienter med brystkreft som bare trengte én operasjon på primærsvulsten.",
    en: "Share of patients operated for breast cancer who needed only one operation on the primary tumour."
  },
  longDescription: {
    nb:
      "Andelen av pasientene operert for brystkreft (brystbevarende eller " +
      "mastektomi) der det ikke ble gjort reoperasjon, for eksempel " +
      "reeksisjon på grunn av ufrie marginer, etter opererende sykehus. " +
      "Måltall: høy måloppnåelse ved minst 90 %, moderat ved minst 80 %.",
    en:
      "The share of patients operated for breast cancer (breast-conserving " +
      "or mastectomy) who had no further operation, such as a re-excision " +
      "for involved margins, by operating hospital. Target: high attainment " +
      "at 90 % or more, moderate at 80 % or more."
  },
  population: "first_surgery_procedure IN ('breast-conserving', 'mastectomy')",
  event: "n_operations = 1",
  contexts: ["operating"],
  period: "year",
  periodColumn: "first_surgery_year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.9, moderate: 0.8 } }]
});
