/** Bad definitions fail with the file and the field named; good ones load with defaults and links. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "../../../loaders/engine/catalogue.ts";
import { defineIndicator, IndicatorDefinitionError } from "../../../loaders/engine/defineIndicator.ts";

// Temporary catalogues live inside the project (.qi/ is git-ignored) so their imports resolve like real ones.
const root = resolve(".qi", "test-catalogues");
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

const valid = {
  id: "lung-example",
  registry: "lung",
  type: "proportion",
  title: { nb: "Eksempel", en: "Example" },
  shortDescription: { nb: "Kort.", en: "Short." },
  longDescription: { nb: "Lang.", en: "Long." },
  population: "TRUE",
  event: "curative_treatment",
  contexts: ["residence"],
  period: "year",
  format: ".0%",
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: 0.35 } }]
};

/** Writes a catalogue folder with one definition per entry: [registry folder, file name, object]. */
async function catalogue(files: [string, string, unknown][], extra: [string, string][] = []): Promise<string> {
  await mkdir(root, { recursive: true });
  const dir = await mkdtemp(join(root, "c-"));
  made.push(dir);
  for (const [folder, name, definition] of files) {
    await mkdir(join(dir, folder), { recursive: true });
    const define = relative(join(dir, folder), resolve("loaders/engine/defineIndicator.ts")).split("\\").join("/");
    await writeFile(
      join(dir, folder, name),
      `import { defineIndicator } from "${define}";\nexport default ` +
        `defineIndicator(${JSON.stringify(definition, null, 2)});\n`
    );
  }
  for (const [path, text] of extra) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

async function failure(dir: string): Promise<string> {
  try {
    await loadCatalogue(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(IndicatorDefinitionError);
    return (error as Error).message;
  }
  throw new Error("expected the catalogue to fail");
}

describe("defineIndicator", () => {
  it("fills defaults", () => {
    const d = defineIndicator(valid as Parameters<typeof defineIndicator>[0]);
    expect(d).toMatchObject({ minDenominator: 5, cohort: "cohort", periodColumn: "diagnosis_year" });
  });

  it("names every bad field", () => {
    const bad = {
      ...valid,
      format: "%%%",
      versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: "35 %" } }]
    };
    try {
      defineIndicator(bad as never);
      throw new Error("expected a throw");
    } catch (error) {
      expect(error).toBeInstanceOf(IndicatorDefinitionError);
      const fields = (error as IndicatorDefinitionError).problems.map((p) => p.field);
      expect(fields).toContain("format");
      expect(fields.some((f) => f.startsWith("versions[0].target"))).toBe(true);
    }
  });

  it("rejects SQL that the browser could not reproduce", () => {
    expect(() => defineIndicator({ ...valid, event: "diagnosis_year = year(current_date)" } as never)).toThrow(
      /field "event": SQL must not contain the current date/
    );
    expect(() => defineIndicator({ ...valid, population: "TRUE; DROP TABLE cohort" } as never)).toThrow(
      /field "population": SQL must not contain a ';'/
    );
    expect(() => defineIndicator({ ...valid, population: "random() < 0.5" } as never)).toThrow(/non-deterministic/);
  });

  it("takes only ids that can name pages and files (the unit id rule)", () => {
    expect(() => defineIndicator({ ...valid, id: "con" } as never)).toThrow(
      /field "id": "con" is a device name Windows reserves/
    );
    expect(() => defineIndicator({ ...valid, id: "index" } as never)).toThrow(
      /field "id": "index" is a name the site reserves/
    );
    expect(() => defineIndicator({ ...valid, id: "Lung-Example" } as never)).toThrow(
      /field "id": "Lung-Example" has upper-case letters; .* write lung-example/
    );
    expect(() => defineIndicator({ ...valid, id: "../lung" } as never)).toThrow(/field "id": "..\/lung" is not/);
  });

  it("rejects inconsistent targets and versions", () => {
    const lowerModerate = {
      ...valid,
      versions: [
        { version: 1, validFrom: 2014, validTo: null, target: { direction: "lower", high: 0.2, moderate: 0.1 } }
      ]
    };
    expect(() => defineIndicator(lowerModerate as never)).toThrow(
      /versions\[0\]\.target\.moderate": must not be below high/
    );
    const overlap = {
      ...valid,
      versions: [
        { version: 1, validFrom: 2014, validTo: 2020, target: null },
        { version: 2, validFrom: 2020, validTo: null, target: null }
      ]
    };
    expect(() => defineIndicator(overlap as never)).toThrow(/versions\[1\]\.validFrom": years overlap version 1/);
    const range = {
      ...valid,
      versions: [{ version: 1, validFrom: 2014, validTo: null, target: { range: [0.4, 0.2] } }]
    };
    expect(() => defineIndicator(range as never)).toThrow(/range/);
    expect(() => defineIndicator({ ...valid, defaultContext: "operating" } as never)).toThrow(
      /field "defaultContext": must be one of contexts/
    );
    expect(() => defineIndicator({ ...valid, minDenomiator: 10 } as never)).toThrow(
      /unknown field\(s\) "minDenomiator"/
    );
    expect(() => defineIndicator({ ...valid, type: "rate" } as never)).toThrow(/field "type"/);
  });
});

