import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { UserError, type Command } from "./command.ts";
import { languages, type Lang } from "../pages/lang.ts";
import { reportFolder } from "../pages/reportFile.ts";

export const pdf: Command = {
  name: "pdf",
  summary: "print the annual report of the public build to PDF, one file per language",
  usage: `Usage: qi pdf [--site <dir>] [--out <dir>] [--lang nb|en]

Prints the report pages of the built public site (/nb/report, /en/report) with headless Chromium into
one PDF per language, named after the latest confirmed year: kvalitetsindikatorer-<year>-<lang>.pdf.
  --site <dir>  the built public site (default dist/, built first when it is missing)
  --out <dir>   where the PDFs go (default <site>/report/)
  --lang <lang> print only this language (nb or en; default both)

Environment: QI_CHROMIUM=<path> the Chromium binary (default /usr/bin/chromium; on Debian
"apt-get install -y chromium"). The site is served on 127.0.0.1 and nothing else is requested.
Two prints of the same build are byte-identical (the PDF's dates are the extract date).`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { site: { type: "string" }, out: { type: "string" }, lang: { type: "string" } }
    });
    if (values.lang !== undefined && !languages.includes(values.lang as Lang))
      throw new UserError(`--lang must be one of ${languages.join(", ")}, not "${values.lang}"`);
    const siteDir = resolve(values.site ?? "dist");
    const { recoverFolder } = await import("../build/swapFolder.ts");
    for (const done of await recoverFolder(siteDir)) process.stderr.write(`qi pdf: ${done}\n`);
    if (values.site === undefined && !existsSync(join(siteDir, "index.html"))) {
      process.stderr.write(`qi pdf: no site in ${siteDir}: building the public site first\n`);
      const { buildSite } = await import("../build/build.ts");
      await buildSite({ audience: "public", out: siteDir });
    }
    const { printReport } = await import("../publish/printReport.ts");
    const printed = await printReport({
      siteDir,
      outDir: resolve(values.out ?? join(siteDir, reportFolder)),
      languages: values.lang ? [values.lang as Lang] : languages,
      onProgress: (message) => process.stderr.write(`qi pdf: ${message}\n`)
    });
    for (const report of printed) process.stdout.write(`${report.file}\n`);
    return 0;
  }
};
