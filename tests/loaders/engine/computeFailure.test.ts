/** An indicator whose SQL fails stops the compute with a message naming its file and the problem, promptly. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IndicatorComputeError } from "../../../loaders/engine/compute.ts";
import { ExtractBuilder } from "../../fixtures/engine/extractBuilder.ts";
import { computeFixture } from "../../fixtures/engine/computeFixture.ts";

const root = resolve(".qi", "test-catalogues");
let dir = "";
afterAll(() => rm(dir, { recursive: true, force: true }));

const definition = (id: string, event: string) => ({
  id,
  registry: "lung",
  type: "proportion",
  title: { nb: "Eksempel", en: "Example" },
  shortDescription: { nb: "Kort.", en: "Short." },
  longDescription: { nb: "Lang.", en: "Long." },
  population: "TRUE",
  event,
  contexts: ["residence"],
  period: "year",
  format: ".0%",
  coverage: null,
  versions: [{ version: 1, validFrom: 2014, validTo: null, target: null }]
});

describe("a failing indicator", () => {
  it("names the indicator's file and the SQL problem, and stops without hanging", async () => {
    await mkdir(root, { recursive: true });
    dir = await mkdtemp(join(root, "fail-"));
    await mkdir(join(dir, "lung"));
    const define = relative(join(dir, "lung"), resolve("loaders/engine/defineIndicator.ts")).split("\\").join("/");
    // Several indicators, so the others are being computed when one fails.
    for (const [id, event] of [
      ["lung-a", "curative_treatment"],
      ["lung-b", "no_such_column"],
      ["lung-c", "operated"],
      ["lung-d", "mdt"]
    ]) {
      await writeFile(
        join(dir, "lung", `${id}.ts`),
        `import { defineIndicator } from "${define}";\nexport default ` +
          `defineIndicator(${JSON.stringify(definition(id, event))});\n`
      );
    }
    const b = new ExtractBuilder();
    b.many(12, "P-", { registry: "lung", diagnosisDate: "2019-04-01" }, () => ({}));
    const run = computeFixture(b, undefined, { indicatorsDir: dir });
    await expect(run).rejects.toBeInstanceOf(IndicatorComputeError);
    await expect(run).rejects.toThrow(/lung\/lung-b\.ts.*lung-b.*no_such_column/s);
  }, 60_000);
});
