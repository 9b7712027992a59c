/**
 * Survival statistics at registry scale, on deterministic synthetic data (seeded seededUniform, no Math.random):
 * Kaplan–Meier (whole days, and all times distinct) and Aalen–Johansen on 1,000,000 rows; Pohar Perme and
 * Ederer II net survival on 100,000 patients against a 100-year life table (1925–2024, ages 0–105, both
 * sexes), with whole-day times and with all times distinct (every time a crude interval); and a scaling check that
 * Pohar
 * Perme time grows about linearly in the number of patients (25k, 50k, 100k: linear doubles, quadratic
 * quadruples per step).
 */
import { peakMemoryMB, secondsSince, type BenchCase } from "../case.ts";
import { cumulativeIncidence } from "../../loaders/stats/cumulativeIncidence.ts";
import { kaplanMeier } from "../../loaders/stats/kaplanMeier.ts";
import { netSurvival } from "../../loaders/stats/netSurvival.ts";
import { Rng } from "../../loaders/demo/random.ts";

/** A seeded uniform stream (the demo generator's xoshiro128**), so the data are the same on every run. */
function seededUniform(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

const day = 86_400_000;
const year = 365.241;

/** Gompertz-like annual death probabilities, falling 1% a calendar year, men 40% above women. */
function lifeTable() {
  const rows: { year: number; sex: "male" | "female"; age: number; qx: number }[] = [];
  for (let y = 1925; y <= 2024; y++)
    for (const sex of ["male", "female"] as const)
      for (let age = 0; age <= 105; age++) {
        const hazard =
          (age === 0 ? 0.004 : 0.00005 * Math.exp(0.092 * age)) *
          (sex === "male" ? 1.4 : 1) *
          Math.exp(-0.01 * (y - 1925));
        rows.push({ year: y, sex, age, qx: Math.min(0.6, 1 - Math.exp(-hazard)) });
      }
  return rows;
}

/**
 * Patients diagnosed 2000–2019 aged 20–95, excess plus population deaths, follow-up to 2024-12-31, in whole
 * days (as registries record it) or, with `fractional`, in continuous time (every time distinct).
 */
function patients(n: number, seed: number, fractional = false) {
  const random = seededUniform(seed);
  const end = Date.UTC(2024, 11, 31);
  return Array.from({ length: n }, () => {
    const diagnosis = Date.UTC(2000, 0, 1) + Math.floor(random() * 20 * 365) * day;
    const ageYears = 20 + random() * 75;
    const deathDays = (-Math.log(1 - random()) / (0.08 + 0.0008 * Math.exp(0.07 * ageYears))) * year;
    const potential = (end - diagnosis) / day;
    const exact = Math.min(deathDays, potential);
    const time = fractional ? Math.max(0.01, exact) : Math.max(1, Math.ceil(exact));
    return {
      time,
      event: deathDays < potential,
      age: ageYears * year,
      sex: random() < 0.5 ? ("male" as const) : ("female" as const),
      date: new Date(diagnosis).toISOString().slice(0, 10)
    };
  });
}

function timed<T>(work: () => T): number {
  const start = performance.now();
  work();
  return secondsSince(start);
}

export const bench: BenchCase = {
  name: "stats-survival",
  description:
    "Kaplan–Meier and Aalen–Johansen (1e6 rows), Pohar Perme / Ederer II " +
    "(1e5 patients, 100-year life table), PP scaling",
  async run() {
    const random = seededUniform(20240501);
    const km = Array.from({ length: 1_000_000 }, () => ({ time: Math.ceil(random() * 3650), event: random() < 0.6 }));
    const kmDistinct = Array.from({ length: 1_000_000 }, () => ({ time: random() * 3650, event: random() < 0.6 }));
    const cif = km.map(({ time, event }, i) => ({ time, cause: event ? 1 + (i % 2) : 0 }));
    const table = lifeTable();
    const all = patients(100_000, 7);
    const allFractional = patients(100_000, 7, true);
    const times = [1, 3, 5, 10].map((k) => k * year);

    const kmSeconds = timed(() => kaplanMeier(km));
    const kmDistinctSeconds = timed(() => kaplanMeier(kmDistinct));
    const cifSeconds = timed(() => cumulativeIncidence(cif));
    const ppSeconds = timed(() => netSurvival(all, table, { method: "pohar-perme", times }));
    const e2Seconds = timed(() => netSurvival(all, table, { method: "ederer2", times }));
    const ppFractionalSeconds = timed(() => netSurvival(allFractional, table, { method: "pohar-perme", times }));
    const scaling = [25_000, 50_000, 100_000].map((n) =>
      timed(() => netSurvival(all.slice(0, n), table, { method: "pohar-perme", times }))
    );
    const ratio = Math.round((scaling[2] / scaling[0]) * 100) / 100;
    return {
      name: "stats-survival",
      figures: {
        kaplanMeier_1e6_s: kmSeconds,
        kaplanMeier_1e6_distinct_times_s: kmDistinctSeconds,
        cumulativeIncidence_1e6_s: cifSeconds,
        poharPerme_1e5_s: ppSeconds,
        ederer2_1e5_s: e2Seconds,
        poharPerme_1e5_distinct_times_s: ppFractionalSeconds,
        poharPerme_25k_s: scaling[0],
        poharPerme_50k_s: scaling[1],
        poharPerme_100k_s: scaling[2],
        poharPerme_100k_over_25k: ratio,
        lifeTableRows: table.length,
        peakMemoryMB: peakMemoryMB()
      },
      budgets: [
        {
          label: "Pohar Perme 100k/25k time ratio (linear 4, quadratic 16)",
          value: ratio,
          budget: "< 6",
          met: ratio < 6
        }
      ]
    };
  }
};
