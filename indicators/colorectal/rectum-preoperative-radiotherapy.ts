import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

/** A range target: both too little and too much preoperative radiotherapy are off target. */
export default defineIndicator({
  id: "rectum-preoperative-radiotherapy",
  registry: "colorectal",
  type: "proportion",
  title: { nb: "Preoperativ strålebehandling ved endetarmskreft", en: "Preoperative radiotherapy for rectal cancer" },
  shortDescription: {
    nb: "Andel pasienter med reseksjon for endetarmskreft som fikk strålebehandling før operasjonen.",
    en: "Share of patients with a resection for rectal cancer who had radiotherapy before the operation."
  },
  longDescription: {
    nb:
      "Andelen av pasientene med fremre reseksjon eller abdominoperineal " +
      "reseksjon for endetarmskreft (C20) som fikk preoperativ (neoadjuvant) " +
      "strålebehandling, etter opererende sykehus. Både for lav og for høy " +
      "andel tyder på at retningslinjene ikke følges. Måltall: mellom 20 % " +
      "og 40 %.",
    en:
      "The share of patients with an anterior or abdominoperineal resection " +
      "for rectal cancer (C20) who had preoperative (neoadjuvant) " +
      "radiotherapy, by operating hospital. Both too low and too high a " +
      "share suggest the guidelines are not followed. Target: between 20 % " +
      "and 40 %."
  },
  population: "icd10_group = 'C20' AND first_surgery_procedure IN ('anterior-resection', 'abdominoperineal-resection')",
  event: "rt_preoperative",
  contexts: ["operating", "residence"],
  defaultContext: "operating",
  period: "year",
  periodColumn: "first_surgery_year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { range: [0.2, 0.4] } }]
});
