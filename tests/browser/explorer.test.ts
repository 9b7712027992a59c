// The chain: a node DuckDB data loader wrote Arrow; the page draws it with Plot, lists it in a table and
// queries it again with DuckDB-WASM in the browser.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { visitPage } from "../support/checkPage.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("explorer chain", () => {
  it("runs a DuckDB-WASM query on the loader's Arrow table", async () => {
    const report = await visitPage(browser, `${inject("councilUrl")}/en/explorer`, {
      settle: (page) => page.waitForSelector(".qi-duckdb-result", { timeout: 30_000 }).then(() => undefined)
    });
    const { page } = report;
    expect(report.problems).toEqual([]);
    expect(await page.$$eval(".qi-chart svg", (s) => s.length)).toBeGreaterThan(0);
    const rows = await page.$$eval(".qi-duckdb-result tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    expect(rows.map((r) => r[0])).toEqual(["Helse Midt-Norge", "Helse Nord", "Helse Sør-Øst", "Helse Vest"]);
    await page.context().close();
  });
});
