// @vitest-environment jsdom
// Same data, same SVG: a committed snapshot (tests/components/__snapshots__/sqlChart.svg); npm test pins TZ.
import { describe, expect, it } from "vitest";
import { drawable, sqlChart } from "../../src/components/sqlChart.ts";

const tumours = [
  { registry: "lung", tumours: 3120 },
  { registry: "breast", tumours: 3580 },
  { registry: "prostate", tumours: 5040 },
  { registry: "myeloma", tumours: 470 }
];

describe("sqlChart", () => {
  it("bars the second column by the first, largest first, with the reader's thousands", async () => {
    const svg = sqlChart(tumours, { lang: "nb" });
    const labels = [...svg.querySelectorAll('[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(labels).toEqual(["prostate", "breast", "lung", "myeloma"]);
    const ticks = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).toContain("5\u00a0000");
    await expect(svg.outerHTML).toMatchFileSnapshot("__snapshots__/sqlChart.svg");
  });

  it("draws the first 50 rows only", () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ id: `u${i}`, n: i }));
    expect(sqlChart(many, { lang: "en" }).querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(50);
  });

  it("draws only a result whose second column is a number", () => {
    expect(drawable(tumours)).toBe(true);
    expect(drawable([{ sex: "female", n: "12" }])).toBe(false);
    expect(drawable([{ n: 12 }])).toBe(false);
    expect(drawable([])).toBe(false);
  });
});
