/**
 * Prints the annual report to PDF: serves a built public site on 127.0.0.1, opens its print page
 * (/nb/report, /en/report: src/[lang]/report.md) in headless Chromium and prints it on A4 with page
 * numbers in the footer, charts as vector SVG, the contents' page numbers filled in from where Chromium
 * placed each section, and the PDF's dates fixed to the extract date so that a reprint is byte-identical.
 * Nothing is requested from anywhere but 127.0.0.1.
 */
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { UserError } from "../userError.ts";
import { languages, type Lang } from "../pages/lang.ts";
import { reportFileName } from "../pages/reportFile.ts";
import { launchChromium } from "./chromium.ts";
import { destinationPages, pageCount } from "./pdfFile.ts";
import { fixPdfDates, pdfDate, xrefProblems } from "./reproduciblePdf.ts";
import { serveStatic } from "./staticServer.ts";

export interface PrintReportOptions {
  /** A built public site (dist/). */
  siteDir: string;
  /** Where the PDFs go. */
  outDir: string;
  languages?: readonly Lang[];
  onProgress?: (message: string) => void;
  env?: NodeJS.ProcessEnv;
  /** How long the report page may take to render, in ms. */
  timeout?: number;
}

export interface PrintedReport {
  lang: Lang;
  file: string;
  pages: number;
  bytes: number;
  seconds: number;
}

/**
 * What the report page's cover says about the report (data attributes set by src/components/reportCover.ts),
 * the words of the page footer among them: the site's words tables hold them, and this layer cannot import src/.
 */
interface ReportFacts {
  year: string;
  extractDate: string;
  synthetic: boolean;
  audience: string;
  title: string;
  words: FooterWords;
}

/** "side 3 av 42", and what the footer says of synthetic data, in the report's language. */
export interface FooterWords {
  page: string;
  of: string;
  synthetic: string;
}

export { reportFileName };

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The footer Chromium draws on every page: the report's title (and that the data are synthetic) and "side 3 av 42". */
export function footerTemplate(facts: Pick<ReportFacts, "title" | "synthetic" | "words">): string {
  const text = facts.words;
  const left = `${facts.title}${facts.synthetic ? ` · ${text.synthetic}` : ""}`;
  return [
    `<div style="width:100%;margin:0 ` +
      `16mm;font-family:sans-serif;font-size:8pt;color:#444;display:flex;justify-content:space-between">`,
    `<span>${escapeHtml(left)}</span>`,
    `<span>${text.page} <span class="pageNumber"></span> ` + `${text.of} <span class="totalPages"></span></span>`,
    `</div>`
  ].join("");
}

/** Checks the site before Chromium starts: a missing folder or page is the user's to fix. */
export function checkSite(siteDir: string, langs: readonly Lang[] = languages): void {
  if (!existsSync(siteDir))
    throw new UserError(
      `no built site at ${siteDir}: build it with "npm run build" (or name another with --site <dir>)`
    );
  for (const lang of langs) {
    if (!existsSync(join(siteDir, lang, "report.html"))) {
      throw new UserError(
        `${siteDir} has no printable report (${lang}/report.html): rebuild the site with "npm run build"`
      );
    }
  }
}

async function openReport(browser: Browser, url: string, lang: Lang, timeout: number) {
  const context = await browser.newContext({ locale: lang === "en" ? "en-GB" : "nb-NO", timezoneId: "UTC" });
  const page = await context.newPage();
  const problems: string[] = [];
  // Only the site being printed (scheme, host and port), and what the page makes itself.
  const origin = new URL(url).origin;
  const isLocal = (u: URL) => u.origin === origin || u.protocol === "data:" || u.protocol === "blob:";
  await context.route(
    (u) => !isLocal(u),
    (route) => {
      problems.push(`request leaving ${origin} (blocked): ${route.request().url()}`);
      return route.abort("blockedbyclient");
    }
  );
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => {
    if (isLocal(new URL(request.url())))
      problems.push(`failed request: ${request.url()}: ${request.failure()?.errorText ?? ""}`);
  });
  await page.goto(`${url}/${lang}/report`, { waitUntil: "load", timeout });
  // The report's last section appears once every cell has run; an errored cell shows instead.
  await page
    .waitForFunction(
      () =>
        document.querySelectorAll("observablehq-loading").length === 0 &&
        (document.querySelector(".qi-report-about") || document.querySelector(".observablehq--error")),
      undefined,
      { timeout }
    )
    .catch(() => problems.push(`the report page did not finish rendering within ${timeout / 1000} s`));
  for (const error of await page.$$eval(".observablehq--error", (nodes) => nodes.map((n) => n.textContent ?? "")))
    problems.push(`cell error: ${error}`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, problems, close: () => context.close() };
}

