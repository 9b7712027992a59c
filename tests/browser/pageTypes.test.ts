// Every kind of page switches language to the same page (selections kept), and pages with selections
// restore them from the URL.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, waitForRender } from "../support/browser.ts";
import { visitPage } from "../support/checkPage.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const publicPages = [
  "/nb/",
  "/nb/registry/lung?level=hospital",
  "/nb/indicator/myeloma-biopsy?level=hospital&period=2018",
  "/nb/unit/unn",
  "/nb/survival",
  "/nb/recurrence",
  "/nb/proms",
  "/nb/about",
  "/nb/report"
];
const councilPages = ["/nb/explorer?indicator=lung-mdt", "/nb/data-quality"];

/** The text of the selected option of every <select> on the page, in order. */
const selections = (page: Page) =>
  page.$$eval("select", (selects) =>
    selects.map((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? "")
  );

describe("language switch", () => {
  for (const [site, paths] of [
    ["publicUrl", publicPages],
    ["councilUrl", councilPages]
  ] as const) {
    for (const path of paths) {
      it(`${path} → English and back`, async () => {
        const { page, problems } = await visitPage(browser, inject(site) + path, {
          settle: async (p) => {
            if (path.includes("explorer")) await p.waitForSelector(".qi-live-result", { timeout: 60_000 });
          }
        });
        expect(problems).toEqual([]);
        expect(await page.getAttribute("html", "lang")).toBe("nb");
        const query = new URL(inject(site) + path).search;
        await page.click("a.qi-lang");
        await page.waitForURL(
          (url) =>
            // The switch names the page's file (links work on any static server): /en/unit/unn.html.
            url.pathname.replace(/\.html$/, "") === new URL(inject(site) + path.replace(/^\/nb/, "/en")).pathname &&
            url.search === query
        );
        await waitForRender(page);
        expect(await page.getAttribute("html", "lang")).toBe("en");
        expect(await page.textContent("a.qi-lang")).toBe("Norsk");
        await page.context().close();
      });
    }
  }
});

describe("selections in the URL", () => {
  it("the registry overview restores level and year", async () => {
    const { page } = await visitPage(browser, `${inject("publicUrl")}/nb/registry/lung?level=hospital&year=2021`);
    expect(await selections(page)).toEqual(["Sykehus", "2021"]);
    expect(await page.textContent(".qi-table caption")).toContain("2021");
    await page.context().close();
  });

  it("the survival page restores indicator, level and period, and writes changes back", async () => {
    const { page } = await visitPage(
      browser,
      `${inject("publicUrl")}/en/survival?indicator=myeloma-relative-survival&level=trust`
    );
    const [indicator, level] = await selections(page);
    expect(indicator).toMatch(/myeloma/i);
    expect(level).toBe("Health trust");
    await page.locator("select").nth(1).selectOption({ label: "Region" });
    await page.waitForFunction(() => !location.search.includes("level=trust"));
    await page.reload();
    await waitForRender(page);
    expect((await selections(page))[1]).toBe("Region");
    expect((await selections(page))[0]).toMatch(/myeloma/i);
    await page.context().close();
  });
});

describe("keyboard", () => {
  it("sorts a table and changes a selection without a mouse", async () => {
    const { page } = await visitPage(browser, `${inject("publicUrl")}/en/registry/lung`);
    const header = page.locator(".qi-table th").nth(1);
    await header.locator("button").focus();
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    await page.locator("select").first().focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(() => location.search.includes("level="));
    await page.context().close();
  });
});
