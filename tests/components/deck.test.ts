// @vitest-environment jsdom
// The deck's pure parts: which slide a URL names, the projector scale, which indicators and periods a
// choice includes, and where the spine chart puts its marks.
import { describe, expect, it } from "vitest";
import { screenScale, slideFromHash } from "../../src/components/deck.ts";
import { deckEntries, deckYears, spineRow } from "../../src/components/deckSlides.ts";
import { spine, spineDomain, targetLines, type SpineRow } from "../../src/components/spineChart.ts";
import type { PresentPeers, ResultRow, UnitPageData } from "../../src/components/types.ts";

describe("slideFromHash", () => {
  it("reads #slide-n, clamped to the deck, and opens at 1 otherwise", () => {
    expect(slideFromHash("#slide-7", 10)).toBe(7);
    expect(slideFromHash("#slide-70", 10)).toBe(10);
    expect(slideFromHash("#slide-0", 10)).toBe(1);
    expect(slideFromHash("", 10)).toBe(1);
    expect(slideFromHash("#results", 10)).toBe(1);
  });
});

describe("screenScale", () => {
  it("is 1 at 1280×720 and follows the tighter side", () => {
    expect(screenScale(1280, 720)).toBe(1);
    expect(screenScale(1920, 1080)).toBe(1.5);
    expect(screenScale(1920, 720)).toBe(1);
    expect(screenScale(1024, 768)).toBe(0.8);
  });
});

const row = (period_end: number, overrides: Partial<ResultRow> = {}) =>
  ({
    period: String(period_end),
    period_start: period_end,
    period_end,
    unit_id: "unn",
    value: 0.3,
    lower: 0.2,
    upper: 0.4,
    level: "low",
    suppressed: false,
    suppression_reason: null,
    ...overrides
  }) as ResultRow;

const indicator = (id: string, registry: string, years: number[], period: string) => ({
  indicator: {
    id,
    registry,
    title: { nb: id, en: id },
    format: ".0%",
    target: { direction: "higher", high: 0.5 },
    versions: [{ validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.5 } }]
  },
  context: "residence",
  period,
  rows: years.map((y) => row(y)),
  national: years.map((y) => row(y, { unit_id: "nation", value: 0.4 }))
});

const data = {
  indicators: [indicator("lung-a", "lung", [2021, 2022], "2022"), indicator("prostate-b", "prostate", [2020], "2020")]
} as unknown as UnitPageData;

describe("deckEntries", () => {
  it("keeps each indicator's own period by default, and the period ending in the chosen year", () => {
    const all = deckEntries(data, { registries: [], indicators: [], period: "" });
    expect(all.map((d) => [d.entry.indicator.id, d.period, d.own?.period_end])).toEqual([
      ["lung-a", "2022", 2022],
      ["prostate-b", "2020", 2020]
    ]);
    const in2021 = deckEntries(data, { registries: [], indicators: [], period: "2021" });
    expect(in2021.map((d) => [d.period, d.own?.period_end])).toEqual([
      ["2021", 2021],
      ["2021", undefined]
    ]);
    expect(deckYears(data)).toEqual(["2020", "2021", "2022"]);
  });

  it("includes the registries and indicators chosen", () => {
    const ids = (choice: { registries: string[]; indicators: string[] }) =>
      deckEntries(data, { ...choice, period: "" }).map((d) => d.entry.indicator.id);
    expect(ids({ registries: ["prostate"], indicators: [] })).toEqual(["prostate-b"]);
    expect(ids({ registries: [], indicators: ["lung-a"] })).toEqual(["lung-a"]);
    expect(ids({ registries: ["prostate"], indicators: ["lung-a"] })).toEqual([]);
  });
});

describe("spineRow", () => {
  it("takes the range from the peers of the period shown, leaving hidden ones out", () => {
    const peers = {
      "lung-a": {
        context: "residence",
        rows: [
          row(2022, { unit_id: "a", value: 0.1 }),
          row(2022, { unit_id: "b", value: 0.9, suppressed: true }),
          row(2022, { unit_id: "c", value: 0.6 }),
          row(2021, { unit_id: "d", value: 0.95 })
        ]
      }
    } as unknown as PresentPeers;
    const [entry] = deckEntries(data, { registries: [], indicators: ["lung-a"], period: "" });
    const spineData = spineRow(entry, peers, "en");
    expect([spineData.min, spineData.max, spineData.national, spineData.value]).toEqual([0.1, 0.6, 0.4, 0.3]);
    expect(spineData.shown).toBe("30%");
    expect(spineData.level).toBe("low");
  });
});

describe("spine", () => {
  const base: SpineRow = {
    id: "x",
    title: "x",
    period: "2022",
    format: ".0%",
    value: 0.3,
    shown: "30 %",
    level: "low",
    national: 0.4,
    min: 0.1,
    max: 0.6,
    target: { direction: "higher", high: 0.5 } as SpineRow["target"]
  };

  it("centres the nation and reaches the farthest of range, unit and target", () => {
    const [lo, hi] = spineDomain(base)!;
    expect((lo + hi) / 2).toBeCloseTo(0.4);
    expect(hi - 0.4).toBeCloseTo(0.3 * 1.08);
    expect(spineDomain({ ...base, national: null })).toBeNull();
    expect(targetLines({ range: [0.2, 0.4], moderate: null } as never)).toEqual([0.2, 0.4]);
  });

  it("draws the range, the nation and the marker where the values are", () => {
    const svg = spine(base, { width: 212, height: 30 });
    const [lo, hi] = spineDomain(base)!;
    const x = (v: number) => 12 + ((v - lo) / (hi - lo)) * 188;
    const range = svg.querySelector(".qi-spine-range")!;
    expect(Number(range.getAttribute("x"))).toBeCloseTo(x(0.1));
    expect(Number(range.getAttribute("width"))).toBeCloseTo(x(0.6) - x(0.1));
    expect(Number(svg.querySelector(".qi-spine-nation")!.getAttribute("x1"))).toBeCloseTo(106);
    expect(Number(svg.querySelector(".qi-spine-target")!.getAttribute("x1"))).toBeCloseTo(x(0.5));
    // Low attainment: a triangle whose apex is at the value.
    const marker = svg.querySelector(".qi-spine-marker")!;
    expect(marker.tagName).toBe("polygon");
    expect(Number(marker.getAttribute("points")!.split(",")[0])).toBeCloseTo(x(0.3));
    expect(spine({ ...base, value: null }, { width: 212, height: 30 }).querySelector(".qi-spine-marker")).toBeNull();
  });
});
