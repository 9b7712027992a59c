// Every page of both builds renders in Chromium without a console error, an outside request, a failed
// request, an errored cell or an empty chart.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { visitPage } from "../support/checkPage.ts";
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
  describe(`${audience} build`, () => {
    const pages = pagesToVisit(dir);
    it("has pages", () => {
      expect(pages.length).toBeGreaterThan(0);
    });
    for (const path of pages) {
      it(`renders ${path} cleanly`, async () => {
        const report = await visitPage(browser, url + path);
        await report.page.context().close();
        expect(report.problems).toEqual([]);
      });
    }
  });
}
