/**
 * The statistics core: pure functions, one per file, each validating its arguments. Import from here.
 */
export type { Interval } from "./interval.ts";

// Intervals and funnel plots
export { proportionInterval, type ProportionIntervalMethod } from "./proportionInterval.ts";
export { funnelLimits, type FunnelLimitsMethod } from "./funnelLimits.ts";
export { overdispersion, type Overdispersion } from "./overdispersion.ts";
export { ratioInterval, type RatioIntervalMethod } from "./ratioInterval.ts";
export { medianInterval, type MedianInterval } from "./medianInterval.ts";

// Risk adjustment
export { logisticRegression, type LogisticFit } from "./logisticRegression.ts";
export { detectSeparation, type SeparationCheck } from "./detectSeparation.ts";
export { predictLogistic } from "./predictLogistic.ts";
export { observedExpected, type ObservedExpected } from "./observedExpected.ts";

// Survival
export { kaplanMeier, type KaplanMeierRow } from "./kaplanMeier.ts";
export { netSurvival, type NetSurvivalMethod, type NetSurvivalRow } from "./netSurvival.ts";
export { cumulativeIncidence, type CumulativeIncidenceRow } from "./cumulativeIncidence.ts";
export { survivalAt, type SurvivalEstimate } from "./survivalAt.ts";
export { cumulativeIncidenceAt } from "./cumulativeIncidenceAt.ts";
export type { SurvivalConfType } from "./survivalInterval.ts";
export type { Sex } from "./dailyHazardTable.ts";

// Distributions and helpers
export { normalQuantile } from "./normalQuantile.ts";
export { binomialCdf } from "./binomialCdf.ts";
export { regularizedBeta } from "./regularizedBeta.ts";
export { betaQuantile } from "./betaQuantile.ts";
export { gammaQuantile } from "./gammaQuantile.ts";
export { chiSquareQuantile } from "./chiSquareQuantile.ts";
export { quantile } from "./quantile.ts";
