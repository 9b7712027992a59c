/**
 * Links between the site's pages. Every page is built as a `.html` file, so a link names the file: it then
 * resolves on any static server (python3 -m http.server, an intranet web server, a folder opened from a
 * disk) as well as in the preview. Framework writes the links in Markdown and the header the same way
 * (`preserveExtension` in observablehq.config.ts); pages build theirs with this function.
 */
export function pageHref(path: string, hash?: string): string {
  return `${path}.html${hash ? `#${hash}` : ""}`;
}