async function readFacts(page: Page): Promise<ReportFacts | null> {
  return page.evaluate(() => {
    const cover = document.querySelector<HTMLElement>(".qi-report-cover");
    if (!cover) return null;
    const d = cover.dataset;
    return {
      year: d.qiReportYear ?? "",
      extractDate: d.qiExtractDate ?? "",
      synthetic: d.qiSynthetic === "true",
      audience: d.qiAudience ?? "",
      title: d.qiTitle ?? "",
      words: { page: d.qiPageWord ?? "", of: d.qiOfWord ?? "", synthetic: d.qiSyntheticWord ?? "" }
    };
  });
}

/** Writes the page each contents entry's target starts on into the entry; returns whether anything changed. */
function fillContentsPages(page: Page, pages: Map<string, number>): Promise<boolean> {
  return page.evaluate(
    (entries) => {
      let changed = false;
      for (const slot of document.querySelectorAll<HTMLElement>(".qi-report-page[data-qi-page-of]")) {
        const found = entries.find(([id]) => id === slot.dataset.qiPageOf);
        const value = found ? String(found[1]) : "";
        if (slot.textContent !== value) {
          slot.textContent = value;
          changed = true;
        }
      }
      return changed;
    },
    [...pages]
  );
}

async function printLanguage(
  browser: Browser,
  url: string,
  lang: Lang,
  options: Required<Pick<PrintReportOptions, "outDir" | "timeout">> & Pick<PrintReportOptions, "onProgress">
): Promise<PrintedReport> {
  const started = Date.now();
  const progress = options.onProgress ?? (() => {});
  progress(`printing the ${lang} report (${url}/${lang}/report)`);
  const { page, problems, close } = await openReport(browser, url, lang, options.timeout);
  try {
    if (problems.length) throw new UserError(`the ${lang} report page failed in Chromium:\n  ${problems.join("\n  ")}`);
    const facts = await readFacts(page);
    if (!facts)
      throw new UserError(
        `the ${lang} report page has no cover (.qi-report-cover): is the site built by this version of the workbench?`
      );
    if (facts.audience !== "public")
      throw new UserError(
        `this is a ${facts.audience || "unknown"} build: the annual report is ` +
          `printed from the public build only (npm run build)`
      );
    if (!/^\d{4}$/.test(facts.year))
      throw new UserError(
        `the report has no confirmed year: no indicator has a confirmed national result in this extract`
      );
    const date = pdfDate(facts.extractDate);
    const print = () =>
      page.pdf({
        format: "A4",
        printBackground: true,
        margin: { top: "15mm", bottom: "18mm", left: "16mm", right: "16mm" },
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: footerTemplate(facts),
        outline: true,
        tagged: true
      });
    // The contents list each section's page: print, read where Chromium put the sections, write the numbers
    // in, print again; the numbers take space that was already there, so this settles at once.
    let pdf = await print();
    for (let round = 1; ; round++) {
      if (!(await fillContentsPages(page, destinationPages(pdf)))) break;
      if (round === 4) throw new Error(`the contents' page numbers did not settle after ${round} prints`);
      progress(`${lang}: contents page numbers filled in, printing again`);
      pdf = await print();
    }
    if (problems.length) throw new UserError(`the ${lang} report page failed in Chromium:\n  ${problems.join("\n  ")}`);
    const fixed = fixPdfDates(pdf, date);
    const broken = xrefProblems(fixed);
    if (broken.length)
      throw new Error(
        `the PDF's cross-reference table is broken after fixing its dates: ${broken.slice(0, 3).join("; ")}`
      );
    await mkdir(options.outDir, { recursive: true });
    const file = join(options.outDir, reportFileName(facts.year, lang));
    await writeFile(`${file}.partial`, fixed);
    await rename(`${file}.partial`, file);
    const report = { lang, file, pages: pageCount(fixed), bytes: fixed.length, seconds: (Date.now() - started) / 1000 };
    progress(
      `wrote ${file} (${report.pages} pages, ${(report.bytes / 1e6).toFixed(1)} MB, ${report.seconds.toFixed(1)} s)`
    );
    return report;
  } finally {
    await close();
  }
}

/** Prints the report of a built public site, one PDF per language. */
export async function printReport(options: PrintReportOptions): Promise<PrintedReport[]> {
  const siteDir = resolve(options.siteDir);
  const langs = options.languages ?? languages;
  checkSite(siteDir, langs);
  const server = await serveStatic(siteDir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium(options.env);
    const printed: PrintedReport[] = [];
    for (const lang of langs) {
      printed.push(
        await printLanguage(browser, server.url, lang, {
          outDir: resolve(options.outDir),
          timeout: options.timeout ?? 120_000,
          onProgress: options.onProgress
        })
      );
    }
    return printed;
  } finally {
    await browser?.close();
    await server.close();
  }
}
