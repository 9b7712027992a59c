/**
 * Council texts and long descriptions are written in markdown and become HTML at build time. Raw HTML in
 * them is shown as text, never interpreted: the pages' CSP allows no inline script or style, and a text
 * must not be able to add any.
 */
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export type Text = { nb: string; en: string };

/** One text in both languages as HTML; a missing language falls back to the other. */
export function renderText(text: { nb?: string | null; en?: string | null }): Text {
  return { nb: markdown.render(text.nb ?? text.en ?? ""), en: markdown.render(text.en ?? text.nb ?? "") };
}
