// The council explorer recomputes indicators live in DuckDB-WASM from the same SQL the build ran: for the
// same period, attribution and level its numbers equal the build-time results, and a filter narrows them
// consistently.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { loadSiteData } from "../../loaders/pages/siteData.ts";
import { launchBrowser } from "../support/browser.ts";
import { visitPage } from "../support/checkPage.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The live table as {unit name → [numerator, denominator]} (English number format). */
async function liveCounts(page: Page): Promise<Map<string, [number, number]>> {
  const rows = await page.$$eval(".qi-live-result table tbody tr", (trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""))
  );
  const number = (text: string) => Number(text.replace(/[,\u00a0\s]/g, ""));
  return new Map(rows.map(([unit, numerator, denominator]) => [unit, [number(numerator), number(denominator)]]));
}

async function openExplorer(query: string) {
  const report = await visitPage(browser, `${inject("councilUrl")}/en/explorer?${query}`, {
    settle: (page) => page.waitForSelector(".qi-live-result", { timeout: 60_000 }).then(() => undefined)
  });
  expect(report.problems).toEqual([]);
  return report.page;
}

const data = await loadSiteData(inject("resultsDir"), "council");

describe("council explorer", () => {
  const indicator = "lung-curative-treatment";
  const context = data.catalogue[indicator].defaultContext;
  const year = Math.max(
    ...data.rows.filter((r) => r.indicator === indicator && !r.preliminary).map((r) => r.period_end)
  );

  it("gives the build-time numbers for the same period, attribution and level", async () => {
    const page = await openExplorer(`context=${context}&from=${year}&indicator=${indicator}&level=trust&to=${year}`);
    const live = await liveCounts(page);
    const built = data.rows.filter(
      (r) => r.indicator === indicator && r.context === context && r.period === String(year) && r.unit_level === "trust"
    );
    expect(built.length).toBeGreaterThan(10);
    expect(live.size).toBe(built.length);
    for (const row of built)
      expect([row.unit_name, live.get(row.unit_name)]).toEqual([row.unit_name, [row.numerator, row.denominator]]);
    await page.context().close();
  });

  it("shows health trusts, and says so, when the attribution has no hospital level", async () => {
    expect(data.catalogue[indicator].unitColumns.residence?.hospital ?? null).toBeNull();
    const page = await openExplorer(`context=residence&from=${year}&indicator=${indicator}&level=hospital&to=${year}`);
    expect(await page.textContent(".qi-live-result .qi-note")).toContain("has no hospitals: showing health trusts");
    const built = data.rows.filter(
      (r) =>
        r.indicator === indicator && r.context === "residence" && r.period === String(year) && r.unit_level === "trust"
    );
    expect((await liveCounts(page)).size).toBe(built.length);
    await page.context().close();
  });

  it("narrows by sex: men and women add up to everyone in every unit", async () => {
    const base = `context=${context}&from=${year}&indicator=${indicator}&level=region&to=${year}`;
    const counts = [];
    for (const sex of ["", "&sex=male", "&sex=female"]) {
      const page = await openExplorer(base + sex);
      counts.push(await liveCounts(page));
      await page.context().close();
    }
    const [all, men, women] = counts;
    expect(all.size).toBe(4);
    for (const [unit, [numerator, denominator]] of all) {
      expect(men.get(unit)![1] + women.get(unit)![1]).toBe(denominator);
      expect(men.get(unit)![0] + women.get(unit)![0]).toBe(numerator);
      expect(men.get(unit)![1]).toBeGreaterThan(0);
    }
  });

  it("runs the statistician's SQL", async () => {
    const page = await openExplorer(`indicator=${indicator}`);
    await page.fill(
      ".qi-sql-input",
      "SELECT sex, count(*) AS n FROM cohort WHERE registry = 'lung' GROUP BY sex ORDER BY sex"
    );
    await page.click(".qi-run");
    await page.waitForFunction(() =>
      document.querySelector(".qi-sql-output caption")?.textContent?.startsWith("2 rows")
    );
    const cells = await page.$$eval(".qi-sql-output tbody tr td:first-child", (tds) => tds.map((td) => td.textContent));
    expect(cells).toEqual(["female", "male"]);
    await page.fill(".qi-sql-input", "SELECT * FROM no_such_table");
    await page.click(".qi-run");
    await page.waitForSelector(".qi-sql-output .qi-error");
    expect(await page.textContent(".qi-sql-output .qi-error")).toContain("no_such_table");
    await page.context().close();
  });
});
