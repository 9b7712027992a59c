import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "lung-treatment-within-42-days",
  registry: "lung",
  type: "proportion",
  title: { nb: "Behandlingsstart innen 42 dager", en: "Treatment started within 42 days" },
  shortDescription: {
    nb:
      "Andel behandlede pasienter med lungekreft som startet behandling " +
      "innen 42 dager etter at henvisningen ble mottatt.",
    en: "Share of treated lung cancer patients who started treatment within 42 days of the referral being received."
  },
  longDescription: {
    nb:
      "Standard forløpstid i pakkeforløpet for lungekreft er 42 dager fra " +
      "henvisning mottatt til start av første behandling. Indikatoren er " +
      "andelen av de behandlede pasientene med kjent henvisningsdato som " +
      "startet behandlingen innen 42 dager. Det nasjonale målet for " +
      "pakkeforløp er at minst 70 % gjennomføres innen standard forløpstid.",
    en:
      "The standard pathway time for lung cancer is 42 days from the " +
      "referral being received to the start of the first treatment. The " +
      "indicator is the share of treated patients with a known referral date " +
      "who started treatment within 42 days. The national goal for cancer " +
      "patient pathways is that at least 70 % are completed within the " +
      "standard time."
  },
  population: "treated AND days_referral_to_treatment IS NOT NULL",
  event: "days_referral_to_treatment <= 42",
  contexts: ["treating", "residence"],
  defaultContext: "treating",
  period: "year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2015, validTo: null, target: { direction: "higher", high: 0.7 } }]
});
