// The published site makes no third-party request and the build needs no CDN: no page, stylesheet or
// module of our own in either build names an outside host, and nothing is imported through npm: (jsDelivr).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { siteFiles } from "../support/sitePages.ts";

/** Hosts that may appear: XML namespaces (SVG, Office Open XML) are identifiers, never fetched. */
const allowedHosts = new Set(["www.w3.org", "schemas.openxmlformats.org"]);

function outsideHosts(text: string): string[] {
  const hosts = new Set<string>();
  for (const match of text.matchAll(/(?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})(?=[/:"'\s)]|$)/gi)) {
    if (!allowedHosts.has(match[1].toLowerCase())) hosts.add(match[1].toLowerCase());
  }
  return [...hosts].sort();
}

/**
 * Files that are ours: pages, our stylesheet and modules (_import), data files (_file). Third-party bundles in _node
 * may mention hosts in code we never call.
 */
const ownFile = (path: string) => /\.html$/.test(path) || path.startsWith("_import/") || path.startsWith("_file/");

for (const audience of ["public", "council"] as const) {
  describe(`${audience} build is offline`, () => {
    const dir = inject(audience === "public" ? "publicDir" : "councilDir");
    const files = siteFiles(dir);
    it("names no outside host in our own pages, styles, modules and data", () => {
      const found: string[] = [];
      for (const file of files.filter(ownFile)) {
        if (/\.(arrow|png|wasm|xlsx|pdf)$/.test(file)) continue;
        for (const host of outsideHosts(readFileSync(join(dir, file), "utf8"))) found.push(`${file}: ${host}`);
      }
      expect(found).toEqual([]);
    });
    it("imports nothing from jsDelivr (no _npm folder, no npm: specifier)", () => {
      expect(files.filter((f) => f.startsWith("_npm/"))).toEqual([]);
      for (const file of files.filter((f) => f.endsWith(".html")))
        expect(readFileSync(join(dir, file), "utf8")).not.toContain("npm:");
    });
  });
}

describe("source pages", () => {
  const sources: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(md|js|ts)$/.test(entry.name)) sources.push(path);
    }
  };
  visit("src");
  it("use bare imports only: no npm: import, no ```sql block, no CDN", () => {
    const offending = sources.filter((file) =>
      /["'`]npm:|^```sql|cdn\.jsdelivr|fonts\.googleapis|extensions\.duckdb\.org/m.test(readFileSync(file, "utf8"))
    );
    expect(offending).toEqual([]);
  });
  it(
    "do not call FileAttachment methods that load parsers from the CDN " +
      "(.csv, .tsv, .arrow, .parquet, .xlsx, .zip, .sqlite)",
    () => {
      const offending = sources.filter((file) =>
        /FileAttachment\([^)]*\)\s*\.(csv|tsv|arrow|parquet|xlsx|zip|sqlite)\(/.test(readFileSync(file, "utf8"))
      );
      expect(offending).toEqual([]);
    }
  );
});
