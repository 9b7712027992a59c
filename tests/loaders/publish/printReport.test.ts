import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../../loaders/cli/command.ts";
import { launchChromium } from "../../../loaders/publish/chromium.ts";
import { checkSite, footerTemplate, printReport, reportFileName } from "../../../loaders/publish/printReport.ts";
import { words } from "../../../src/components/i18n.ts";

describe("checkSite", () => {
  const root = mkdtempSync(join(tmpdir(), "qi-print-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  it("says how to build a missing site", () => {
    expect(() => checkSite(join(root, "dist"))).toThrow(UserError);
    expect(() => checkSite(join(root, "dist"))).toThrow(/no built site at .*dist: build it with "npm run build"/);
  });
  it("says how to rebuild a site without the report page", () => {
    mkdirSync(join(root, "old", "nb"), { recursive: true });
    writeFileSync(join(root, "old", "nb", "report.html"), "");
    expect(() => checkSite(join(root, "old"), ["nb"])).not.toThrow();
    expect(() => checkSite(join(root, "old"))).toThrow(
      /has no printable report \(en\/report\.html\): rebuild the site/
    );
  });
  it("stops printReport before Chromium starts", async () => {
    await expect(printReport({ siteDir: join(root, "dist"), outDir: join(root, "out") })).rejects.toThrow(UserError);
  });
});

describe("launchChromium", () => {
  it("says how to install Chromium when it is missing", async () => {
    const launch = launchChromium({ QI_CHROMIUM: "/nonexistent/chromium" });
    await expect(launch).rejects.toThrow(UserError);
    await expect(launchChromium({ QI_CHROMIUM: "/nonexistent/chromium" })).rejects.toThrow(
      /Chromium not found at \/nonexistent\/chromium: install it with "apt-get install -y chromium"/
    );
  });
});

describe("footerTemplate", () => {
  // The words the report's cover carries for the printer (src/components/reportCover.ts).
  const footerWords = {
    nb: { page: words.nb.report.page, of: words.nb.report.of, synthetic: words.nb.report.syntheticFooter },
    en: { page: words.en.report.page, of: words.en.report.of, synthetic: words.en.report.syntheticFooter }
  };
  it("numbers the pages in the report's language", () => {
    const nb = footerTemplate({ title: "Kvalitetsindikatorer 2022", synthetic: true, words: footerWords.nb });
    expect(nb).toContain('side <span class="pageNumber"></span> av <span class="totalPages"></span>');
    expect(nb).toContain("Kvalitetsindikatorer 2022 · syntetiske demonstrasjonsdata");
    const en = footerTemplate({ title: "Quality indicators 2022", synthetic: false, words: footerWords.en });
    expect(en).toContain('page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(en).not.toContain("synthetic");
  });
  it("escapes the title", () => {
    expect(footerTemplate({ title: "<b>A & B</b>", synthetic: false, words: footerWords.en })).toContain(
      "&#60;b&#62;A &#38; B&#60;/b&#62;"
    );
  });
});

describe("reportFileName", () => {
  it("names the PDF after the year and the language", () => {
    expect(reportFileName("2022", "nb")).toBe("kvalitetsindikatorer-2022-nb.pdf");
    expect(reportFileName("2022", "en")).toBe("kvalitetsindikatorer-2022-en.pdf");
  });
});
