import { describe, expect, it } from "vitest";
import { stepIndex } from "../../../loaders/stats/stepIndex.ts";

describe("stepIndex", () => {
  const curve = [1, 2, 4, 8, 16].map((time) => ({ time }));

  it("finds the last row at or before the time (survfit's summary(times =) rule)", () => {
    expect([0, 0.99, 1, 1.5, 2, 3.9, 4, 7, 8, 15, 16].map((t) => stepIndex("f", curve, t))).toEqual([
      -1, -1, 0, 0, 1, 1, 2, 2, 3, 3, 4
    ]);
    expect(stepIndex("f", curve, 16.5)).toBe(5);
    expect(stepIndex("f", [{ time: 3 }], 3)).toBe(0);
  });

  it("agrees with a linear scan", () => {
    const times = Array.from({ length: 200 }, (_, i) => ({ time: i * 0.5 + (i % 3) * 0.1 }));
    for (let t = 0; t < 101; t += 0.05) {
      let expected = -1;
      times.forEach((row, i) => {
        if (row.time <= t) expected = i;
      });
      if (t > times[times.length - 1].time) expected = times.length;
      expect(stepIndex("f", times, t)).toBe(expected);
    }
  });

  it("throws, naming the caller", () => {
    expect(() => stepIndex("caller", [], 1)).toThrow(new RangeError("caller: curve is empty"));
    expect(() => stepIndex("caller", {} as never, 1)).toThrow(TypeError);
    expect(() => stepIndex("caller", curve, -0.1)).toThrow(/^caller: time/);
    expect(() => stepIndex("caller", [{ time: 2 }, { time: 1 }], 1)).toThrow(RangeError);
    expect(() => stepIndex("caller", [{ time: NaN }], 1)).toThrow(RangeError);
  });
});
