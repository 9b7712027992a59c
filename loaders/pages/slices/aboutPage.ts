/** The about page: what this build was made from (the provenance the PDF prints too), and the methods in full. */
import { methodsDocument } from "../methodsDocument.ts";
import type { SiteData } from "../siteData.ts";

export function aboutPage(data: SiteData) {
  const { manifest } = data;
  return {
    audience: data.audience,
    extract: manifest.extract.manifest,
    extractChecksum: manifest.extract.checksum,
    codeVersion: `${manifest.code.version}${manifest.code.commit ? ` (${manifest.code.commit.slice(0, 12)})` : ""}`,
    engine: manifest.engine,
    indicators: manifest.indicators,
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
