/**
 * Clinical-report coverage (dekningsgrad), one per registry: the share of the registry's tumours whose
 * clinical report (the hospital's registration form) has been received. Every registry's coverage
 * indicator has the same definition and wording; only the registry and, where the council set one, the
 * target differ. The other indicators of a registry link to it and are flagged where it is low.
 */
import { defineIndicator } from "../loaders/engine/defineIndicator.ts";
import type { DirectionTarget } from "../loaders/engine/indicatorFields.ts";
import type { RegistryId } from "../loaders/extract/registries.ts";

type Text = { nb: string; en: string };

/** The clinical registries' usual reporting target: high at 80 %, moderate at 60 %. */
const usualTarget: DirectionTarget = { direction: "higher", high: 0.8, moderate: 0.6 };
const pct = (value: number) => `${Math.round(value * 100)} %`;

export function clinicalReportIndicator({
  registry,
  name,
  target = usualTarget
}: {
  registry: RegistryId;
  name: Text;
  target?: DirectionTarget;
}) {
  const moderate = target.moderate ?? target.high;
  const targetSentence =
    target === usualTarget
      ? {
          nb: `Høy måloppnåelse ved minst ${pct(target.high)}, moderat ved minst ${pct(moderate)}.`,
          en: `High attainment at ${pct(target.high)} or more, moderate at ${pct(moderate)} or more.`
        }
      : {
          nb:
            `Måltallet for ${name.nb} er høyere: høy måloppnåelse ved minst ` +
            `${pct(target.high)}, moderat ved minst ${pct(moderate)}.`,
          en:
            `The target for ${name.en} is higher: high attainment at ` +
            `${pct(target.high)} or more, moderate at ${pct(moderate)} or more.`
        };
  return defineIndicator({
    id: `${registry}-clinical-report`,
    registry,
    type: "coverage",
    title: { nb: `Klinisk rapportering, ${name.nb}`, en: `Clinical reporting, ${name.en}` },
    shortDescription: {
      nb: "Andel svulster med klinisk melding mottatt.",
      en: "Share of tumours with the clinical report received."
    },
    longDescription: {
      nb:
        `Andelen av svulstene i kvalitetsregisteret for ${name.nb} der ` +
        `sykehusets kliniske melding er mottatt, blant alle svulster ` +
        `registrert i Kreftregisteret i perioden. Lav dekningsgrad gjør ` +
        `resultatene for enheten usikre, og de andre indikatorene for ` +
        `registeret flagges når dekningsgraden er under terskelen. ` +
        `${targetSentence.nb}`,
      en:
        `The share of tumours in the ${name.en} quality registry for which the ` +
        `hospital's clinical report has been received, among all tumours ` +
        `registered in the period. Low coverage makes a unit's results ` +
        `uncertain, and the registry's other indicators are flagged where ` +
        `coverage is below the threshold. ${targetSentence.en}`
    },
    population: "TRUE",
    event: "clinical_report",
    contexts: ["diagnosing", "treating", "operating", "residence"],
    defaultContext: "diagnosing",
    period: "year",
    format: ".0%",
    versions: [{ version: 1, validFrom: 2014, validTo: null, target }]
  });
}
