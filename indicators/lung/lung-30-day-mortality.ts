import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";
import { surgicalCaseMix } from "../caseMix.ts";

/** An outcome of surgery: attributed to the operating hospital, and case-mix adjusted. */
export default defineIndicator({
  id: "lung-30-day-mortality",
  registry: "lung",
  type: "proportion",
  title: { nb: "Død innen 30 dager etter reseksjon", en: "Death within 30 days of resection" },
  shortDescription: {
    nb: "Andel pasienter operert for lungekreft som døde innen 30 dager etter operasjonen.",
    en: "Share of patients operated for lung cancer who died within 30 days of the operation."
  },
  longDescription: {
    nb:
      "Andelen av pasientene med lobektomi, pneumonektomi eller sublobær " +
      "reseksjon for lungekreft som døde av en hvilken som helst årsak innen " +
      "30 dager etter den første operasjonen, etter opererende sykehus og " +
      "operasjonsår (tre år samlet, fordi dødsfallene er få). Lavere er " +
      "bedre. Resultatene vises også justert for alder, kjønn, stadium og " +
      "ASA-klasse (observert/forventet). Fagrådet har ikke satt et måltall.",
    en:
      "The share of patients who had a lobectomy, pneumonectomy or sublobar " +
      "resection for lung cancer who died of any cause within 30 days of the " +
      "first operation, by operating hospital and year of operation (three " +
      "years pooled, as deaths are few). Lower is better. Results are also " +
      "shown adjusted for age, sex, stage and ASA class (observed/expected). " +
      "The council has set no target."
  },
  population:
    "first_surgery_procedure IN ('lobectomy', 'pneumonectomy', " +
    "'sublobar-resection') AND (days_surgery_to_end >= 30 OR dead)",
  event: "days_surgery_to_death <= 30",
  caseMix: surgicalCaseMix,
  contexts: ["operating"],
  period: "rolling-3-years",
  periodColumn: "first_surgery_year",
  format: ".1%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: null }]
});
