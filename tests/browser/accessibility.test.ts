// WCAG 2.1 AA: axe-core finds no serious or critical violation on any page of either build, and every page
// declares its language.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { visitPage } from "../support/checkPage.ts";
import { seriousViolations } from "../support/axe.ts";
import { pagesToVisit } from "../support/sitePages.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const audience of ["public", "council"] as const) {
  const dir = inject(audience === "public" ? "publicDir" : "councilDir");
  const url = inject(audience === "public" ? "publicUrl" : "councilUrl");
  describe(`${audience} build is accessible`, () => {
    for (const path of pagesToVisit(dir)) {
      it(`${path} has no serious or critical axe violation`, async () => {
        const { page } = await visitPage(browser, url + path);
        expect(await page.getAttribute("html", "lang")).toBe(path.startsWith("/en") ? "en" : "nb");
        expect(await seriousViolations(page)).toEqual([]);
        await page.context().close();
      });
    }
  });
}
