/** A two-sided interval: a confidence interval or a pair of control limits, lower ≤ upper. */
export type Interval = { lower: number; upper: number };
