import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";
import { surgicalCaseMix } from "../caseMix.ts";

export default defineIndicator({
  id: "colon-100-day-mortality",
  registry: "colorectal",
  type: "proportion",
  title: { nb: "Død innen 100 dager etter tykktarmsreseksjon", en: "Death within 100 days of colon resection" },
  shortDescription: {
    nb: "Andel pasienter operert med reseksjon for tykktarmskreft som døde innen 100 dager.",
    en: "Share of patients with a resection for colon cancer who died within 100 days."
  },
  longDescription: {
    nb:
      "Andelen av pasientene med reseksjon for kreft i tykktarmen (C18–C19) " +
      "som døde av en hvilken som helst årsak innen 100 dager etter " +
      "operasjonen, etter opererende sykehus og operasjonsår. Lavere er " +
      "bedre. Resultatene vises også justert for alder, kjønn, stadium og " +
      "ASA-klasse. Måltall: høyst 3 %.",
    en:
      "The share of patients with a resection for colon cancer (C18–C19) who " +
      "died of any cause within 100 days of the operation, by operating " +
      "hospital and year of operation. Lower is better. Results are also " +
      "shown adjusted for age, sex, stage and ASA class. Target: at most 3 %."
  },
  population:
    "icd10_group IN ('C18', 'C19') AND first_surgery_procedure = 'colectomy' AND (days_surgery_to_end >= 100 OR dead)",
  event: "days_surgery_to_death <= 100",
  caseMix: surgicalCaseMix,
  contexts: ["operating"],
  period: "year",
  periodColumn: "first_surgery_year",
  format: ".1%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "lower", high: 0.03 } }]
});
