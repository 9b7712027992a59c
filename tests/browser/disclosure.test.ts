// Disclosure control on the real public output: an attacker holding every number the public site
// publishes (the indicator pages' data files) tries every recovery route against every hidden cell, and
// recovers none; hidden cells carry no number; no published count is between 1 and 4.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadSiteData } from "../../loaders/site/siteData.ts";
import { attack, type PublicRow } from "../support/attacker.ts";
import { siteFiles } from "../support/sitePages.ts";

describe("public disclosure control", () => {
  const dir = inject("publicDir");
  const truth = loadSiteData(inject("resultsDir"), "council");
  const published: PublicRow[] = siteFiles(dir)
    .filter((f) => /^_file\/data\/indicator\/.*\.json$/.test(f))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { rows: PublicRow[] }).rows);

  it("publishes every indicator's rows", () => {
    expect(new Set(published.map((r) => r.indicator)).size).toBe(Object.keys(truth.catalogue).length);
    expect(published.some((r) => r.suppressed)).toBe(true);
  });

  it("publishes no number for a hidden cell", () => {
    const leaking = published.filter((r) => r.suppressed && (r.numerator !== null || r.denominator !== null || r.value !== null));
    expect(leaking).toEqual([]);
  });

  it("publishes no count of 1–4 patients with or without the event", () => {
    const counted = new Set(Object.values(truth.catalogue).filter((m) => m.type === "proportion" || m.type === "coverage").map((m) => m.id));
    const small = (n: number | null) => n !== null && n >= 1 && n <= 4;
    const found = published.filter(
      (r) => !r.suppressed && (small(r.denominator) || (counted.has(r.indicator) && (small(r.numerator) || (r.denominator !== null && r.numerator !== null && small(r.denominator - r.numerator)))))
    );
    expect(found.map((r) => `${r.indicator} ${r.period} ${r.context} ${r.unit_id}`)).toEqual([]);
  });

  it("leaves the attacker no hidden cell to recover", () => {
    const recoveries = attack(published, truth.rows);
    expect(recoveries.slice(0, 20)).toEqual([]);
  });
});