describe("loadCatalogue", () => {
  it("fails the build naming the file and the field", async () => {
    const dir = await catalogue([
      [
        "lung",
        "lung-example.ts",
        {
          ...valid,
          versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "up", high: 0.35 } }]
        }
      ]
    ]);
    const message = await failure(dir);
    expect(message).toMatch(/^c-[^/]+\/lung\/lung-example\.ts: field "versions\[0\]\.target\.direction"/);
    // A target is a direction or a range: the error comes from the kind it resembles, down to the field.
    const text = await failure(
      await catalogue([
        [
          "lung",
          "lung-example.ts",
          {
            ...valid,
            versions: [{ version: 1, validFrom: 2014, validTo: null, target: { direction: "higher", high: "35 %" } }]
          }
        ]
      ])
    );
    expect(text).toMatch(/field "versions\[0\]\.target\.high": Invalid input: expected number, received string/);
  });

  it("requires the file name to be the id and the folder to be the registry", async () => {
    expect(await failure(await catalogue([["lung", "other-name.ts", valid]]))).toMatch(
      /lung\/other-name\.ts: field "id": "lung-example" must match the file name "other-name\.ts"/
    );
    expect(await failure(await catalogue([["breast", "lung-example.ts", valid]]))).toMatch(
      /field "registry": "lung" must match the folder "breast"/
    );
  });

  it("checks coverage links and interpretation files", async () => {
    const linked = { ...valid, coverage: { indicator: "lung-missing" } };
    expect(await failure(await catalogue([["lung", "lung-example.ts", linked]]))).toMatch(
      /field "coverage\.indicator": no indicator "lung-missing"/
    );
    const orphan = await catalogue(
      [["lung", "lung-example.ts", valid]],
      [["lung/lung-exmaple.interpretation.md", "## 2023\n### nb\nx\n"]]
    );
    expect(await failure(orphan)).toMatch(
      /lung-exmaple\.interpretation\.md: definition: interpretation file has no definition/
    );
  });

  it("links the registry's coverage indicator by default and reads interpretations", async () => {
    const coverage = { ...valid, id: "lung-clinical-report", type: "coverage", event: "clinical_report" };
    const dir = await catalogue(
      [
        ["lung", "lung-example.ts", valid],
        ["lung", "lung-clinical-report.ts", coverage]
      ],
      [["lung/lung-example.interpretation.md", "## 2023\n### nb\nBra.\n### en\nGood.\n"]]
    );
    const entries = await loadCatalogue(dir);
    expect(entries.map((e) => e.definition.id)).toEqual(["lung-clinical-report", "lung-example"]);
    expect(entries[1].coverage).toEqual({ indicator: "lung-clinical-report", threshold: 0.6 });
    expect(entries[1].interpretations).toEqual({ "2023": { nb: "Bra.", en: "Good." } });
    expect(entries[0].coverage).toBeNull();
    // Selecting one indicator brings its coverage indicator along.
    expect((await loadCatalogue(dir, { ids: ["lung-example"] })).map((e) => e.definition.id)).toEqual([
      "lung-clinical-report",
      "lung-example"
    ]);
    await expect(loadCatalogue(dir, { ids: ["nope"] })).rejects.toThrow(/unknown indicator\(s\) nope/);
  });
});
