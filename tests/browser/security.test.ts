// Every page of both builds carries a strict Content-Security-Policy (self only; inline scripts by hash;
// 'wasm-unsafe-eval' only on the explorer), has no inline event handler, and the public build writes its
// provenance.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { siteFiles } from "../support/sitePages.ts";

function policy(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  return match ? match[1] : "";
}

for (const audience of ["public", "council"] as const) {
  describe(`${audience} build security`, () => {
    const dir = inject(audience === "public" ? "publicDir" : "councilDir");
    const pages = siteFiles(dir).filter((f) => f.endsWith(".html"));

    it("has a strict policy on every page", () => {
      for (const file of pages) {
        const csp = policy(readFileSync(join(dir, file), "utf8"));
        expect(csp, file).toMatch(
          /^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*( 'wasm-unsafe-eval')?; /
        );
        expect(csp, file).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
        expect(csp, file).toContain("object-src 'none'");
        expect(csp.includes("'wasm-unsafe-eval'"), file).toBe(/(^|\/)explorer\.html$/.test(file));
      }
    });

    it("has no inline event handler in any page", () => {
      for (const file of pages)
        expect(readFileSync(join(dir, file), "utf8"), file).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    });

    it("writes its provenance beside the pages", () => {
      const provenance = JSON.parse(readFileSync(join(dir, "provenance.json"), "utf8"));
      expect(provenance.extract.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(provenance.extract.manifest.extract_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(provenance.indicators.length).toBeGreaterThan(20);
      expect(provenance.code.version).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
      expect(provenance.build).toEqual({ audience, dropInvalid: false });
    });
  });
}
