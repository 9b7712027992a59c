// `qi audit` on crafted sites: each way of narrowing a protected count that the issue found (hiding
// reasons with whole numbers, a shared population, a window, a median with its interval, φ computed over
// hidden units) is found, and the same site with that route closed passes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { auditSite } from "../../../loaders/disclosure/audit.ts";
import { assessFunnel } from "../../../loaders/engine/funnel.ts";
import type { ResultRow } from "../../../loaders/output/resultTables.ts";
import {
  craftResults,
  craftSite,
  craftedRows,
  hide,
  idOf,
  many,
  type Crafted,
  type CraftedTumour
} from "../../fixtures/disclosure/craftedResults.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const at = (hospital: string, memberships: CraftedTumour["in"]): CraftedTumour => ({
  units: { treating: hospital },
  in: memberships
});

/** Crafts the registry, marks rows by cell ("indicator|period|unit" → mark) and audits the site. */
async function audit(
  crafted: Crafted,
  marks: Record<string, "hidden" | "fewer-than">,
  options: Parameters<typeof craftSite>[3] & { rows?: (rows: ResultRow[]) => ResultRow[] } = {}
) {
  const dir = mkdtempSync(join(tmpdir(), "qi-audit-"));
  dirs.push(dir);
  const world = craftResults(join(dir, "results"), crafted);
  let rows = craftedRows(world, crafted).map((r) => {
    const mark = marks[`${r.indicator}|${r.period}|${r.unit_id}`];
    return mark ? hide(r, mark) : r;
  });
  if (options.rows) rows = options.rows(rows);
  craftSite(join(dir, "site"), rows, crafted, options);
  return auditSite(join(dir, "site"), { resultsDir: join(dir, "results") });
}

function craftedRowsOf(crafted: Crafted): ResultRow[] {
  const dir = mkdtempSync(join(tmpdir(), "qi-audit-"));
  dirs.push(dir);
  return craftedRows(craftResults(dir, crafted), crafted);
}

const failing = (report: Awaited<ReturnType<typeof audit>>) => report.failures.map((f) => f.cell).sort();

