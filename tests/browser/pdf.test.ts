// `qi pdf` prints the public test site's report into one PDF per language: every indicator's title and its
// national result as the page formats it, a cover that says the data are synthetic, numbered pages, the
// contents' page numbers, vector charts, and the same bytes when printed again.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { destinationPages, pageCount } from "../../loaders/publish/pdfFile.ts";
import { printReport, reportFileName, type PrintedReport } from "../../loaders/publish/printReport.ts";
import { pdfDate, pdfDates, xrefProblems } from "../../loaders/publish/reproduciblePdf.ts";
import { loadSiteData, type SiteData } from "../../loaders/pages/siteData.ts";
import type { Lang } from "../../loaders/pages/lang.ts";
import { registries } from "../../loaders/extract/registries.ts";
import { formatCount, formatInterval, formatValue } from "../../src/components/format.ts";
import { words } from "../../src/components/i18n.ts";
import { levelText } from "../../src/components/level.ts";

const run = promisify(execFile);
const scratch: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `qi-pdf-${name}-`));
  scratch.push(dir);
  return dir;
};
const publicDir = inject("publicDir");
const resultsDir = inject("resultsDir");
const langs: Lang[] = ["nb", "en"];

let data: SiteData;
let first: { out: string; stderr: string; seconds: number };
let reprint: PrintedReport[];
const pdfs = new Map<Lang, Buffer>();
const pages = new Map<Lang, string[]>();

/** Text of each page, whitespace (no-break spaces and line breaks included) collapsed to single spaces. */
async function pageTexts(file: string): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split("\f")
    .slice(0, -1)
    .map((page) => page.replace(/[\s\u00a0\u202f]+/g, " ").trim());
}

const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ");
const footer =
  / (?:Kvalitetsindikatorer for kreftbehandling|Quality indicators for cancer care) \d{4}(?: · (?:syntetiske demonstrasjonsdata|synthetic demonstration data))? (?:side|page) \d+ (?:av|of) \d+$/;
/** The pages' text without their footers, as one string: running text continues across page breaks. */
const body = (lang: Lang) => (pages.get(lang) as string[]).map((page) => page.replace(footer, "")).join(" ");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each indicator's national rows of its latest confirmed period (one per group), read from the results directly. */
function latestNational(id: string) {
  const meta = data.catalogue[id];
  const firm = data.rows.filter(
    (r) =>
      r.indicator === id &&
      r.context === meta.defaultContext &&
      r.unit_id === "nation" &&
      !r.preliminary &&
      r.value !== null
  );
  const end = Math.max(...firm.map((r) => r.period_end));
  return firm.filter((r) => r.period_end === end);
}

