// Disclosure control on the real public output: an attacker holding every number the public site
// publishes (the indicator pages' data files) tries every recovery route against every hidden cell, and
// recovers none; hidden cells carry no number; no published count is between 1 and 4, not even of patients
// still at risk on a curve; where the nation's cell is hidden, nothing measured against it is published.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadSiteData } from "../../loaders/pages/siteData.ts";
import { attack, type PublicRow } from "../support/attacker.ts";
import { siteFiles } from "../support/sitePages.ts";

describe("public disclosure control", () => {
  const dir = inject("publicDir");
  const truth = loadSiteData(inject("resultsDir"), "council");
  type IndicatorFile = { rows: PublicRow[]; funnels: { period: string; context: string; group: string | null }[] };
  const indicatorFiles: IndicatorFile[] = siteFiles(dir)
    .filter((f) => /^_file\/data\/indicator\/.*\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as IndicatorFile);
  const published = indicatorFiles.flatMap((f) => f.rows);
  const small = (n: number | null | undefined) => n != null && n >= 1 && n <= 4;

  it("publishes every indicator's rows", () => {
    expect(new Set(published.map((r) => r.indicator)).size).toBe(Object.keys(truth.catalogue).length);
    expect(published.some((r) => r.suppressed)).toBe(true);
  });

  it("publishes no number for a hidden cell", () => {
    const leaking = published.filter(
      (r) => r.suppressed && (r.numerator !== null || r.denominator !== null || r.value !== null)
    );
    expect(leaking).toEqual([]);
  });

  it("publishes no count of 1–4 patients with or without the event", () => {
    const counted = new Set(
      Object.values(truth.catalogue)
        .filter((m) => m.type === "proportion" || m.type === "coverage")
        .map((m) => m.id)
    );
    const found = published.filter(
      (r) =>
        !r.suppressed &&
        (small(r.denominator) ||
          small(r.numerator) ||
          (counted.has(r.indicator) &&
            r.denominator !== null &&
            r.numerator !== null &&
            small(r.denominator - r.numerator)))
    );
    expect(found.map((r) => `${r.indicator} ${r.period} ${r.context} ${r.unit_id}`)).toEqual([]);
    // The truth has such counts outside proportions (deaths, recurrences), so the check above bites there too.
    expect(truth.rows.some((r) => !counted.has(r.indicator) && small(r.numerator))).toBe(true);
  });

  it("publishes no curve point with 1–4 patients at risk", () => {
    const curves = ["survival", "recurrence", "proms"].flatMap((page) => {
      const file = siteFiles(dir).find((f) => new RegExp(`^_file/data/${page}\\.[0-9a-f]+\\.json$`).test(f));
      const data = JSON.parse(readFileSync(join(dir, file!), "utf8")) as {
        indicators: { curves?: { n_risk: number | null }[]; series?: { n_risk: number | null }[] }[];
      };
      return data.indicators.flatMap((i) => [...(i.curves ?? []), ...(i.series ?? [])]);
    });
    expect(curves.length).toBeGreaterThan(100);
    expect(curves.filter((c) => small(c.n_risk))).toEqual([]);
  });

  it("publishes neither the national value nor a funnel around it where the nation's cell is hidden", () => {
    let tables = 0;
    for (const { rows, funnels } of indicatorFiles) {
      const hidden = new Set(
        rows
          .filter((r) => r.unit_level === "nation" && r.suppressed)
          .map((r) => `${r.period}|${r.context}|${r.group ?? ""}`)
      );
      const table = (r: { period: string; context: string; group?: string | null }) =>
        hidden.has(`${r.period}|${r.context}|${r.group ?? ""}`);
      const measured = (r: PublicRow) => {
        const { z, flag, adjusted_value } = r as {
          z?: number | null;
          flag?: string | null;
          adjusted_value?: number | null;
        };
        return r.national_value != null || z != null || flag != null || adjusted_value != null;
      };
      expect(rows.filter((r) => table(r) && measured(r))).toEqual([]);
      expect(funnels.filter(table)).toEqual([]);
      tables += hidden.size;
    }
    expect(tables).toBeGreaterThan(0); // the test extract has such tables (rare events nationally)
  });

  it("leaves the attacker no hidden cell to recover", () => {
    const recoveries = attack(published, truth.rows);
    expect(recoveries.slice(0, 20)).toEqual([]);
  });
});
