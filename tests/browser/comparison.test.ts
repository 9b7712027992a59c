// The indicator page's view of every unit over time: one small multiple per unit of the level, and each
// filter keeps the units the page data say it should (docs/methods.md#change-between-periods for "changed").
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { suppressionReason } from "../../src/components/indicatorText.ts";
import type { IndicatorPageData, ResultRow } from "../../src/components/types.ts";
import { launchBrowser } from "../support/browser.ts";
import { visitPage } from "../support/checkPage.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function indicatorJson(dir: string, id: string): IndicatorPageData {
  const folder = join(dir, "_file", "data", "indicator");
  const file = readdirSync(folder).find((f) => f.startsWith(`${id}.`) && f.endsWith(".json"))!;
  return JSON.parse(readFileSync(join(folder, file), "utf8")) as IndicatorPageData;
}

/** What each filter keeps, computed here from the page data by the rules as the docs state them. */
function expected(rows: ResultRow[], period: string, filter: string): string[] {
  const shown = (r: ResultRow | undefined) => r !== undefined && !r.suppressed && r.value !== null;
  const se = (r: ResultRow) => ((r.upper as number) - (r.lower as number)) / (2 * 1.959964);
  const units = [...new Set(rows.map((r) => r.unit_id))];
  return units
    .filter((unit) => {
      const now = rows.find((r) => r.unit_id === unit && r.period === period);
      if (filter === "") return true;
      if (!shown(now)) return false;
      const r = now as ResultRow;
      if (filter === "below-target") return r.level === "moderate" || r.level === "low";
      if (filter === "outside-95") return r.flag !== null;
      if (filter === "outside-998") return r.flag === "alarm-high" || r.flag === "alarm-low";
      const before = rows.find(
        (b) => b.unit_id === unit && b.period_end === r.period_end - 1 && b.period_start === r.period_start - 1
      );
      if (!shown(before) || r.lower === null || before!.lower === null) return false;
      return Math.abs((r.value as number) - (before!.value as number)) > 1.959964 * Math.hypot(se(r), se(before!));
    })
    .sort();
}

describe("every unit over time (council build)", () => {
  const dir = inject("councilDir");
  const url = inject("councilUrl");
  for (const [id, level] of [
    ["lung-curative-treatment", "trust"],
    ["colon-laparoscopy", "hospital"]
  ] as const) {
    const data = indicatorJson(dir, id);
    const context = data.meta.defaultContext;
    const period = data.defaultPeriod as string;
    const rows = data.rows.filter((r) => r.context === context && r.unit_level === level && r.group === null);

    it(`${id} by ${level}: one panel per unit, and each filter keeps the units it should`, async () => {
      const counts: number[] = [];
      for (const filter of ["", "below-target", "outside-95", "outside-998", "changed"]) {
        const query = `?level=${level}${filter ? `&filter=${filter}` : ""}`;
        const { page, problems } = await visitPage(browser, `${url}/en/indicator/${id}${query}`);
        expect(problems).toEqual([]);
        const panels = await page.$$eval(".qi-multiple", (nodes) => nodes.map((n) => (n as HTMLElement).dataset.unit!));
        const tableRows = await page.$$eval(".qi-unit-periods tbody tr", (nodes) =>
          nodes.map((n) => (n as HTMLElement).dataset.unit!)
        );
        const want = expected(rows, period, filter);
        expect([...panels].sort(), filter || "every unit").toEqual(want);
        expect([...tableRows].sort()).toEqual(want);
        // Each panel draws its unit and the nation.
        if (panels.length) expect(await page.$$eval(".qi-multiple svg", (s) => s.length)).toBe(panels.length);
        // The filter stays in the URL.
        expect(new URL(page.url()).searchParams.get("filter")).toBe(filter || null);
        counts.push(want.length);
        await page.context().close();
      }
      // Not vacuous: every unit shown unfiltered, and some filter narrows the list to some but not all.
      expect(counts[0]).toBe(new Set(rows.map((r) => r.unit_id)).size);
      expect(counts.slice(1).some((n) => n > 0 && n < counts[0])).toBe(true);
    });
  }
});

describe("every unit over time (public build)", () => {
  it("shows a hidden cell as hidden in the units × periods table", async () => {
    const dir = inject("publicDir");
    const data = indicatorJson(dir, "prostate-low-risk-radical");
    const context = data.meta.defaultContext;
    const hidden = data.rows.find((r) => r.context === context && r.unit_level === "trust" && r.suppressed)!;
    expect(hidden).toBeDefined();
    const { page, problems } = await visitPage(
      browser,
      `${inject("publicUrl")}/nb/indicator/prostate-low-risk-radical`
    );
    expect(problems).toEqual([]);
    const cells = await page.$$eval(`.qi-unit-periods tr[data-unit="${hidden.unit_id}"] td`, (tds) =>
      tds.map((td) => td.textContent!.trim())
    );
    const column = data.periods.indexOf(hidden.period);
    // The dash, and the reason in words for screen readers; no value.
    expect(cells[column]).toBe(`–${suppressionReason(hidden, "nb")}`);
    await page.context().close();
  });
});