beforeAll(async () => {
  data = await loadSiteData(resultsDir, "public");
  const out = tempDir("a");
  const started = Date.now();
  const { stderr } = await run(process.execPath, ["bin/qi.js", "pdf", "--site", publicDir, "--out", out], {
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" }
  });
  first = { out, stderr, seconds: (Date.now() - started) / 1000 };
  for (const lang of langs) {
    const name = readdirSync(out).find((f) => f.endsWith(`-${lang}.pdf`));
    if (!name) throw new Error(`no ${lang} PDF in ${out}; qi pdf said:\n${stderr}`);
    const file = join(out, name);
    pdfs.set(lang, readFileSync(file));
    pages.set(lang, await pageTexts(file));
  }
  reprint = await printReport({ siteDir: publicDir, outDir: tempDir("b") });
}, 600_000);

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe("qi pdf", () => {
  it("reports its progress on stderr and names the latest confirmed year", () => {
    expect(first.stderr).toMatch(/qi pdf: printing the nb report/);
    expect(first.stderr).toMatch(/qi pdf: wrote .*kvalitetsindikatorer-\d{4}-en\.pdf \(\d+ pages/);
    const latest = Math.max(
      ...Object.keys(data.catalogue).flatMap((id) => latestNational(id).map((r) => r.period_end))
    );
    for (const report of reprint) expect(report.file.endsWith(reportFileName(String(latest), report.lang))).toBe(true);
    console.info(
      `qi pdf (both languages, contents numbered): ${first.seconds.toFixed(1)} s; ` +
        reprint
          .map((r) => `${r.lang}: ${r.pages} pages, ${(r.bytes / 1e6).toFixed(2)} MB, ${r.seconds.toFixed(1)} s`)
          .join("; ")
    );
  });

  it("prints the same bytes again", () => {
    for (const report of reprint)
      expect(readFileSync(report.file).equals(pdfs.get(report.lang) as Buffer), `${report.lang} reprint differs`).toBe(
        true
      );
  });

  it("fixes the PDF's dates to the extract date and keeps the file sound", async () => {
    const date = pdfDate(data.manifest.extract.manifest.extract_date);
    for (const lang of langs) {
      const pdf = pdfs.get(lang) as Buffer;
      expect(pdfDates(pdf)).toEqual({ creation: date, modification: date });
      expect(xrefProblems(pdf)).toEqual([]);
    }
    const report = reprint.find((r) => r.lang === "nb") as PrintedReport;
    const { stdout } = await run("pdfinfo", ["-isodates", report.file]);
    expect(stdout).toMatch(new RegExp(`CreationDate:\\s+${data.manifest.extract.manifest.extract_date}T00:00:00Z`));
    expect(stdout).toMatch(new RegExp(`ModDate:\\s+${data.manifest.extract.manifest.extract_date}T00:00:00Z`));
    expect(stdout).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    expect(stdout).toMatch(/Tagged:\s+yes/);
  });

  it("draws the charts as vectors: the PDF holds no raster image", async () => {
    for (const report of reprint) {
      const { stdout } = await run("pdfimages", ["-list", report.file]);
      expect(stdout.trim().split("\n").slice(2)).toEqual([]);
    }
  });

  it("refuses a missing site and a missing Chromium with a message, not a stack trace", async () => {
    const missing = await run(process.execPath, ["bin/qi.js", "pdf", "--site", join(tmpdir(), "no-such-site")]).then(
      () => null,
      (error: { code: number; stderr: string }) => error
    );
    expect(missing?.code).toBe(1);
    expect(missing?.stderr).toMatch(/^qi pdf: no built site at .*no-such-site: build it with "npm run build"/);
    expect(missing?.stderr).not.toMatch(/\n\s+at /);
    const noChromium = await run(process.execPath, ["bin/qi.js", "pdf", "--site", publicDir, "--out", tempDir("c")], {
      env: { ...process.env, QI_CHROMIUM: "/nonexistent/chromium" }
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error
    );
    expect(noChromium?.code).toBe(1);
    expect(noChromium?.stderr).toMatch(
      /qi pdf: Chromium not found at \/nonexistent\/chromium: install it with "apt-get install -y chromium"/
    );
    expect(noChromium?.stderr).not.toMatch(/\n\s+at /);
  });
});

/** A one-page stand-in for the built site: the cover facts the printer reads, and whatever else is given. */
function fakeSite(name: string, { audience = "public", extra = "" } = {}): string {
  const dir = tempDir(name);
  mkdirSync(join(dir, "nb"));
  writeFileSync(
    join(dir, "nb", "report.html"),
    `<!doctype html><html lang="nb"><head><meta ` +
      `charset="utf-8"><title>Rapport</title></head><body><section ` +
      `class="qi-report-cover" data-qi-report-year="2022" ` +
      `data-qi-extract-date="2024-09-30" data-qi-synthetic="true" ` +
      `data-qi-audience="${audience}" data-qi-title="Rapport ` +
      `2022"><h1>Rapport</h1></section>${extra}<section ` +
      `class="qi-report-about"><p>Slutt.</p></section></body></html>`
  );
  return dir;
}

describe("the printer", () => {
  it("refuses a page that requests anything outside the site it prints, and blocks the request", async () => {
    // Another service on this machine that answers: same host, another port.
    const other = createServer((_, res) => res.writeHead(200, { "content-type": "image/svg+xml" }).end("<svg/>"));
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const port = (other.address() as AddressInfo).port;
    try {
      for (const [name, url] of [
        ["outside", "http://192.0.2.1/tracker.png"],
        ["other-port", `http://127.0.0.1:${port}/tracker.svg`],
        ["localhost", `http://localhost:${port}/tracker.svg`]
      ]) {
        const site = fakeSite(name, { extra: `<img src="${url}" alt="">` });
        const error = await printReport({ siteDir: site, outDir: join(site, "out"), languages: ["nb"] }).catch(
          (e: Error) => e
        );
        expect(String(error), name).toContain(`(blocked): ${url}`);
        expect(String(error), name).toMatch(/request leaving http:\/\/127\.0\.0\.1:\d+ \(blocked\)/);
        expect(() => readdirSync(join(site, "out"))).toThrow();
      }
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it("refuses the council build", async () => {
    const site = fakeSite("council", { audience: "council" });
    await expect(printReport({ siteDir: site, outDir: join(site, "out"), languages: ["nb"] })).rejects.toThrow(
      /this is a council build: the annual report is printed from the public build only/
    );
  });

  it("prints a page the same twice, without the contents step when there are no contents", async () => {
    const site = fakeSite("plain");
    const [a] = await printReport({ siteDir: site, outDir: join(site, "a"), languages: ["nb"] });
    const [b] = await printReport({ siteDir: site, outDir: join(site, "b"), languages: ["nb"] });
    expect(a.file.endsWith("kvalitetsindikatorer-2022-nb.pdf")).toBe(true);
    expect(a.pages).toBe(1);
    expect(readFileSync(a.file).equals(readFileSync(b.file))).toBe(true);
    expect(pdfDates(readFileSync(a.file)).creation).toBe(pdfDate("2024-09-30"));
  });
});

for (const lang of langs) {
  describe(`the ${lang} PDF`, () => {
    it("has a cover that says the data are synthetic, and more pages than registries", () => {
      const text = pages.get(lang) as string[];
      const sections = registries.filter((r) => Object.values(data.catalogue).some((m) => m.registry === r.id));
      expect(text.length).toBe(pageCount(pdfs.get(lang) as Buffer));
      expect(text.length).toBeGreaterThan(sections.length + 2);
      expect(data.manifest.extract.manifest.synthetic).toBe(true);
      expect(text[0]).toContain(lang === "en" ? "Synthetic demonstration data." : "Syntetiske demonstrasjonsdata.");
      expect(text[0]).toContain(
        lang === "en" ? "Quality indicators for cancer care" : "Kvalitetsindikatorer for kreftbehandling"
      );
      for (const section of sections) expect(text[0]).toContain(section.name[lang]);
    });

    it("numbers every page in the footer", () => {
      const text = pages.get(lang) as string[];
      text.forEach((page, i) =>
        expect(page).toMatch(
          new RegExp(`${lang === "en" ? "page" : "side"} ${i + 1} ${lang === "en" ? "of" : "av"} ${text.length}$`)
        )
      );
    });

    it(
      "shows every indicator's title and national result of the latest " +
        "confirmed period, in the page's number format",
      () => {
        const text = body(lang);
        const missing: string[] = [];
        for (const [id, meta] of Object.entries(data.catalogue)) {
          if (!text.includes(squash(meta.title[lang]))) missing.push(`${id}: title "${meta.title[lang]}"`);
          const rows = latestNational(id);
          if (rows.length === 0) missing.push(`${id}: no confirmed national result in the results`);
          for (const row of rows) {
            const group = meta.groups?.find((g) => g.id === row.group);
            const groupText = group ? `, ${group.label[lang].toLowerCase()}` : "";
            const label = `${words[lang].national} ${row.period}${groupText}: `;
            const value = formatValue(row.value, meta.format, lang);
            const expected =
              `${label}${value} (${words[lang].interval} ` +
              `${formatInterval(row.lower, row.upper, meta.format, lang)}, N = ` +
              `${formatCount(row.denominator, lang)}). `;
            const level = new RegExp(`${escape(squash(expected))}(?:[●◆▲] )?${escape(levelText(row.level, lang))}`);
            if (!level.test(text)) missing.push(`${id}: "${squash(expected)}${levelText(row.level, lang)}"`);
          }
        }
        expect(missing).toEqual([]);
        // The number format differs by language: a space before % in bokmål only.
        const sample = Object.values(data.catalogue).find((m) =>
          m.format.endsWith("%")
        ) as SiteData["catalogue"][string];
        expect(formatValue(latestNational(sample.id)[0].value, sample.format, lang)).toMatch(
          lang === "en" ? /\d%$/ : /\d\u00a0%$/
        );
      }
    );

    it("gives each contents entry the page its section starts on", () => {
      const text = pages.get(lang) as string[];
      const destinations = destinationPages(pdfs.get(lang) as Buffer);
      const sections = registries.filter((r) => Object.values(data.catalogue).some((m) => m.registry === r.id));
      for (const section of sections) {
        const page = destinations.get(`registry-${section.id}`) as number;
        expect(page, section.id).toBeGreaterThan(1);
        // The section starts on a new page with its name, and the contents list that page.
        expect(text[page - 1].startsWith(section.name[lang]), `${section.id} on page ${page}`).toBe(true);
        expect(text.slice(1, 4).join(" ")).toMatch(new RegExp(`${escape(section.name[lang])} ${page}\\b`));
      }
      for (const id of Object.keys(data.catalogue)) expect(destinations.get(`indicator-${id}`), id).toBeGreaterThan(1);
    });

    it("ends with the provenance and the methods and privacy text of the about page", () => {
      const text = body(lang);
      expect(text).not.toMatch(/(?:side|page) \d+ (?:av|of) \d+/);
      // A line may break after a hyphen (Pohar Perme-|estimatoren, an indicator id).
      const joined = text.replace(/- /g, "-");
      expect(joined).toContain(squash(words[lang].aboutPage.methodsText).replace(/- /g, "-"));
      expect(joined).toContain(squash(words[lang].aboutPage.privacyText).replace(/- /g, "-"));
      expect(text).toContain(data.manifest.extract.checksum);
      for (const { id } of data.manifest.indicators) expect(joined).toContain(id);
    });
  });
}
