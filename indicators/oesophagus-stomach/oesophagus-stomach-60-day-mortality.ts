import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";
import { surgicalCaseMix } from "../caseMix.ts";

export default defineIndicator({
  id: "oesophagus-stomach-60-day-mortality",
  registry: "oesophagus-stomach",
  type: "proportion",
  title: {
    nb: "Død innen 60 dager etter reseksjon for kreft i spiserør eller magesekk",
    en: "Death within 60 days of resection for oesophageal or gastric cancer"
  },
  shortDescription: {
    nb: "Andel pasienter med øsofagektomi eller gastrektomi som døde innen 60 dager.",
    en: "Share of patients with an oesophagectomy or gastrectomy who died within 60 days."
  },
  longDescription: {
    nb:
      "Andelen av pasientene med øsofagektomi eller gastrektomi for kreft " +
      "som døde av en hvilken som helst årsak innen 60 dager etter " +
      "operasjonen, etter opererende sykehus og operasjonsår (tre år " +
      "samlet). Lavere er bedre. Resultatene vises også justert for alder, " +
      "kjønn, stadium og ASA-klasse. Måltall: under 5 %.",
    en:
      "The share of patients with an oesophagectomy or gastrectomy for " +
      "cancer who died of any cause within 60 days of the operation, by " +
      "operating hospital and year of operation (three years pooled). Lower " +
      "is better. Results are also shown adjusted for age, sex, stage and " +
      "ASA class. Target: below 5 %."
  },
  population: "first_surgery_procedure IN ('oesophagectomy', 'gastrectomy') AND (days_surgery_to_end >= 60 OR dead)",
  event: "days_surgery_to_death <= 60",
  caseMix: surgicalCaseMix,
  contexts: ["operating"],
  period: "rolling-3-years",
  periodColumn: "first_surgery_year",
  format: ".1%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "lower", high: 0.05, strict: true } }]
});