describe("qi audit", () => {
  it("finds counts pinned by the hiding reasons: two units 'fewer than 5' that must add up to 8", async () => {
    const crafted: Crafted = {
      indicators: [{ id: "p1" }],
      years: [2018, 2018],
      tumours: [
        ...many(4, at("a", { p1: { year: 2018 } })),
        ...many(4, at("b", { p1: { year: 2018 } })),
        ...many(5, at("c", { p1: { year: 2018 } })),
        ...many(10, at("d", { p1: { year: 2018 } })),
        ...many(6, at("e", { p1: { year: 2018 } }))
      ]
    };
    const report = await audit(crafted, { "p1|2018|a": "fewer-than", "p1|2018|b": "fewer-than" });
    expect(failing(report)).toEqual(["p1||2018|treating|a", "p1||2018|treating|b"]);
    expect(report.failures[0].range).toMatchObject({ min: 4, max: 4 });
    expect(report.ok).toBe(false);
    // Hiding the trust (and, so that it cannot be had from the region, its sibling and one of that one's
    // hospitals) leaves a and b anything from 0 to 4.
    const closed = await audit(crafted, {
      "p1|2018|a": "fewer-than",
      "p1|2018|b": "fewer-than",
      "p1|2018|t1": "hidden",
      "p1|2018|t2": "hidden",
      "p1|2018|e": "hidden"
    });
    expect(failing(closed)).toEqual([]);
    expect(closed.protectedCells).toBe(2);
  });

  // Hospital a has 3 patients, b 6 and c 11; two indicators count the same patients.
  const shared: Crafted = {
    indicators: [{ id: "p1" }, { id: "p2" }],
    years: [2018, 2018],
    tumours: [
      ...many(3, at("a", { p1: { year: 2018, event: true }, p2: { year: 2018 } })),
      ...many(6, at("b", { p1: { year: 2018 }, p2: { year: 2018, event: true } })),
      ...many(11, at("c", { p1: { year: 2018 }, p2: { year: 2018 } }))
    ]
  };

  it("finds a hidden N published by an indicator with the same population", async () => {
    const report = await audit(shared, { "p1|2018|a": "fewer-than", "p1|2018|b": "hidden", "p2|2018|a": "fewer-than" });
    expect(failing(report)).toEqual(["p1||2018|treating|a", "p2||2018|treating|a"]);
    expect(report.failures[0].range).toMatchObject({ min: 3, max: 3 });
    const closed = await audit(shared, {
      "p1|2018|a": "fewer-than",
      "p1|2018|b": "hidden",
      "p2|2018|a": "fewer-than",
      "p2|2018|b": "hidden"
    });
    expect(failing(closed)).toEqual([]);
  });

  it("finds a year recovered from a published three-year window of another indicator", async () => {
    const year = (y: number, hospital: string, count: number) =>
      many(count, at(hospital, { y: { year: y }, w: { year: y } }));
    const crafted: Crafted = {
      indicators: [{ id: "y" }, { id: "w", period: "rolling-3-years" }],
      years: [2017, 2019],
      tumours: [
        ...year(2017, "a", 6),
        ...year(2018, "a", 3),
        ...year(2019, "a", 9),
        ...[2017, 2018, 2019].flatMap((y) => [...year(y, "b", 7), ...year(y, "c", 8)])
      ]
    };
    const report = await audit(crafted, { "y|2018|a": "fewer-than", "y|2018|b": "hidden" });
    expect(failing(report)).toEqual(["y||2018|treating|a"]);
    expect(report.failures[0].range).toMatchObject({ min: 3, max: 3 });
    const closed = await audit(crafted, {
      "y|2018|a": "fewer-than",
      "y|2018|b": "hidden",
      "w|2017–2019|a": "hidden",
      "w|2017–2019|b": "hidden"
    });
    expect(failing(closed)).toEqual([]);
  });

  it("finds a count forced by a median and its order-statistic interval", async () => {
    // Days to treatment at a: the interval's upper end (the 10th of 11 values, 32) is under 42, so at least 10
    // of 11 were treated within 42 days: the one patient who was not is no longer protected.
    const days = [10, 12, 15, 17, 20, 27, 28, 30, 31, 32, 50];
    const crafted: Crafted = {
      indicators: [{ id: "m", type: "median-time", format: ".0f" }, { id: "p" }],
      years: [2018, 2018],
      tumours: [
        ...days.map((d) => at("a", { m: { year: 2018, value: d }, p: { year: 2018, event: d <= 42 } })),
        ...Array.from({ length: 10 }, (_, k) => at("b", { m: { year: 2018, value: 50 + k }, p: { year: 2018 } })),
        ...many(9, at("c", { m: { year: 2018, value: 30 }, p: { year: 2018, event: true } }))
      ]
    };
    const policy = {
      default: {
        version: 1,
        adopted: "2024-01-01",
        note: { nb: "n", en: "n" },
        minDenominator: 5,
        smallCounts: "events-and-complements" as const,
        range: [1, 4] as [number, number],
        coarsen: false,
        curves: { pointsPerYear: 4, atRisk: false }
      }
    };
    const withInterval = (rows: ResultRow[]) =>
      rows.map((r) => (r.indicator === "m" && r.unit_id === "a" ? { ...r, value: 27, lower: 12, upper: 32 } : r));
    const marks = { "p|2018|a": "hidden", "p|2018|b": "hidden", "m|2018|b": "hidden" } as const;
    const report = await audit(crafted, { ...marks }, { policy, rows: withInterval });
    expect(failing(report)).toEqual(["p||2018|treating|a"]);
    expect(report.failures[0].range!.max).toBeLessThan(4);
    // Without the median's interval, the count can be anything from 0 to 10.
    const closed = await audit(crafted, { ...marks, "m|2018|a": "hidden" }, { policy });
    expect(failing(closed)).toEqual([]);
  });

  it("finds an overdispersion φ computed over hidden units, and accepts one from the published units", async () => {
    const shares: [string, number, number][] = [
      ["a", 3, 10],
      ["b", 9, 20],
      ["c", 30, 40],
      ["d", 5, 30],
      ["e", 20, 25],
      ["f", 2, 30],
      ["g", 18, 20]
    ];
    const crafted: Crafted = {
      indicators: [{ id: "p1" }],
      years: [2018, 2018],
      tumours: shares.flatMap(([h, x, n]) => [
        ...many(x, at(h, { p1: { year: 2018, event: true } })),
        ...many(n - x, at(h, { p1: { year: 2018 } }))
      ])
    };
    const funnelPage = (phi: number) => ({
      "_file/data/indicator/p1.json": {
        meta: { id: "p1", defaultContext: "treating" },
        funnels: [
          {
            period: "2018",
            context: "treating",
            group: null,
            unit_level: "hospital",
            center: 87 / 175,
            adjustment: "additive",
            phi
          }
        ]
      }
    });
    const national = 87 / 175;
    const phiOf = (units: [string, number, number][]) =>
      assessFunnel(
        units.map(([, x, n]) => ({ numerator: x, denominator: n, value: x / n, se: null })),
        national,
        { kind: "proportion", minDenominator: 5, overdispersion: "additive", minUnits: 5 }
      ).summary.phi!;
    // b is hidden (with the trust, so its count is protected by the hierarchy).
    const marks = {
      "p1|2018|b": "hidden",
      "p1|2018|t1": "hidden",
      "p1|2018|r1": "hidden",
      "p1|2018|a": "hidden"
    } as const;
    const leaking = await audit(crafted, { ...marks }, { pages: funnelPage(Number(phiOf(shares).toFixed(3))) });
    expect(leaking.problems.map((p) => p.kind)).toContain("derived");
    const published = shares.filter(([h]) => h !== "a" && h !== "b");
    const clean = await audit(crafted, { ...marks }, { pages: funnelPage(Number(phiOf(published).toFixed(3))) });
    expect(clean.problems).toEqual([]);
  });

  it("finds numbers on hidden rows and a protected count printed as it is", async () => {
    const crafted: Crafted = {
      indicators: [{ id: "p1" }],
      years: [2018, 2018],
      tumours: [...many(3, at("a", { p1: { year: 2018 } })), ...many(9, at("b", { p1: { year: 2018 } }))]
    };
    const hiddenRow = {
      ...hide(
        craftedRowsOf(crafted).find((r) => r.unit_id === "b")!,
        "hidden"
      ),
      z: 1.2
    };
    const report = await audit(
      crafted,
      { "p1|2018|b": "hidden" },
      {
        pages: { "_file/data/indicator/p1.json": { meta: { id: "p1", defaultContext: "treating" }, rows: [hiddenRow] } }
      }
    );
    expect(failing(report)).toEqual(["p1||2018|treating|a"]);
    expect(report.failures[0].where).toBe("published");
    expect(report.problems.map((p) => `${p.kind} ${p.cell}`)).toEqual([
      `hidden-number ${idOf({ indicator: "p1", group: null, period: "2018", context: "treating", unit_id: "b" })}`
    ]);
  });
});
