/**
 * How many tumours the demo has per registry and diagnosis year, and when in the year they are
 * diagnosed. Scale 1 is national size: ≈ 37,000 tumours a year over the 12 registries (docs/demo-data.md).
 */
import type { RegistryId } from "../extract/registries.ts";
import type { Rng } from "./random.ts";
import { day } from "./days.ts";

export const FIRST_YEAR = 2014;
export const LAST_YEAR = 2023;

/**
 * Mean tumours a year at scale 1. The design brief's figures sum to ≈ 34,000; the ≈ 3,000 more that make
 * the target ≈ 37,000 go mostly to the categories that include in-situ or benign tumours (melanoma in
 * situ, benign and uncertain brain tumours, ductal carcinoma in situ), whose real counts are the least settled.
 */
export const meanTumoursPerYear: Record<RegistryId, number> = {
  prostate: 5800,
  colorectal: 5500,
  childhood: 200,
  breast: 4500,
  gynaecological: 2400,
  lung: 4200,
  lymphoid: 2900,
  melanoma: 5300,
  "oesophagus-stomach": 1050,
  sarcoma: 600,
  pancreas: 1150,
  cns: 3400
};

/** Growth in incidence a year (an ageing population). */
const GROWTH = 0.015;

/** 2020: diagnoses lost during the first pandemic wave (screening and GP visits paused); 2021: part caught up. */
const pandemic: Partial<Record<RegistryId, [number, number]>> = {
  prostate: [0.9, 1.04],
  breast: [0.94, 1.03],
  melanoma: [0.93, 1.04],
  colorectal: [0.95, 1.02],
  lung: [0.97, 1.0]
};

const growthNorm = (() => {
  let sum = 0;
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) sum += Math.pow(1 + GROWTH, y - (FIRST_YEAR + LAST_YEAR) / 2);
  return sum / (LAST_YEAR - FIRST_YEAR + 1);
})();

/** Tumours the demo generates for a registry in a diagnosis year at a scale (exact: the generator uses it). */
export function tumourCount(registry: RegistryId, year: number, scale: number): number {
  const growth = Math.pow(1 + GROWTH, year - (FIRST_YEAR + LAST_YEAR) / 2) / growthNorm;
  const [y2020, y2021] = pandemic[registry] ?? [0.98, 1.0];
  const wave = year === 2020 ? y2020 : year === 2021 ? y2021 : 1;
  return Math.round(meanTumoursPerYear[registry] * growth * wave * scale);
}

/** Relative diagnosis intensity by month: fewer in July and December (holidays). */
const monthWeight = [1.0, 1.0, 1.05, 1.0, 1.0, 1.0, 0.7, 0.95, 1.05, 1.08, 1.08, 0.85];

/** A diagnosis day in a year, by month intensity; April–May 2020 are thinned by the pandemic. */
export function diagnosisDay(rng: Rng, year: number): number {
  const weights = monthWeight.map((w, m) => {
    const days = day(m === 11 ? year + 1 : year, m === 11 ? 1 : m + 2, 1) - day(year, m + 1, 1);
    const wave = year === 2020 && (m === 3 || m === 4) ? 0.7 : 1;
    return w * days * wave;
  });
  const month = rng.weighted(weights);
  const first = day(year, month + 1, 1);
  const next = month === 11 ? day(year + 1, 1, 1) : day(year, month + 2, 1);
  return first + Math.floor(rng.next() * (next - first));
}
