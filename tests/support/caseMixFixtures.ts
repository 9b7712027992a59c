/**
 * The national rows of the case-mix windows issue 18 names, from the scale-1 demo
 * (tests/fixtures/reference/methods/casemix_rows.csv, exportDemoRows.ts), and the R references computed on
 * them (caseMixSeparation.R). "oesophagus-stomach-60-day-mortality 2014–2016 crafted" is that window with
 * every death among the patients of unknown stage turned into a survival (0 of 49, the pattern).
 */
import { num, readCsv } from "./readCsv.ts";

const fixture = (name: string) => new URL(`../fixtures/reference/methods/${name}`, import.meta.url);

/** The engine's case-mix covariates in its order (names sorted). */
export const caseMixCovariates = ["age", "asa", "asa_unknown", "female", "stage", "stage_unknown"] as const;

export interface CaseMixPatient {
  hospital: string;
  event: 0 | 1;
  covariates: Record<(typeof caseMixCovariates)[number], number>;
}

export function caseMixDatasets(): Map<string, CaseMixPatient[]> {
  const datasets = new Map<string, CaseMixPatient[]>();
  const add = (name: string, patient: CaseMixPatient) => {
    const list = datasets.get(name) ?? [];
    list.push(patient);
    datasets.set(name, list);
  };
  for (const r of readCsv(fixture("casemix_rows.csv"))) {
    const name = `${r.indicator} ${r.period}`;
    const covariates = Object.fromEntries(caseMixCovariates.map((c) => [c, num(r[c])])) as CaseMixPatient["covariates"];
    const event = r.event === "1" ? 1 : 0;
    add(name, { hospital: r.hospital, event, covariates });
    if (name === "oesophagus-stomach-60-day-mortality 2014–2016")
      add(`${name} crafted`, { hospital: r.hospital, event: covariates.stage_unknown === 1 ? 0 : event, covariates });
  }
  return datasets;
}

export const caseMixCoefficients = () => readCsv(fixture("casemix_separation_coefficients.csv"));
export const caseMixExpected = () => readCsv(fixture("casemix_separation_expected.csv"));
