/** Lists the pages of a built site as URL paths ("/nb/explorer"), sorted. */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

export function sitePages(root: string): string[] {
  const pages: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith("_")) visit(path);
      } else if (entry.name.endsWith(".html") && entry.name !== "404.html") {
        pages.push(
          "/" +
            relative(root, path)
              .split(sep)
              .join("/")
              .replace(/\.html$/, "")
              .replace(/(^|\/)index$/, "$1")
        );
      }
    }
  };
  visit(root);
  return pages.sort();
}

/** Every file of a built site, relative paths, sorted. */
export function siteFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else files.push(relative(root, path).split(sep).join("/"));
    }
  };
  visit(root);
  return files.sort();
}

/** Representative instances of the parameterised pages the browser tests visit (every other page is visited). */
export const samplePages = {
  indicator: [
    "lung-curative-treatment",
    "lung-30-day-mortality",
    "lung-days-to-treatment",
    "prostate-low-risk-radical",
    "prostate-urinary-incontinence",
    "myeloma-biopsy",
    "rectum-preoperative-radiotherapy",
    "rectum-local-recurrence",
    "colon-relative-survival",
    "breast-clinical-report"
  ],
  unit: ["unn", "unn-tromso", "ous", "sthf-skien"],
  present: ["unn", "unn-tromso"],
  registry: ["lung", "prostate"]
};

/** The pages the browser tests visit: all of them, except that parameterised pages are sampled. */
export function pagesToVisit(root: string): string[] {
  return sitePages(root).filter((path) => {
    const match = /^\/(?:nb|en)\/(indicator|unit|registry|present)\/(.+)$/.exec(path);
    return !match || samplePages[match[1] as keyof typeof samplePages].includes(match[2]);
  });
}
