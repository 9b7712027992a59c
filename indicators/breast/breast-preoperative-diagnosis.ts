import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

/** Two versions: the moderate level was raised from 80 % to 85 % from 2020. */
export default defineIndicator({
  id: "breast-preoperative-diagnosis",
  registry: "breast",
  type: "proportion",
  title: { nb: "Preoperativt avklart diagnose", en: "Diagnosis confirmed before surgery" },
  shortDescription: {
    nb: "Andel opererte pasienter med brystkreft der diagnosen var avklart med biopsi før operasjonen.",
    en: "Share of patients operated for breast cancer whose diagnosis was confirmed by biopsy before surgery."
  },
  longDescription: {
    nb:
      "Andelen av pasientene operert for brystkreft der utredningsmeldingen " +
      "viser at det ble tatt biopsi før operasjonen, slik at diagnosen var " +
      "kjent da operasjonen ble planlagt, etter opererende sykehus. Måltall: " +
      "høy måloppnåelse ved minst 90 %; moderat ved minst 80 % til og med " +
      "2019 og minst 85 % fra 2020.",
    en:
      "The share of patients operated for breast cancer whose workup report " +
      "shows a biopsy before surgery, so the diagnosis was known when the " +
      "operation was planned, by operating hospital. Target: high attainment " +
      "at 90 % or more; moderate at 80 % or more up to 2019 and at 85 % or " +
      "more from 2020."
  },
  population: "first_surgery_procedure IN ('breast-conserving', 'mastectomy')",
  event: "coalesce(biopsy, false)",
  contexts: ["operating"],
  period: "year",
  periodColumn: "first_surgery_year",
  format: ".0%",
  versions: [
    { version: 1, validFrom: 2014, validTo: 2019, target: { direction: "higher", high: 0.9, moderate: 0.8 } },
    {
      version: 2,
      validFrom: 2020,
      validTo: null,
      target: { direction: "higher", high: 0.9, moderate: 0.85 },
      note: { nb: "Moderat måloppnåelse hevet fra 80 % til 85 %.", en: "Moderate attainment raised from 80 % to 85 %." }
    }
  ]
});
