/**
 * The disclosure policy of every registry: what the public report shows and what it protects
 * (docs/disclosure.md explains each rule and what a registry must decide).
 *
 * - `default` applies to every registry without an entry of its own.
 * - A registry's entry overrides any rule and has its own version: raise `version` (and `adopted`) when
 *   the registry changes its policy, so the About page and provenance.json say which one a report applied.
 * - `indicators` overrides rules for single indicators of the registry.
 *
 * Demo policy: a minimum denominator of 5, and 1–4 patients with or without the event hidden, for every
 * registry.
 */
import { defineDisclosurePolicy } from "../loaders/disclosure/policy.ts";

export default defineDisclosurePolicy({
  default: {
    version: 1,
    adopted: "2024-06-01",
    note: {
      nb: "Enheter med færre enn 5 pasienter vises ikke, heller ikke 1–4 pasienter med eller uten hendelsen.",
      en: "Units with fewer than 5 patients are not shown, nor are 1–4 patients with or without the event."
    },
    minDenominator: 5,
    smallCounts: "events-and-complements",
    range: [1, 4],
    coarsen: false,
    // Curves at quarter-year points, without the numbers at risk.
    curves: { pointsPerYear: 4, atRisk: false }
  }
});
