// @vitest-environment jsdom
// Same data, same SVG: a committed snapshot (tests/components/__snapshots__/ratioFunnelPlot.svg); npm test
// pins TZ.
import { describe, expect, it } from "vitest";
import { ratioFunnelPlot } from "../../src/components/ratioFunnelPlot.ts";
import { caseMixUnits, ratioLines } from "../fixtures/site/curves.ts";

describe("ratioFunnelPlot", () => {
  it("draws O/E against E around 1, names the unit outside, and leaves the hidden one out", async () => {
    const svg = ratioFunnelPlot(caseMixUnits, {
      lines: ratioLines,
      lang: "nb",
      width: 640,
      xLabel: "Forventede dødsfall (E)"
    });
    expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(4);
    expect([...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent)).toEqual(["Ålesund"]);
    // Four limit lines, cut at the largest expected count (11.4 × 1.05): the point at E = 12 is left out.
    const lines = [...svg.querySelectorAll('g[aria-label="line"] path')];
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line.getAttribute("d")?.match(/L/g)).toHaveLength(5);
    await expect(svg.outerHTML).toMatchFileSnapshot("__snapshots__/ratioFunnelPlot.svg");
  });
});
