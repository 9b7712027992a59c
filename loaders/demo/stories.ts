/**
 * The variation the demo plants so that it tells the stories of Dørum (2022) and shows what the
 * indicator pages must handle. Every planted number is here, once; docs/demo-data.md describes them and
 * tests/loaders/demo/stories.test.ts checks them in the generated CSVs. Shares marked "stratified" are
 * drawn with Quota (random.ts), so they hold within ±1 case per stratum at any seed and scale.
 */
import { clamp, trait } from "./model.ts";
import { fixedUnit } from "./random.ts";

/**
 * Story 1 (stratified by trust and year): low-risk prostate cancer treated radically (radical
 * prostatectomy or curative radiotherapy), by the trust of residence. UNN changed practice after the
 * results were published: 23 % in 2017, 9 % in 2020. The other trusts stay within 10–30 %, drifting
 * slowly down.
 */
const unnLowRiskRadical: Record<number, number> = {
  2014: 0.25,
  2015: 0.24,
  2016: 0.24,
  2017: 0.23,
  2018: 0.18,
  2019: 0.13,
  2020: 0.09,
  2021: 0.085,
  2022: 0.08,
  2023: 0.08
};
const lowRiskRadicalLevel: Record<string, number> = {
  finnmarkssykehuset: 0.19,
  nordlandssykehuset: 0.25,
  helgelandssykehuset: 0.15,
  hnt: 0.22,
  stolav: 0.16,
  hmr: 0.24,
  "helse-forde": 0.13,
  "helse-bergen": 0.15,
  "helse-fonna": 0.2,
  "helse-stavanger": 0.27,
  sshf: 0.19,
  sthf: 0.25,
  siv: 0.21,
  "vestre-viken": 0.17,
  "sykehuset-ostfold": 0.23,
  ahus: 0.14,
  ous: 0.12,
  "sykehuset-innlandet": 0.27
};
export function lowRiskRadicalShare(trust: string, year: number): number {
  if (trust === "unn") return unnLowRiskRadical[year] ?? 0.08;
  const level = lowRiskRadicalLevel[trust] ?? 0.18;
  return clamp(level - 0.004 * (year - 2014), 0.1, 0.3);
}

/**
 * Story 2 (stratified by trust): lung cancer treated with curative intent, by trust of residence. The
 * base probability depends on stage, age and performance status (national ≈ 37 %); residents of
 * Sykehuset Telemark's and Sykehuset Innlandet's catchments get curative treatment less often, Oslo
 * residents more often. Other trusts vary a little (fixed trait, sd 6 %).
 */
export function lungCurativeFactor(trust: string): number {
  const planted: Record<string, number> = { sthf: 0.76, "sykehuset-innlandet": 0.78, ous: 1.2 };
  return planted[trust] ?? clamp(1 + trait(trust, "lung-curative", 0.06), 0.9, 1.1);
}

/**
 * Story 3 (stratified by hospital and year): myeloma with biopsy (histology) as the basis of diagnosis,
 * by diagnosing hospital. Until 2018 each hospital has its own habit, spread over 55–100 %; from 2019 all
 * converge, reaching 90–98 % in 2022.
 */
export function myelomaBiopsyShare(hospital: string, year: number): number {
  const before =
    hospital === "unn-tromso" ||
    hospital === "stolav-trondheim" ||
    hospital === "bergen-haukeland" ||
    hospital === "ous-radium" ||
    hospital === "ous-ulleval"
      ? 0.93 + 0.05 * unitHash(hospital, "myeloma-final")
      : 0.55 + 0.45 * unitHash(hospital, "myeloma-2018");
  const after = 0.9 + 0.08 * unitHash(hospital, "myeloma-final");
  if (year <= 2018) return Math.min(before, 1);
  const t = Math.min(1, (year - 2018) / 4);
  return before + (Math.max(after, before) - before) * t;
}

function unitHash(unit: string, name: string): number {
  return fixedUnit(`${unit}|${name}`);
}

/**
 * Story 4a: one hospital with clearly high 30-day mortality after lung resection (national ≈ 1 %): the
 * operative risk is 0.8 % × the ASA factor elsewhere, 6 % × the ASA factor there (stratified).
 */
export const lungResectionMortality = { national: 0.008, outlier: "hmr-alesund", outlierRisk: 0.06 };

/** Story 4b: one hospital with a low laparoscopy rate in colon surgery (national ≈ 65 %, rising). */
export const colonLaparoscopy = { outlier: "fonna-haugesund", outlierRate: 0.22 };

/**
 * Story 4c: clinical-report coverage under 60 % at two hospitals (by diagnosing hospital); elsewhere
 * 88–99 % depending on the registry and hospital.
 */
export const lowCoverageHospitals: Record<string, number> = { "hsyk-mo-i-rana": 0.5, "vv-ringerike": 0.55 };

/**
 * Story 4d: the reporting lag. Three in four clinical reports arrive within weeks of the treatment
 * decision (median 40 days), one in four much later (median 300 days); reports not in by the extract
 * date are missing, so coverage for the last diagnosis year is visibly lower.
 */
export const reportLag = { fastShare: 0.75, fastMedianDays: 40, slowMedianDays: 300 };

/** Story 5: rectal cancer, preoperative radiotherapy by operating hospital: two units outside 20–40 %. */
export const rectalPreopRtFactor: Record<string, number> = { "nlsh-bodo": 0.42, "vv-drammen": 1.6 };
