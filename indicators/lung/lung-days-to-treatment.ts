import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "lung-days-to-treatment",
  registry: "lung",
  type: "median-time",
  title: { nb: "Dager fra henvisning til behandling", en: "Days from referral to treatment" },
  shortDescription: {
    nb: "Median antall dager fra henvisning mottatt til første behandling for lungekreft.",
    en: "Median number of days from referral received to first treatment for lung cancer."
  },
  longDescription: {
    nb:
      "Medianen av antall dager fra henvisningen ble mottatt til første " +
      "kirurgi, strålebehandling eller medikamentelle behandling, blant " +
      "behandlede pasienter med kjent henvisningsdato. Konfidensintervallet " +
      "er fordelingsfritt (ordningsobservatorer). Standard forløpstid er 42 " +
      "dager; det er ikke satt måltall for medianen.",
    en:
      "The median number of days from the referral being received to the " +
      "first surgery, radiotherapy or systemic therapy, among treated " +
      "patients with a known referral date. The confidence interval is " +
      "distribution-free (order statistics). The standard pathway time is 42 " +
      "days; no target is set for the median."
  },
  population: "treated",
  value: "days_referral_to_treatment",
  contexts: ["treating", "residence"],
  defaultContext: "treating",
  period: "year",
  format: ".0f",
  versions: [{ version: 1, validFrom: 2015, validTo: null, target: null }]
});
