// Every internal link of the built public site resolves on the plainest static server, python3 -m
// http.server (no clean URLs, no rewrites): the links written into the HTML of every page, and the links
// pages build in the browser, on one page of each kind in both languages. The 404 page answers.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { reportFileName, reportFolder } from "../../loaders/pages/reportFile.ts";
import { launchBrowser } from "../support/browser.ts";
import { visitPage } from "../support/checkPage.ts";
import { servePython } from "../support/pythonServer.ts";
import { siteFiles } from "../support/sitePages.ts";
import type { RunningServer } from "../support/staticServer.ts";

let browser: Browser;
let python: RunningServer;
beforeAll(async () => {
  browser = await launchBrowser();
  python = await servePython(inject("publicDir"));
});
afterAll(async () => {
  await browser?.close();
  await python?.close();
});

/** Same-site URLs (path only) a page's HTML names in href and src attributes, resolved against the page. */
function linksOf(html: string, pageUrl: URL): string[] {
  // The 404 page is served at any depth, so it resolves its links against the site's root (<base href>).
  const base = new URL(/<base href="([^"]*)"/.exec(html)?.[1] ?? pageUrl.href, pageUrl);
  // Inline scripts are code, not links (the links they make are checked in the browser below).
  const markup = html.replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, "$1</script>");
  return [...markup.matchAll(/\s(?:href|src)="([^"]*)"/g)]
    .map((m) => m[1].replace(/&amp;/g, "&"))
    .filter((href) => href !== "" && !href.startsWith("#") && !/^[a-z]+:/i.test(href))
    .map((href) => new URL(href, base))
    .filter((url) => url.origin === pageUrl.origin)
    .map((url) => url.pathname);
}

/** The year the built report is named after (its page data say it). */
function reportYearOf(): number {
  const dir = join(inject("publicDir"), "_file", "data");
  const file = readdirSync(dir).find((f) => /^report\.[0-9a-f]+\.json$/.test(f));
  return (JSON.parse(readFileSync(join(dir, file ?? "report.json"), "utf8")) as { year: number }).year;
}

/** The paths among `paths` that python's server does not answer with 200. */
async function unresolved(paths: Iterable<string>): Promise<string[]> {
  const missing: string[] = [];
  for (const path of new Set(paths)) {
    const response = await fetch(python.url + path, { method: "HEAD" });
    if (response.status !== 200) missing.push(`${path}: ${response.status}`);
  }
  return missing;
}

const pageKinds = [
  "/",
  "/registry/lung",
  "/indicator/lung-curative-treatment",
  "/unit/unn",
  "/unit/unn-tromso",
  "/survival",
  "/recurrence",
  "/proms",
  "/about",
  "/report"
];

describe("links on python3 -m http.server", () => {
  it("every link written into the site's HTML resolves", async () => {
    const root = inject("publicDir");
    const pages = siteFiles(root).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(100);
    const targets: string[] = [];
    for (const file of pages)
      targets.push(...linksOf(readFileSync(join(root, file), "utf8"), new URL(`${python.url}/${file}`)));
    // The pages of the menu and of the other language, stylesheets and modules.
    expect(new Set(targets).size).toBeGreaterThan(200);
    expect(targets).toContain("/en/unit/unn.html");
    expect(await unresolved(targets)).toEqual([]);
  });

  for (const lang of ["nb", "en"] as const) {
    it(`every link the ${lang} pages build in the browser resolves, and the pages load there`, async () => {
      const targets: string[] = [];
      for (const kind of pageKinds) {
        const url = `${python.url}/${lang}${kind === "/" ? "/" : `${kind}.html`}`;
        const { page, problems } = await visitPage(browser, url);
        expect(problems, url).toEqual([]);
        const hrefs = await page.$$eval("a[href]", (links) => links.map((a) => (a as HTMLAnchorElement).href));
        const internal = hrefs.map((h) => new URL(h)).filter((u) => u.origin === python.url);
        expect(internal.length, url).toBeGreaterThan(5);
        targets.push(...internal.map((u) => u.pathname));
        await page.context().close();
      }
      // The links tables and lists make in the browser: to indicators, registries, units and the methods.
      for (const kind of ["indicator", "registry", "unit"])
        expect(targets.some((t) => t.startsWith(`/${lang}/${kind}/`) && t.endsWith(".html"))).toBe(true);
      expect(targets).toContain(`/${lang}/about.html`);
      // The about page links to the printed reports, which `qi pdf` adds to the built site afterwards
      // (npm run build && npm run report:pdf); tests/browser/pdf.test.ts prints them.
      const pdfs = targets.filter((t) => t.endsWith(".pdf"));
      expect(pdfs).toEqual([`/${reportFolder}/${reportFileName(String(reportYearOf()), lang)}`]);
      expect(await unresolved(targets.filter((t) => !t.endsWith(".pdf")))).toEqual([]);
    });
  }
});

describe("the 404 page", () => {
  it("answers a missing page in both languages, at any depth, with links home", async () => {
    const response = await fetch(`${inject("publicUrl")}/nb/unit/no-such-unit/deeper`);
    expect(response.status).toBe(404);
    const text = await response.text();
    expect(text).toContain("Siden finnes ikke");
    expect(text).toContain("Page not found");
    const { page, problems } = await visitPage(browser, `${inject("publicUrl")}/en/indicator/no-such/page`);
    // The one error is the page's own status, 404, which Chromium reports on the console.
    expect(problems).toEqual([
      "console error: Failed to load resource: the server responded with a status of 404 (Not Found)"
    ]);
    expect(await page.title()).toBe("Siden finnes ikke / Page not found");
    await page.getByRole("link", { name: "Go to the front page" }).click();
    await page.waitForURL((url) => url.pathname === "/en/");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.context().close();
    // A plain static server serves it as a file, for servers configured to answer with it.
    expect((await fetch(`${python.url}/404.html`)).status).toBe(200);
  });
});
