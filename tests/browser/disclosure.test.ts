// Disclosure control on the real public output (the scale-0.1 test build): an attacker holding every number
// the public site publishes tries every single-step recovery route against every hidden cell and recovers
// none; hidden cells carry no number, no flag and one wording; no published count is between 1 and 4; what
// is computed from several cells (national value, funnels and their φ, changes) comes from published cells
// only (`qi audit`'s publication checks); every page row is in data/published.csv with the same numbers; the
// council build shows every unit and says it is not for publication.
// docs/methods.md#disclosure: its effects on the published columns are checked here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { auditSite, formatAudit } from "../../loaders/disclosure/audit.ts";
import { parseCsv, publishedTablePath, readSite, siteRowId } from "../../loaders/disclosure/siteReader.ts";
import { loadSiteData } from "../../loaders/pages/siteData.ts";
import { attack, type PublicRow } from "../support/attacker.ts";
import { siteFiles } from "../support/sitePages.ts";

describe("public disclosure control", () => {
  const dir = inject("publicDir");
  const site = readSite(dir);
  const pageRows = site.rows.filter((r) => r.source !== publishedTablePath);
  const table = parseCsv(readFileSync(join(dir, publishedTablePath), "utf8"));
  const small = (n: number | null | undefined) => n != null && n >= 1 && n <= 4;

  it("leaves the single-step attacker no hidden cell to recover", async () => {
    const truth = await loadSiteData(inject("resultsDir"), "council");
    const indicatorRows = siteFiles(dir)
      .filter((f) => /^_file\/data\/indicator\/.*\.json$/.test(f))
      .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { rows: PublicRow[] }).rows);
    expect(new Set(indicatorRows.map((r) => r.indicator)).size).toBe(Object.keys(truth.catalogue).length);
    expect(indicatorRows.some((r) => r.suppressed)).toBe(true);
    expect(attack(indicatorRows, truth.rows).slice(0, 20)).toEqual([]);
  });

  it("publishes no count of 1–4 patients with or without the event", () => {
    const found = pageRows.filter(
      (r) =>
        !r.suppressed &&
        (small(r.denominator) ||
          small(r.numerator) ||
          (r.denominator !== null && r.numerator !== null && small(r.denominator - r.numerator)))
    );
    expect(found.map((r) => `${r.source} ${siteRowId(r)}`).slice(0, 10)).toEqual([]);
  });

  it("computes nothing published from a hidden cell, and hidden cells carry no number", async () => {
    const report = await auditSite(dir, { resultsDir: inject("resultsDir"), attacker: false });
    expect(report.problems, formatAudit(report)).toEqual([]);
    expect(report.failures, formatAudit(report)).toEqual([]);
    expect(report.byRule.minDenominator).toBeGreaterThan(10);
    expect(report.byRule.smallCount).toBeGreaterThan(10);
    // The audit did compare funnels: the test build has them.
    expect(site.funnels.filter((f) => f.phi !== null).length).toBeGreaterThan(10);
  });

  it("shows hidden cells with one wording whatever hid them, and no flag", () => {
    const hidden = pageRows.filter((r) => r.suppressed);
    expect(hidden.length).toBeGreaterThan(100);
    expect(new Set(hidden.map((r) => r.suppression_reason))).toEqual(new Set(["min-denominator", "protected"]));
    const flagged = hidden.filter((r) =>
      ["low_coverage", "z", "flag", "national_value", "change", "previous_value"].some(
        (c) => r[c] !== null && r[c] !== undefined
      )
    );
    expect(flagged.map(siteRowId).slice(0, 10)).toEqual([]);
  });

  it("publishes every cell in data/published.csv, and the pages' rows are cut from it", () => {
    const byId = new Map(table.map((r) => [`${r.indicator}|${r.group}|${r.period}|${r.context}|${r.unit_id}`, r]));
    expect(pageRows.length).toBeGreaterThan(1000);
    const missing = pageRows.filter((r) => !byId.has(siteRowId(r)));
    expect(missing.map((r) => `${r.source} ${siteRowId(r)}`).slice(0, 10)).toEqual([]);
    const same = (a: number | null, b: string) => (a === null ? b === "" : Number(b) === a);
    const differing = pageRows.filter((r) => {
      const line = byId.get(siteRowId(r))!;
      return !same(r.numerator, line.numerator) || !same(r.denominator, line.denominator) || !same(r.value, line.value);
    });
    expect(differing.map((r) => `${r.source} ${siteRowId(r)}`).slice(0, 10)).toEqual([]);
    expect(new Set(table.map((r) => r.mark))).toEqual(new Set(["published", "fewer-than", "hidden"]));
    expect(readFileSync(join(dir, "en/about.html"), "utf8")).toContain("published.csv");
  });

  it("publishes no numbers at risk on curves", () => {
    expect(site.curves.length).toBeGreaterThan(100);
    expect(site.curves.filter((c) => c.n_risk !== null)).toEqual([]);
  });
});

describe("council build", () => {
  it("shows every unit, unsuppressed, and says on every page that it is not for publication", async () => {
    const council = await loadSiteData(inject("resultsDir"), "council");
    expect(council.rows.filter((r) => r.suppressed)).toEqual([]);
    const dir = inject("councilDir");
    const rows = readSite(dir).rows;
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.filter((r) => r.suppressed)).toEqual([]);
    for (const page of ["nb/index.html", "en/about.html", "en/indicator/lung-mdt.html"])
      expect(readFileSync(join(dir, page), "utf8")).toMatch(/Not for publication|Ikke for publisering/);
  });
});
