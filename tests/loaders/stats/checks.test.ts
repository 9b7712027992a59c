import { describe, expect, it } from "vitest";
import {
  checkClosed,
  checkCount,
  checkFinite,
  checkKeyword,
  checkLevel,
  checkOpen,
  checkOptions,
  checkValues
} from "../../../loaders/stats/checks.ts";

describe("checks", () => {
  it("passes valid values through", () => {
    expect(checkFinite("f", "x", -2.5)).toBe(-2.5);
    expect(checkCount("f", "n", 7564336677)).toBe(7564336677);
    expect(checkCount("f", "n", 1, 1)).toBe(1);
    expect(checkOpen("f", "p", 0.5)).toBe(0.5);
    expect(checkClosed("f", "p", 0)).toBe(0);
    expect(checkLevel("f", 0.998)).toBe(0.998);
    expect(checkKeyword("f", "method", "exact", ["exact", "normal"])).toBe("exact");
    expect(checkOptions("f", undefined)).toEqual({});
    expect(checkValues("f", "v", [1, 2])).toEqual([1, 2]);
    expect(checkValues("f", "v", [], 0)).toEqual([]);
  });
  it(
    "throws TypeError for wrong types and RangeError for values out of " + "range, naming the function and argument",
    () => {
      expect(() => checkFinite("f", "x", "1")).toThrow(new TypeError('f: x must be a number, got "1"'));
      expect(() => checkFinite("f", "x", Number.NaN)).toThrow(new RangeError("f: x must be a finite number, got NaN"));
      expect(() => checkCount("f", "n", 2.5)).toThrow(new RangeError("f: n must be a whole count, got 2.5"));
      expect(() => checkCount("f", "n", 2 ** 53)).toThrow(RangeError); // beyond exact integers
      expect(() => checkCount("f", "n", -1)).toThrow(new RangeError("f: n must be at least 0, got -1"));
      expect(() => checkCount("f", "n", 0, 1)).toThrow(new RangeError("f: n must be at least 1, got 0"));
      expect(() => checkOpen("f", "p", 1)).toThrow(new RangeError("f: p must be in (0, 1), got 1"));
      expect(() => checkClosed("f", "p", 1.5)).toThrow(new RangeError("f: p must be in [0, 1], got 1.5"));
      expect(() => checkLevel("f", 95)).toThrow(new RangeError("f: level must be in (0, 1), got 95"));
      expect(() => checkKeyword("f", "method", "x", ["a", "b"])).toThrow(
        new RangeError('f: method must be one of "a", "b", got "x"')
      );
      expect(() => checkKeyword("f", "method", 1, ["a"])).toThrow(TypeError);
      expect(() => checkOptions("f", null as never)).toThrow(new TypeError("f: options must be an object, got null"));
      expect(() => checkOptions("f", [] as never)).toThrow(TypeError);
      expect(() => checkValues("f", "v", {})).toThrow(new TypeError("f: v must be an array, got an object"));
      expect(() => checkValues("f", "v", [])).toThrow(new RangeError("f: v must have at least 1 value, got 0"));
      expect(() => checkValues("f", "v", [1, Infinity])).toThrow(
        new RangeError("f: v[1] must be a finite number, got Infinity")
      );
    }
  );
});
