import { describe, expect, it } from "vitest";
import * as stats from "../../../loaders/stats/index.ts";

describe("loaders/stats index", () => {
  it("exports the public statistics API", () => {
    const names = [
      "proportionInterval",
      "funnelLimits",
      "overdispersion",
      "ratioInterval",
      "medianInterval",
      "logisticRegression",
      "predictLogistic",
      "observedExpected",
      "normalQuantile",
      "binomialCdf",
      "regularizedBeta",
      "betaQuantile",
      "gammaQuantile",
      "chiSquareQuantile",
      "quantile"
    ];
    for (const name of names) expect(typeof (stats as Record<string, unknown>)[name], name).toBe("function");
  });
});
