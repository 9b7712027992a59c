/** The about page: what this build was made from (the provenance the PDF prints too), and the methods in full. */
import { methodsDocument } from "../methodsDocument.ts";
import { languages } from "../lang.ts";
import { reportFileName, reportFolder } from "../reportFile.ts";
import type { SiteData } from "../siteData.ts";
import { reportYear } from "./indicatorMeta.ts";

export function aboutPage(data: SiteData) {
  const { manifest } = data;
  return {
    audience: data.audience,
    extract: manifest.extract.manifest,
    extractChecksum: manifest.extract.checksum,
    codeVersion: `${manifest.code.version}${manifest.code.commit ? ` (${manifest.code.commit.slice(0, 12)})` : ""}`,
    engine: manifest.engine,
    // Titles for the reader, ids for whoever reproduces the numbers.
    indicators: manifest.indicators.map((d) => ({
      ...d,
      title: data.catalogue[d.id]?.title ?? { nb: d.id, en: d.id }
    })),
    /** The printed reports `qi pdf` writes into the published site, by language (paths from the site's root). */
    pdf: pdfFiles(reportYear(data)),
    /** docs/methods.md as HTML (English), its sections anchored as in the document. */
    methods: methodsDocument(),
    // The public build's disclosure policy, per registry (the council build hides nothing).
    disclosure: data.disclosure
      ? data.disclosure.policy.registries.map((r) => ({
          registry: r.registry,
          version: r.version,
          adopted: r.adopted,
          note: r.note,
          overrides: Object.keys(r.indicators)
        }))
      : null
  };
}

function pdfFiles(year: number | null) {
  if (year === null) return null;
  return Object.fromEntries(languages.map((lang) => [lang, `${reportFolder}/${reportFileName(String(year), lang)}`]));
}
