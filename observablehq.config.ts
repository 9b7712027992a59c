// Observable Framework configuration. Everything here is chosen for offline, reproducible builds:
// no Google Fonts, no CDN imports, no DuckDB extension downloads, a fixed footer, no sidebar build date.
import { renderFooter, renderHeader } from "./loaders/framework/chrome.ts";
import { loadSiteContext } from "./loaders/framework/context.ts";
import { renderPageHead, type HeadWords } from "./loaders/framework/head.ts";
import { words, type Lang } from "./src/components/i18n.ts";

const site = loadSiteContext();
const chrome = { ...site.chrome, words: { nb: words.nb.header, en: words.en.header } };
const headWords = (lang: Lang): HeadWords => ({
  ...words[lang].head,
  levels: { hospital: words[lang].hospital.toLowerCase(), trust: words[lang].trust.toLowerCase() }
});
const heads = { nb: headWords("nb"), en: headWords("en") };

export default {
  // No site-wide title: each page's title and description come from `head` (loaders/framework/head.ts).
  root: site.root,
  output: site.output,
  // Framework's default stylesheets load Google Fonts at run time; ours are self-contained.
  globalStylesheets: [],
  style: "style.css",
  // An empty icon: otherwise every page makes a request for /favicon.ico.
  head: ({ path }: { path: string }) => `<link rel="icon" href="data:,">\n${renderPageHead(path, site.names, heads)}`,
  sidebar: false,
  pager: false,
  toc: false,
  search: false,
  // Pages link to `.html` files, so the built site works on any static server (src/components/pageHref.ts).
  preserveExtension: true,
  header: ({ path }: { path: string }) => renderHeader(path, chrome),
  footer: ({ path }: { path: string }) => renderFooter(path, chrome),
  dynamicPaths: site.dynamicPaths,
  // Data loaders run under this Node with tsx's loader, whatever PATH holds.
  interpreters: { ".ts": [process.execPath, "--import", "tsx"] },
  // Without these, Framework downloads the json and parquet extensions from DuckDB's extension server.
  duckdb: { extensions: { json: null, parquet: null } }
};
