// @vitest-environment jsdom
// Charts render the same SVG for the same data (committed snapshots under tests/components/__snapshots__).
import { describe, expect, it } from "vitest";
import { funnelPlot } from "../../src/components/funnelPlot.ts";
import { rankedUnits } from "../../src/components/rankedUnits.ts";
import { trendChart } from "../../src/components/trendChart.ts";
import { levelChip } from "../../src/components/level.ts";
import { trendArrow } from "../../src/components/trendArrow.ts";
import { trend, units } from "../fixtures/site/results.ts";

const target = { direction: "higher" as const, high: 0.35 };

describe("charts", () => {
  it("trendChart draws target bands, the line and hollow preliminary points", async () => {
    const svg = trendChart(trend, { target, format: ".0%", lang: "nb", width: 640 });
    expect(svg.querySelectorAll("circle").length).toBe(5);
    // The preliminary period (2023) is the one hollow point.
    const hollow = [...svg.querySelectorAll('g[aria-label="dot"]')].find((g) => g.getAttribute("fill") === "white");
    expect(hollow?.querySelectorAll("circle").length).toBe(1);
    await expect(svg.outerHTML).toMatchFileSnapshot("__snapshots__/trendChart.svg");
  });

  it("trendChart draws each period against the target of its version when the target changed", () => {
    const versions = [
      { validFrom: 2014, validTo: 2020, target: { direction: "higher" as const, high: 0.3 } },
      { validFrom: 2021, validTo: null, target: { direction: "higher" as const, high: 0.35 } }
    ];
    const svg = trendChart(trend, { target: versions[1].target, versions, format: ".0%", lang: "nb", width: 640 });
    const rects = [...svg.querySelectorAll('g[aria-label="rect"] rect')].map((r) => ({
      x: Number(r.getAttribute("x")),
      width: Number(r.getAttribute("width")),
      bottom: Number(r.getAttribute("y")) + Number(r.getAttribute("height"))
    }));
    expect(rects).toHaveLength(2);
    // 2019–2020 against 30 %, 2021–2023 against 35 %: side by side, the later band starting higher up.
    expect(rects[0].x + rects[0].width).toBeCloseTo(rects[1].x, 6);
    expect(rects[1].width / rects[0].width).toBeCloseTo(3 / 2, 6);
    expect(rects[1].bottom).toBeLessThan(rects[0].bottom);
    // One version over the periods shown: one band across the whole chart, as without versions.
    expect(
      trendChart(trend, {
        target,
        versions: [{ validFrom: 2014, validTo: null, target }],
        format: ".0%",
        lang: "nb",
        width: 640
      }).outerHTML
    ).toBe(trendChart(trend, { target, format: ".0%", lang: "nb", width: 640 }).outerHTML);
  });

  it("trendChart leaves a gap for a hidden period instead of bridging it", () => {
    const hidden = trend.map((r) =>
      r.period === "2021" ? { ...r, value: null, lower: null, upper: null, suppressed: true } : r
    );
    const svg = trendChart(hidden, { target, format: ".0%", lang: "nb", width: 640 });
    const solid = [...svg.querySelectorAll('g[aria-label="line"] path')].find(
      (p) => !p.closest("g")?.getAttribute("stroke-dasharray")
    );
    // Two pieces (2019–2020 and 2022), each starting with a move-to.
    expect(solid?.getAttribute("d")?.match(/M/g)).toHaveLength(2);
  });

  it("trendChart names the nation in the page's language", () => {
    const withUnit = [
      ...trend,
      ...trend.map((r) => ({
        ...r,
        unit_id: "ous",
        unit_level: "trust" as const,
        unit_name: "Oslo universitetssykehus HF"
      }))
    ];
    const legend = trendChart(withUnit, { target, format: ".0%", lang: "en", width: 640 }).textContent;
    expect(legend).toContain("Norway");
    expect(legend).not.toContain("Norge");
  });

  it("rankedUnits leaves out suppressed units and ranks the rest", async () => {
    const svg = rankedUnits(units, { target, national: 0.36, format: ".0%", lang: "en", width: 640 });
    const labels = [...svg.querySelectorAll("[aria-label='y-axis tick label'] text")].map((t) => t.textContent);
    expect(labels).toEqual(["OUS", "UNN", "SIHF", "STHF"]);
    await expect(svg.outerHTML).toMatchFileSnapshot("__snapshots__/rankedUnits.svg");
  });

  it("funnelPlot labels only the units outside the limits", async () => {
    const funnel = {
      period: "2023",
      context: "residence",
      group: null,
      unit_level: "trust" as const,
      center: 0.36,
      adjustment: "none" as const,
      phi: null,
      lines: [50, 100, 200, 300].map((n) => ({
        n,
        lower95: 0.36 - 1.96 * Math.sqrt(0.2304 / n),
        upper95: 0.36 + 1.96 * Math.sqrt(0.2304 / n),
        lower998: 0.36 - 3.09 * Math.sqrt(0.2304 / n),
        upper998: 0.36 + 3.09 * Math.sqrt(0.2304 / n)
      }))
    };
    const svg = funnelPlot(units, { funnel, target, format: ".0%", lang: "en", width: 640, xLabel: "Patients" });
    const labels = [...svg.querySelectorAll("[aria-label='text'] text")].map((t) => t.textContent).sort();
    expect(labels).toEqual(["OUS", "STHF"]);
    await expect(svg.outerHTML).toMatchFileSnapshot("__snapshots__/funnelPlot.svg");
  });
});

describe("level and trend symbols", () => {
  it("never rely on colour alone", () => {
    const chip = levelChip("moderate", "nb");
    expect(chip.textContent).toBe("◆Moderat måloppnåelse");
    expect(chip.title).toBe("Moderat måloppnåelse");
    expect(levelChip(null, "en").textContent).toBe("No target");
  });
  it("says whether a change is better or worse for the indicator's direction", () => {
    expect(trendArrow(0.05, { target: { direction: "lower", high: 0.03 }, format: ".0%", lang: "en" }).title).toBe(
      "increase, +5.0 percentage points, worse"
    );
    expect(trendArrow(-0.05, { target: { direction: "lower", high: 0.03 }, format: ".0%", lang: "en" }).title).toBe(
      "decrease, \u22125.0 percentage points, better"
    );
    expect(trendArrow(0.001, { target: { direction: "higher", high: 0.35 }, format: ".0%", lang: "nb" }).title).toBe(
      "uendret, +0,1 prosentpoeng"
    );
    // A score shown to whole points: a change of −0.3 is no change, +2 is one.
    expect(trendArrow(-0.3, { target: null, format: ".0f", lang: "en" }).title).toBe("no change, 0");
    expect(trendArrow(2, { target: null, format: ".0f", lang: "en" }).textContent).toContain("↗");
  });
});
