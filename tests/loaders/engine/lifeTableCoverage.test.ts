import { describe, expect, it } from "vitest";
import { lifeTableCoverage } from "../../../loaders/engine/lifeTableCoverage.ts";

const table = (years: number[], ages: number[]) => years.flatMap((year) => ages.map((age) => ({ year, age })));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("lifeTableCoverage", () => {
  it("says nothing of a table covering ages 0–100 and the whole follow-up", () => {
    expect(lifeTableCoverage(table(range(2014, 2025), range(0, 100)), { firstYear: 2014, lastYear: 2025 })).toEqual([]);
  });

  it("warns when ages or years fall short", () => {
    expect(lifeTableCoverage(table(range(2016, 2020), range(0, 60)), { firstYear: 2014, lastYear: 2025 })).toEqual([
      "lifetable: ages 0–60; patients outside get the nearest age's rates, " +
        "which biases net survival (give ages 0 to at least 100)",
      "lifetable: years 2016–2020, follow-up 2014–2025; years outside get the nearest year's rates"
    ]);
  });
});
