import { describe, expect, it } from "vitest";
import { versionFor } from "../../loaders/engine/periods.ts";
import { bestFirst, targetBands, targetIn, versionIn } from "../../src/components/targetBands.ts";

describe("targetBands", () => {
  it("higher is better: high above the high level, moderate between", () => {
    expect(targetBands({ direction: "higher", high: 0.8, moderate: 0.6 }, [0, 1])).toEqual([
      { from: 0.8, to: 1, level: "high" },
      { from: 0.6, to: 0.8, level: "moderate" }
    ]);
  });
  it("lower is better: high below the high level", () => {
    expect(targetBands({ direction: "lower", high: 0.03 }, [0, 0.2])).toEqual([{ from: 0, to: 0.03, level: "high" }]);
  });
  it("range: high inside, moderate bands either side", () => {
    expect(targetBands({ range: [0.2, 0.4], moderate: [0.15, 0.45] }, [0, 1])).toEqual([
      { from: 0.2, to: 0.4, level: "high" },
      { from: 0.15, to: 0.2, level: "moderate" },
      { from: 0.4, to: 0.45, level: "moderate" }
    ]);
  });
  it("clips to the axis domain and drops empty bands", () => {
    expect(targetBands({ direction: "higher", high: 0.95, moderate: 0.9 }, [0, 0.92])).toEqual([
      { from: 0.9, to: 0.92, level: "moderate" }
    ]);
    expect(targetBands(null, [0, 1])).toEqual([]);
  });
});

describe("bestFirst", () => {
  const order = (target: Parameters<typeof bestFirst>[0], values: number[]) => values.slice().sort(bestFirst(target));
  it("ranks highest first under a higher target or none, lowest first under a lower one", () => {
    expect(order({ direction: "higher", high: 0.8 }, [0.5, 0.9, 0.7])).toEqual([0.9, 0.7, 0.5]);
    expect(order(null, [0.5, 0.9, 0.7])).toEqual([0.9, 0.7, 0.5]);
    expect(order({ direction: "lower", high: 0.1 }, [0.5, 0.05, 0.2])).toEqual([0.05, 0.2, 0.5]);
  });
  it("ranks a range target by distance from the range: inside first, nearest the middle first", () => {
    // Range 20–40 %: 30 and 25 inside; 45 is 5 points out, 12 is 8 points out, 60 is 20 out.
    expect(order({ range: [0.2, 0.4] }, [0.6, 0.12, 0.45, 0.25, 0.3])).toEqual([0.3, 0.25, 0.45, 0.12, 0.6]);
  });
});

describe("targetIn", () => {
  it("gives the target of the version whose years contain the period's last year", () => {
    const versions = [
      { validFrom: 2014, validTo: 2019, target: { direction: "higher" as const, high: 0.9, moderate: 0.8 } },
      { validFrom: 2020, validTo: null, target: { direction: "higher" as const, high: 0.9, moderate: 0.85 } }
    ];
    expect(targetIn(versions, 2019)).toBe(versions[0].target);
    expect(targetIn(versions, 2020)).toBe(versions[1].target);
    expect(targetIn(versions, 2031)).toBe(versions[1].target);
    expect(targetIn(versions, 2013)).toBeNull();
  });
});

describe("versionIn", () => {
  it("picks the version the engine picks (loaders/engine/periods.ts versionFor) for every year", () => {
    const versions = [
      { version: "1", validFrom: 2012, validTo: 2015 },
      { version: "2", validFrom: 2016, validTo: 2019 },
      { version: "3", validFrom: 2021, validTo: null }
    ];
    for (let year = 2008; year <= 2030; year++)
      expect([year, versionIn(versions, year)?.version]).toEqual([year, versionFor(versions, { end: year })?.version]);
    // The gap year 2020 has none on either side.
    expect(versionIn(versions, 2020)).toBeUndefined();
  });
});
