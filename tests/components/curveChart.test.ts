// @vitest-environment jsdom
// Same data, same SVG: a committed snapshot (tests/components/__snapshots__/curveChart.svg); npm test pins TZ.
import { describe, expect, it } from "vitest";
import { curveChart } from "../../src/components/curveChart.ts";
import { curveNames, survivalCurves } from "../fixtures/site/curves.ts";

const draw = (lang: "nb" | "en" = "nb") =>
  curveChart(survivalCurves, { lang, names: curveNames, width: 640, xLabel: "År etter diagnose" });

describe("curveChart", () => {
  it("draws one stepped line and band per unit, the nation thickest, and stops where the estimate ends", async () => {
    const svg = draw();
    const lines = [...svg.querySelectorAll('g[aria-label="line"] path')];
    expect(lines).toHaveLength(3);
    const widths = lines.map((p) => Number(p.getAttribute("stroke-width")));
    expect(widths.sort()).toEqual([1.5, 1.5, 2.5]);
    expect(svg.querySelectorAll('g[aria-label="area"] path')).toHaveLength(3);
    // Helse Vest's last point has no estimate: its line ends half a year (56.4 px) short of the others.
    const ends = lines.map((p) => Number(/L([\d.]+),[\d.]+$/.exec(p.getAttribute("d")!)?.[1]));
    expect(ends).toEqual([620, 620, 563.6]);
    await expect(svg.outerHTML).toMatchFileSnapshot("__snapshots__/curveChart.svg");
  });

  it("labels the value axis in the page's language", () => {
    const ticks = (lang: "nb" | "en") =>
      [...draw(lang).querySelectorAll('[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks("nb")).toContain("50\u00a0%");
    expect(ticks("en")).toContain("50%");
  });
});
