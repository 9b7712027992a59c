/**
 * docs/methods.md as HTML for the about page, so the pages can link to a method's section (about#net-survival):
 * the same anchors as the document on GitHub, its title dropped and its headings one level down (the about
 * page's "Methods" is the h2). Links to other documents of the repository become plain text: the site does
 * not publish them. Raw HTML in the document is shown as text, as in every rendered text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";

const source = join(import.meta.dirname, "..", "..", "docs", "methods.md");

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export const methodsAnchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");

export function methodsDocument(markdown = readFileSync(source, "utf8")): string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.push("methods_headings", (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.type === "heading_open" || token.type === "heading_close") {
        token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`;
        if (token.type === "heading_open") token.attrSet("id", methodsAnchor(tokens[i + 1].content));
      }
      if (token.type === "inline") {
        const children = token.children ?? [];
        token.children = children.filter((child, k) => {
          const href = child.type === "link_open" ? (child.attrGet("href") ?? "") : "";
          if (child.type === "link_open" && !href.startsWith("#")) {
            // Drop this link's open and its matching close; the text stays.
            const close = children.findIndex((c, j) => j > k && c.type === "link_close");
            if (close >= 0) children[close].type = "methods_dropped";
            return false;
          }
          return child.type !== "methods_dropped";
        });
      }
    }
  });
  // The title (the document's only h1) is the about page's own heading.
  return md.render(markdown.replace(/^# .*\n/, ""));
}
