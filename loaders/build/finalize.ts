/**
 * Post-build pass over every HTML page Framework wrote. Framework 1.13 leaves four things we must fix:
 * `<html>` has no `lang` (WCAG 3.1.1), the viewport forbids zooming (`maximum-scale=1`, WCAG 1.4.4),
 * there is no Content-Security-Policy, and each page embeds its data files' modification times (so two
 * builds of the same data would differ). Inline scripts are allowed by their SHA-256 hash, so the policy
 * stays "self only" without 'unsafe-inline' for scripts.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { langOfPath } from "../pages/lang.ts";

export interface PageOptions {
  lang: "nb" | "en";
  /** Pages that run DuckDB-WASM need 'wasm-unsafe-eval'; no other page gets it. */
  wasm: boolean;
}

/** Hashes of the inline <script> bodies, in CSP source form ('sha256-…'). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(`'sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}'`);
  }
  return [...hashes].sort();
}

export function contentSecurityPolicy(html: string, { wasm }: Pick<PageOptions, "wasm">): string {
  const script = ["'self'", ...inlineScriptHashes(html), ...(wasm ? ["'wasm-unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    // Plot and Inputs set style attributes and <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'"
  ].join("; ");
}

export function finalizePage(html: string, options: PageOptions): string {
  let out = html.replace(/<html>/, `<html lang="${options.lang}">`);
  // Framework records each data file's modification time; a build must not depend on when it ran.
  out = out.replace(/"lastModified":\d+/g, '"lastModified":0');
  // A heading whose text is computed gets an empty id and a self-link to "#": keep the text, drop the link.
  out = out.replace(
    /<(h[1-6]) id="" tabindex="-1"><a class="observablehq-header-anchor" href="#">([\s\S]*?)<\/a><\/\1>/g,
    "<$1>$2</$1>"
  );
  out = out.replace(/(<meta name="viewport" content="[^"]*?), maximum-scale=1"/, '$1"');
  const csp = contentSecurityPolicy(out, options);
  out = out.replace(
    /<meta charset="utf-8">/,
    `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${csp}">`
  );
  return out;
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

/** Finalizes every page under a built site directory in place; returns the number of pages. */
export async function finalizeSite(
  root: string,
  { wasmPages = [/\/explorer$/] }: { wasmPages?: RegExp[] } = {}
): Promise<number> {
  let count = 0;
  for await (const file of htmlFiles(root)) {
    const path =
      "/" +
      relative(root, file)
        .split(sep)
        .join("/")
        .replace(/\.html$/, "");
    const html = await readFile(file, "utf8");
    await writeFile(file, finalizePage(html, { lang: langOfPath(path), wasm: wasmPages.some((re) => re.test(path)) }));
    count++;
  }
  return count;
}
