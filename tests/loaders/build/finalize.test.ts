import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, finalizePage, inlineScriptHashes } from "../../../loaders/build/finalize.ts";

const page = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<script type="module">console.log(1);</script>
<script type="module" src="./x.js"></script>
</head>
<body></body>
</html>`;

describe("finalizePage", () => {
  it("sets the page language", () => {
    expect(finalizePage(page, { lang: "en", wasm: false })).toContain('<html lang="en">');
    expect(finalizePage(page, { lang: "nb", wasm: false })).toContain('<html lang="nb">');
  });

  it("lets readers zoom (no maximum-scale)", () => {
    const out = finalizePage(page, { lang: "nb", wasm: false });
    expect(out).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it("allows exactly the inline scripts by hash, and wasm only where asked", () => {
    const hash = createHash("sha256").update("console.log(1);").digest("base64");
    expect(inlineScriptHashes(page)).toEqual([`'sha256-${hash}'`]);
    const csp = contentSecurityPolicy(page, { wasm: false });
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("wasm-unsafe-eval");
    expect(contentSecurityPolicy(page, { wasm: true })).toContain("'wasm-unsafe-eval'");
  });

  it("unwraps computed headings from their empty self-link", () => {
    const heading =
      `<h1 id="" tabindex="-1"><a class="observablehq-header-anchor" ` +
      `href="#"><observablehq-loading></observablehq-loading><!--:1:--></a></h1>`;
    const out = finalizePage(
      page.replace(
        "<body></body>",
        `<body>${heading}<h2 id="x" tabindex="-1"><a class="observablehq-header-anchor" href="#x">X</a></h2></body>`
      ),
      { lang: "nb", wasm: false }
    );
    expect(out).toContain("<h1><observablehq-loading></observablehq-loading><!--:1:--></h1>");
    expect(out).toContain('<h2 id="x" tabindex="-1"><a class="observablehq-header-anchor" href="#x">X</a></h2>');
  });

  it("replaces data files' modification times, so builds of the same data are identical", () => {
    const html = page.replace(
      "console.log(1);",
      'registerFile("./a.json", {"name":"./a.json","lastModified":1795748172126,"size":3});'
    );
    const out = finalizePage(html, { lang: "nb", wasm: false });
    expect(out).toContain('"lastModified":0,');
    expect(out).not.toContain("1795748172126");
  });

  it("puts the policy right after the charset", () => {
    const out = finalizePage(page, { lang: "nb", wasm: false });
    expect(out).toMatch(
      /<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'self'; /
    );
  });
});
