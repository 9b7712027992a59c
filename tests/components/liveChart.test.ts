// @vitest-environment jsdom
// Same data, same SVG: a committed snapshot (tests/components/__snapshots__/liveChart.svg); npm test pins TZ.
import { describe, expect, it } from "vitest";
import { liveChart } from "../../src/components/liveChart.ts";

const regions = [
  { unit_name: "Helse Nord RHF", value: 0.62, denominator: 310 },
  { unit_name: "Helse Midt-Norge RHF", value: 0.71, denominator: 402 },
  { unit_name: "Helse Vest RHF", value: 0.68, denominator: 655 },
  { unit_name: "Helse Sør-Øst RHF", value: 0.74, denominator: 1890 }
];

describe("liveChart", () => {
  it("draws a bar per unit, largest first, on a 0–100 % axis, with the whole as a dashed rule", async () => {
    const svg = liveChart(regions, { whole: 0.72, format: ".0%", lang: "nb", width: 640 });
    const labels = [...svg.querySelectorAll('[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(labels).toEqual(["Helse Sør-Øst RHF", "Helse Midt-Norge RHF", "Helse Vest RHF", "Helse Nord RHF"]);
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(4);
    const rule = svg.querySelector('g[aria-label="rule"]');
    expect(rule?.getAttribute("stroke-dasharray")).toBe("3,3");
    const ticks = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks.at(-1)).toBe("100\u00a0%");
    // Four bars of 20 px plus the axis.
    expect(svg.getAttribute("height")).toBe("140");
    await expect(svg.outerHTML).toMatchFileSnapshot("__snapshots__/liveChart.svg");
  });

  it("lets Plot choose the axis for a median in days", () => {
    const days = regions.map((d, i) => ({ ...d, value: 20 + 3 * i }));
    const svg = liveChart(days, { whole: 24, format: ".0f", lang: "en", width: 640 });
    const ticks = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).not.toContain("100%");
    expect(ticks).toContain("25");
  });
});
