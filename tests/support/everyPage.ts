/**
 * The checks every page of a build gets, with one visit per page: it renders cleanly (checkPage.ts), it
 * declares its language, and axe-core finds no serious or critical WCAG 2.1 AA violation. Each build is
 * its own test file (pagesPublic, pagesCouncil), so that the two run side by side.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { seriousViolations } from "./axe.ts";
import { launchBrowser } from "./browser.ts";
import { visitPage, type PageReport } from "./checkPage.ts";
import { pagesToVisit } from "./sitePages.ts";

export function checkEveryPage(audience: "public" | "council"): void {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const dir = inject(audience === "public" ? "publicDir" : "councilDir");
  const url = inject(audience === "public" ? "publicUrl" : "councilUrl");
  describe(`${audience} build`, () => {
    const pages = pagesToVisit(dir);
    it("has pages", () => {
      expect(pages.length).toBeGreaterThan(0);
    });
    for (const path of pages) {
      describe(path, () => {
        let report: PageReport | undefined;
        beforeAll(async () => {
          report = await visitPage(browser, url + path);
        });
        afterAll(async () => {
          await report?.page.context().close();
        });
        it("renders cleanly", () => {
          expect(report!.problems).toEqual([]);
        });
        it("declares its language and has no serious or critical axe violation", async () => {
          expect(await report!.page.getAttribute("html", "lang")).toBe(path.startsWith("/en") ? "en" : "nb");
          expect(await seriousViolations(report!.page)).toEqual([]);
        });
      });
    }
  });
}
