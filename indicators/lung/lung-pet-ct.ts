import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "lung-pet-ct",
  registry: "lung",
  type: "proportion",
  title: { nb: "PET-CT før kurativ behandling", en: "PET-CT before curative treatment" },
  shortDescription: {
    nb: "Andel pasienter med kurativ behandling for lungekreft som fikk PET-CT før behandlingen.",
    en: "Share of lung cancer patients treated with curative intent who had PET-CT before treatment."
  },
  longDescription: {
    nb:
      "Blant pasientene som fikk behandling med kurativt siktemål for " +
      "lungekreft: andelen som fikk PET-CT i utredningen. PET-CT avdekker " +
      "spredning som ellers kunne blitt oversett, og er anbefalt før all " +
      "kurativ behandling. Måltall: minst 95 %.",
    en:
      "Among the patients treated with curative intent for lung cancer: the " +
      "share who had PET-CT during workup. PET-CT reveals spread that could " +
      "otherwise be missed and is recommended before all curative treatment. " +
      "Target: at least 95 %."
  },
  population: "curative_treatment",
  event: "coalesce(pet_ct, false)",
  contexts: ["treating", "residence"],
  defaultContext: "treating",
  period: "year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.95 } }]
});
