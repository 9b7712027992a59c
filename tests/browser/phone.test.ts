// The pages read on a phone (390 px) and on a laptop (1280 px): the unit's own value and goal attainment
// are on screen without scrolling sideways on the unit and registry pages, the key to the level symbols is
// on every page that uses them, and the menu's touch targets are at least 24 px.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { visitPage } from "../support/checkPage.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the elements matching `selector` lie horizontally, with their text. */
const boxes = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width, text: (e.textContent ?? "").trim() };
    })
  );

/** Nothing on the page is wider than the window (no sideways scrolling), and no table scrolls inside itself. */
const sideways = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth - window.innerWidth,
    tables: [...document.querySelectorAll(".qi-stack")].map((w) => w.scrollWidth - w.clientWidth)
  }));

for (const width of [390, 1280]) {
  describe(`at ${width} px`, () => {
    const open = (path: string) => visitPage(browser, inject("publicUrl") + path, { viewport: { width, height: 844 } });

    it("the unit page shows the unit's value and goal attainment of every indicator on screen", async () => {
      const { page, problems } = await open("/nb/unit/unn");
      expect(problems).toEqual([]);
      expect(await sideways(page)).toEqual({ page: 0, tables: [0] });
      // The unit's own column is named after it ("UNN"); "Målnivå" holds the goal attainment.
      const values = await boxes(page, '.qi-stack td[data-label="UNN"]');
      const targets = await boxes(page, '.qi-stack td[data-label="Målnivå"]');
      expect(values.length).toBeGreaterThan(20);
      expect(targets).toHaveLength(values.length);
      for (const box of [...values, ...targets]) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
        expect(box.width).toBeGreaterThan(0);
      }
      expect(values.some((v) => /^\d+(,\d+)?\s%$/.test(v.text))).toBe(true);
      expect(targets.some((t) => /måloppnåelse/.test(t.text))).toBe(true);
      await page.context().close();
    });

    it("the registry page shows each unit's result and goal attainment for every indicator on screen", async () => {
      const { page, problems } = await open("/en/registry/lung?level=hospital");
      expect(problems).toEqual([]);
      expect(await sideways(page)).toEqual({ page: 0, tables: [0] });
      const columns = await page.$$eval(".qi-stack thead th", (ths) => ths.length);
      expect(columns).toBeGreaterThanOrEqual(7);
      // Every published cell of every row: the result in bold beside its goal-attainment symbol.
      const values = await boxes(page, ".qi-stack tbody td .qi-cell strong");
      const chips = await boxes(page, ".qi-stack tbody td .qi-cell .qi-level");
      expect(values.length).toBeGreaterThan(10);
      expect(chips).toHaveLength(values.length);
      for (const box of [...values, ...chips]) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
      }
      await page.context().close();
    });

    it("the menu's links and the language switch are touch targets of at least 24 px", async () => {
      const { page } = await open("/en/about");
      const heights = await page.$$eval(".qi-nav a, .qi-lang", (links) =>
        links.map((a) => a.getBoundingClientRect().height)
      );
      expect(heights.length).toBeGreaterThan(4);
      for (const height of heights) expect(height).toBeGreaterThanOrEqual(24);
      await page.context().close();
    });
  });
}

describe("the key to the level symbols", () => {
  for (const [path, words] of [
    ["/nb/", ["Symbolene viser måloppnåelse", "Høy måloppnåelse"]],
    ["/en/registry/lung", ["The symbols show goal attainment", "High goal attainment"]],
    ["/en/indicator/lung-curative-treatment", ["Moderate goal attainment", "Low goal attainment"]],
    ["/nb/unit/unn-tromso", ["Moderat måloppnåelse", "Lav måloppnåelse"]]
  ] as const) {
    it(`is on ${path}, each symbol with its words`, async () => {
      const { page } = await visitPage(browser, inject("publicUrl") + path);
      const key = await page.textContent(".qi-level-key");
      expect(key).toMatch(/●.*◆.*▲/s);
      for (const word of words) expect(key).toContain(word);
      await page.context().close();
    });
  }
});
