/** The printed annual report's file name, which `qi pdf` writes and the about page links to. */
import type { Lang } from "./lang.ts";

/** "kvalitetsindikatorer-2022-nb.pdf" */
export function reportFileName(year: string, lang: Lang): string {
  return `kvalitetsindikatorer-${year}-${lang}.pdf`;
}

/** Where `qi pdf` writes the reports by default: this folder of the built site. */
export const reportFolder = "report";
