/** The registry: one measure per type the indicator schema allows, each in its own file named after it. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineIndicator, IndicatorDefinitionError } from "../../../../loaders/engine/defineIndicator.ts";
import { indicatorSchema } from "../../../../loaders/engine/indicatorSchema.ts";
import { measureFor, measureList, measures } from "../../../../loaders/engine/measures/index.ts";
import { baseDefinition } from "../../../fixtures/engine/measureFixture.ts";

const folder = join(import.meta.dirname, "../../../../loaders/engine/measures");

describe("measures", () => {
  it("has one measure for every type the indicator schema allows, and no other", () => {
    const allowed = indicatorSchema.options.map((option) => option.shape.type.value);
    expect([...allowed].sort()).toEqual(Object.keys(measures).sort());
    expect(allowed).toEqual(measureList.map((m) => m.type));
    for (const [type, measure] of Object.entries(measures)) expect(measure.type).toBe(type);
  });

  it("keeps each type in a file named after it, every file listed", () => {
    const files = readdirSync(folder)
      .filter((name) => name.endsWith(".ts") && name !== "index.ts" && name !== "measure.ts")
      .map((name) => name.slice(0, -3))
      .sort();
    expect(files).toEqual(Object.keys(measures).sort());
    for (const type of files) {
      const source = readFileSync(join(folder, `${type}.ts`), "utf8");
      expect(source, type).toContain(`type: z.literal("${type}")`);
    }
  });

  it("has every type documented for authors", () => {
    const guide = readFileSync(join(import.meta.dirname, "../../../../docs/authoring-indicators.md"), "utf8");
    const typeRow = guide.split("\n").find((line) => line.startsWith("| `type` |"))!;
    for (const type of Object.keys(measures)) expect(typeRow).toContain(`\`${type}\``);
  });

  it("says what the explorer recomputes live, and which curves go on which page", () => {
    const by = <K extends keyof (typeof measureList)[number]>(key: K) =>
      Object.fromEntries(measureList.map((m) => [m.type, m[key]]));
    expect(by("live")).toEqual({
      proportion: "counts",
      coverage: "counts",
      "median-time": "median",
      "mean-score": "mean",
      "relative-survival": null,
      "cumulative-incidence": null
    });
    expect(by("curvePage")).toEqual({
      proportion: null,
      coverage: null,
      "median-time": null,
      "mean-score": "proms",
      "relative-survival": "survival",
      "cumulative-incidence": "recurrence"
    });
    expect(by("additivity")).toEqual({
      proportion: "counts",
      coverage: "counts",
      "median-time": "denominator",
      "mean-score": "sum",
      "relative-survival": "denominator",
      "cumulative-incidence": "denominator"
    });
  });

  it("names an unknown type read from a file", () => {
    expect(measureFor("mean-score")).toBe(measures["mean-score"]);
    expect(() => measureFor("ratio")).toThrow(/unknown indicator type "ratio" \(known: proportion, coverage, /);
  });

  it("lets only the types with an event replace it in a version", () => {
    const version = { version: 1, validFrom: 2010, validTo: null, target: null, event: "dead" };
    const survival = { ...baseDefinition, type: "relative-survival" as const, horizonYears: 5, versions: [version] };
    expect(() => defineIndicator(survival)).toThrow(IndicatorDefinitionError);
    expect(() => defineIndicator(survival)).toThrow(
      'field "versions[0].event": only proportion and coverage indicators have an event to replace'
    );
    const coverage = { ...baseDefinition, type: "coverage" as const, event: "reported", versions: [version] };
    expect(defineIndicator(coverage).versions[0].event).toBe("dead");
  });
});
