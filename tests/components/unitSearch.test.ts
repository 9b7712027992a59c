import { describe, expect, it } from "vitest";
import { fold, matchUnits } from "../../src/components/unitSearch.ts";
import type { FrontPageData } from "../../src/components/types.ts";

const units: FrontPageData["units"] = [
  { id: "unn", name: "Universitetssykehuset Nord-Norge HF", short: "UNN", level: "trust", parent: null },
  {
    id: "unn-tromso",
    name: "UNN Tromsø",
    short: "Tromsø",
    level: "hospital",
    parent: "Universitetssykehuset Nord-Norge HF"
  },
  { id: "ous", name: "Oslo universitetssykehus HF", short: "OUS", level: "trust", parent: null },
  {
    id: "hmr-alesund",
    name: "Ålesund sjukehus",
    short: "Ålesund",
    level: "hospital",
    parent: "Helse Møre og Romsdal HF"
  }
];
const ids = (query: string) => matchUnits(units, query).map((u) => u.id);

describe("matchUnits", () => {
  it("finds a unit by any part of its name, short name or trust, ignoring case", () => {
    expect(ids("tromsø")).toEqual(["unn-tromso"]);
    expect(ids("nord-norge")).toEqual(["unn", "unn-tromso"]);
    expect(ids("ous")).toEqual(["ous"]);
    expect(ids("møre")).toEqual(["hmr-alesund"]);
  });

  it("folds æ, ø and å, so a keyboard without them finds the unit", () => {
    expect(fold("Ålesund Tromsø Værnes")).toBe("alesund tromso vaernes");
    expect(ids("tromso")).toEqual(["unn-tromso"]);
    expect(ids("alesund")).toEqual(["hmr-alesund"]);
  });

  it("needs every word of the query, and finds nothing for an empty one", () => {
    expect(ids("universitetssykehus oslo")).toEqual(["ous"]);
    expect(ids("universitetssykehus bergen")).toEqual([]);
    expect(ids("   ")).toEqual([]);
  });
});
