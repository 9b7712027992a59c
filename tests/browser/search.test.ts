// Find a hospital or health trust from the front page, by part of its name, in both languages, with the
// keyboard only.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, waitForRender } from "../support/browser.ts";
import { visitPage } from "../support/checkPage.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("find a hospital or health trust", () => {
  for (const [lang, label, query, expected, found, unitPath] of [
    [
      "nb",
      "Finn sykehus eller helseforetak",
      "haukel",
      ["Haukeland universitetssjukehus"],
      "1 treff",
      "/nb/unit/bergen-haukeland.html"
    ],
    [
      "en",
      "Find a hospital or health trust",
      "tromso",
      ["Universitetssykehuset Nord-Norge Tromsø"],
      "1 match",
      "/en/unit/unn-tromso.html"
    ]
  ] as const) {
    it(`finds a unit by part of its name on the ${lang} front page and opens it with Enter`, async () => {
      const { page, problems } = await visitPage(browser, `${inject("publicUrl")}/${lang}/`);
      expect(problems).toEqual([]);
      await page.getByLabel(label).focus();
      await page.keyboard.type(query);
      const results = page.locator(".qi-search-results a");
      await expect.poll(() => results.allTextContents()).toEqual(expected);
      expect(await page.textContent(".qi-search [aria-live]")).toBe(found);
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname === unitPath);
      await waitForRender(page);
      expect(await page.textContent("h1")).toBe(expected[0]);
      await page.context().close();
    });
  }

  it("lists a trust with its hospitals, each with its level, and says when nothing matches", async () => {
    const { page } = await visitPage(browser, `${inject("publicUrl")}/nb/`);
    await page.fill("#qi-unit-search", "nord-norge");
    const items = page.locator(".qi-search-results li");
    await expect.poll(() => items.count()).toBeGreaterThan(2);
    expect(await items.allTextContents()).toContain("Universitetssykehuset Nord-Norge HF · Helseforetak");
    expect(await items.allTextContents()).toContain(
      "Universitetssykehuset Nord-Norge Tromsø · Sykehus, Universitetssykehuset Nord-Norge HF"
    );
    await page.fill("#qi-unit-search", "ingen slik enhet");
    await expect.poll(() => page.textContent(".qi-search [aria-live]")).toBe("Ingen treff");
    await page.context().close();
  });
});
