// The indicator page: selections live in the URL and survive a reload and a language switch, and the
// downloads hold the numbers the page shows.
import { readFileSync } from "node:fs";
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

const indicator = "lung-curative-treatment";

describe("indicator page", () => {
  it("restores its selections from the URL, writes changes back, and keeps them across a language switch", async () => {
    const url = `${inject("publicUrl")}/nb/indicator/${indicator}?period=2019`;
    const { page, problems } = await visitPage(browser, url);
    expect(problems).toEqual([]);
    // Inputs.select keeps option indices as values: read the selected option's text.
    const selectedPeriod = () =>
      page
        .locator("select")
        .filter({ has: page.locator("option", { hasText: "2019" }) })
        .first()
        .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
    const periodSelect = page
      .locator("select")
      .filter({ has: page.locator("option", { hasText: "2019" }) })
      .first();
    expect(await selectedPeriod()).toBe("2019");
    await periodSelect.selectOption({ label: "2021" });
    await page.waitForFunction(() => location.search.includes("period=2021"));
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0);
    expect(await selectedPeriod()).toBe("2021");
    await page.click("a.qi-lang");
    await page.waitForURL(/\/en\/indicator\/lung-curative-treatment\.html\?period=2021$/);
    await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toMatch(/curative/i);
    expect(await selectedPeriod()).toBe("2021");
    await page.context().close();
  });

  it("downloads the table it shows, as CSV and as Excel", async () => {
    const { page } = await visitPage(browser, `${inject("publicUrl")}/en/indicator/${indicator}`);
    const table = page.locator(".qi-numbers table");
    const shown = await table
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
    expect(shown.length).toBeGreaterThan(3);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(".qi-numbers button", { hasText: "Download CSV" }).click()
    ]);
    const csv = readFileSync(await download.path(), "utf8").replace(/^\ufeff/, "");
    const lines = csv.trim().split("\r\n");
    const header = lines[0].split(",");
    expect(lines.length - 1).toBe(shown.length);
    // Every unit shown is in the file with the N shown.
    const unitColumn = header.indexOf("unit_name");
    const nColumn = header.indexOf("denominator");
    for (const [unit, , , , n] of shown) {
      const line = lines.find((l) => l.split(",")[unitColumn] === unit || l.includes(`"${unit}"`));
      expect(line, unit ?? "").toBeDefined();
      if (n && n !== "–") expect(line!.split(",")[nColumn]).toBe(n.replace(/,/g, ""));
    }
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.locator(".qi-numbers button", { hasText: "Download Excel" }).click()
    ]);
    const bytes = readFileSync(await xlsx.path());
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    await page.context().close();
  });
});
