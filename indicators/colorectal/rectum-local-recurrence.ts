import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

/** Cumulative incidence with death as the competing risk (not 1 − Kaplan–Meier, which overstates it). */
export default defineIndicator({
  id: "rectum-local-recurrence",
  registry: "colorectal",
  type: "cumulative-incidence",
  title: {
    nb: "Lokalt tilbakefall innen fem år etter endetarmskreft",
    en: "Local recurrence within five years of rectal cancer surgery"
  },
  shortDescription: {
    nb: "Kumulativ insidens av lokalt tilbakefall fem år etter reseksjon for endetarmskreft.",
    en: "Cumulative incidence of local recurrence five years after resection for rectal cancer."
  },
  longDescription: {
    nb:
      "Andelen av pasientene med fremre eller abdominoperineal reseksjon for " +
      "endetarmskreft (C20) uten fjernspredning ved diagnose som får lokalt " +
      "tilbakefall innen fem år etter operasjonen, beregnet som kumulativ " +
      "insidens med død som konkurrerende hendelse (Aalen–Johansen), etter " +
      "opererende sykehus og operasjonsår (tre år samlet). Lavere er bedre. " +
      "Måltall: minst 95 % fri for lokalt tilbakefall, det vil si høyst 5 %.",
    en:
      "The share of patients with an anterior or abdominoperineal resection " +
      "for rectal cancer (C20) without distant spread at diagnosis who have " +
      "a local recurrence within five years of the operation, estimated as " +
      "cumulative incidence with death as the competing event " +
      "(Aalen–Johansen), by operating hospital and year of operation (three " +
      "years pooled). Lower is better. Target: at least 95 % free of local " +
      "recurrence, that is at most 5 %."
  },
  population:
    "icd10_group = 'C20' AND first_surgery_procedure IN " +
    "('anterior-resection', 'abdominoperineal-resection') AND " +
    "coalesce(stage_number, 0) <> 4",
  time: "coalesce(days_surgery_to_local_recurrence, days_surgery_to_end)",
  cause: "CASE WHEN days_surgery_to_local_recurrence IS NOT NULL THEN 1 WHEN dead THEN 2 ELSE 0 END",
  horizonYears: 5,
  contexts: ["operating"],
  period: "rolling-3-years",
  periodColumn: "first_surgery_year",
  format: ".1%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "lower", high: 0.05 } }]
});
