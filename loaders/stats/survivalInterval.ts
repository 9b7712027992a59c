import type { Interval } from "./interval.ts";

/** The transformations a survival-curve confidence interval can be built on. */
export type SurvivalConfType = "log-log" | "log" | "plain";

/**
 * Pointwise confidence limits for a survival probability S from the standard error of log S.
 *
 * - log:     S·exp(∓z·se)
 * - log-log: exp(−exp(log(−log S) ± z·se/|log S|)), i.e. S^exp(∓z·se/log S); NaN where S ≥ 1 (log(−log S) is undefined)
 * - plain:   S ∓ z·S·se
 *
 * These are the formulas of R survival's `survfit_confint` (logse = TRUE) and of relsurv's `rs.surv`.
 * With `clip` (survfit) the log upper limit is capped at 1 and the plain limits are clipped to [0, 1];
 * without it (relsurv) they are left as computed. Limits are NaN where S = 0 or the standard error is not
 * finite, as R gives NA there. A helper of kaplanMeier and netSurvival: callers validate z and conf.
 */
export function survivalInterval(
  surv: number,
  seLogSurv: number,
  z: number,
  conf: SurvivalConfType,
  clip: boolean
): Interval {
  if (!(surv > 0) || !Number.isFinite(seLogSurv)) return { lower: NaN, upper: NaN };
  switch (conf) {
    case "log": {
      const upper = surv * Math.exp(z * seLogSurv);
      return { lower: surv * Math.exp(-z * seLogSurv), upper: clip ? Math.min(1, upper) : upper };
    }
    case "log-log": {
      if (surv >= 1) return { lower: NaN, upper: NaN };
      const logSurv = Math.log(surv);
      const center = Math.log(-logSurv);
      const spread = (z * seLogSurv) / -logSurv;
      return { lower: Math.exp(-Math.exp(center + spread)), upper: Math.exp(-Math.exp(center - spread)) };
    }
    case "plain": {
      const lower = surv - z * surv * seLogSurv;
      const upper = surv + z * surv * seLogSurv;
      return clip ? { lower: Math.max(0, lower), upper: Math.min(1, upper) } : { lower, upper };
    }
  }
}
