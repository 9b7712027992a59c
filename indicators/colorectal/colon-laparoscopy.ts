import { defineIndicator } from "../../loaders/engine/defineIndicator.ts";

export default defineIndicator({
  id: "colon-laparoscopy",
  registry: "colorectal",
  type: "proportion",
  title: { nb: "Laparoskopisk reseksjon for tykktarmskreft", en: "Laparoscopic resection for colon cancer" },
  shortDescription: {
    nb: "Andel tykktarmsreseksjoner som startes laparoskopisk eller robotassistert.",
    en: "Share of colon resections started laparoscopically or robot-assisted."
  },
  longDescription: {
    nb:
      "Andelen av reseksjonene for kreft i tykktarmen (C18–C19) som ble " +
      "startet med minimalt invasiv teknikk (laparoskopisk eller " +
      "robotassistert, også de som ble konvertert til åpen operasjon), etter " +
      "opererende sykehus. Måltall: minst 60 %.",
    en:
      "The share of resections for colon cancer (C18–C19) started with a " +
      "minimally invasive technique (laparoscopic or robot-assisted, " +
      "including those converted to open surgery), by operating hospital. " +
      "Target: at least 60 %."
  },
  population: "icd10_group IN ('C18', 'C19') AND first_surgery_procedure = 'colectomy'",
  event: "first_surgery_approach IN ('laparoscopic', 'robotic', 'converted')",
  contexts: ["operating"],
  period: "year",
  periodColumn: "first_surgery_year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.6 } }]
});
