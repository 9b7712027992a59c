// The public build never contains patient-level data: sentinel pseudonyms, dates and a rare value planted
// in the test extract appear in no byte of any file of the public site (pages, scripts, JSON, Arrow), and
// its data files hold no exact date except the extract's own published dates.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { sentinels } from "../support/sentinelExtract.ts";
import { siteFiles } from "../support/sitePages.ts";

/** Files (relative paths) of `root` whose bytes contain `needle` (UTF-8). */
function filesContaining(root: string, files: string[], needle: string): string[] {
  const bytes = Buffer.from(needle, "utf8");
  return files.filter((file) => readFileSync(join(root, file)).includes(bytes));
}

const all = [...sentinels.patientIds, ...sentinels.tumourIds, ...sentinels.dates, sentinels.rareValue];

describe("sentinels", () => {
  const extract = inject("extractDir");
  const extractFiles = ["patients.csv", "tumours.csv"];

  it("are in the extract (the scanner finds what is there)", () => {
    for (const needle of all) expect(filesContaining(extract, extractFiles, needle), needle).not.toEqual([]);
  });

  it("are in no byte of the public site", () => {
    const dir = inject("publicDir");
    const files = siteFiles(dir);
    expect(files.length).toBeGreaterThan(100);
    const found = all.flatMap((needle) => filesContaining(dir, files, needle).map((file) => `${needle} in ${file}`));
    expect(found).toEqual([]);
  });

  it("no data file of the public site holds an exact date other than the extract's published dates", () => {
    const dir = inject("publicDir");
    const manifest = JSON.parse(readFileSync(join(extract, "extract.json"), "utf8")) as {
      extract_date: string;
      affirm_date: string;
      period: { from: string; to: string };
    };
    // The disclosure policy's adoption dates are the registries' decisions, published on the About page.
    const provenance = JSON.parse(readFileSync(join(dir, "provenance.json"), "utf8")) as {
      disclosure: { policy: { registries: { adopted: string }[] } };
    };
    const allowed = new Set([
      manifest.extract_date,
      manifest.affirm_date,
      manifest.period.from,
      manifest.period.to,
      ...provenance.disclosure.policy.registries.map((r) => r.adopted)
    ]);
    const found: string[] = [];
    for (const file of siteFiles(dir).filter((f) => f.startsWith("_file/"))) {
      for (const match of readFileSync(join(dir, file), "utf8").matchAll(/\b(19|20)\d\d-\d\d-\d\d\b/g))
        if (!allowed.has(match[0])) found.push(`${match[0]} in ${file}`);
    }
    expect(found).toEqual([]);
  });

  it("the public site has no patient-level file and no explorer", () => {
    const files = siteFiles(inject("publicDir"));
    expect(files.filter((f) => /cohort|explorer|data-quality/.test(f))).toEqual([]);
  });
});
