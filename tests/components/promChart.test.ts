// @vitest-environment jsdom
// Same data, same SVG: a committed snapshot (tests/components/__snapshots__/promChart.svg); npm test pins TZ.
import { describe, expect, it } from "vitest";
import { promChart } from "../../src/components/promChart.ts";
import { promScores } from "../fixtures/site/curves.ts";

const label = (group: string | null) => (group === "prostatectomy" ? "Prostatektomi" : "Strålebehandling");

describe("promChart", () => {
  it("draws a line per treatment with its intervals side by side, before treatment first", async () => {
    const svg = promChart(promScores, { lang: "nb", groupLabel: label, width: 640 });
    const ticks = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).toEqual(["før", "1", "3", "5"]);
    expect(svg.querySelectorAll('g[aria-label="line"] path')).toHaveLength(2);
    // Eight interval bars, the two treatments' bars at each time 0.08 year apart.
    const bars = [...svg.querySelectorAll('g[aria-label="rule"] line')].map((l) => Number(l.getAttribute("x1")));
    expect(bars).toHaveLength(8);
    expect(new Set(bars).size).toBe(8);
    await expect(svg.outerHTML).toMatchFileSnapshot("__snapshots__/promChart.svg");
  });

  it("says 'before' in English", () => {
    const svg = promChart(promScores, { lang: "en", groupLabel: label, width: 640 });
    expect(svg.querySelector('[aria-label="x-axis tick label"] text')?.textContent).toBe("before");
    expect(svg.textContent).toContain("Years after treatment");
  });
});
