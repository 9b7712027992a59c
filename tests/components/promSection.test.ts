import { describe, expect, it } from "vitest";
import { followedLongest } from "../../src/components/promSection.ts";

const year = 365.241;
const points = (period: string, years: number[], unit_id = "nation") =>
  years.map((y) => ({
    unit_id,
    unit_level: unit_id === "nation" ? ("nation" as const) : ("region" as const),
    period,
    group: "surgery",
    time: y * year,
    estimate: 80,
    lower: 78,
    upper: 82,
    n_risk: 100
  }));

describe("followedLongest", () => {
  it("takes the latest period whose national series reaches the most follow-up times", () => {
    const series = [
      ...points("2016", [0, 1, 3, 5]),
      ...points("2018", [0, 1, 3, 5]),
      ...points("2020", [0, 1, 3]),
      // A region followed longer does not count: the chart draws the nation.
      ...points("2022", [0, 1, 3, 5, 7], "helse-nord"),
      ...points("2022", [0, 1])
    ];
    expect(followedLongest(series)).toBe("2018");
  });
});
