// Every page of the built public site has its own <title> and meta description, in its language
// (WCAG 2.4.2): a tab, a bookmark or a search result says which page it is.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { siteFiles } from "../support/sitePages.ts";

const decode = (text: string) =>
  text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, "&");

function headOf(file: string) {
  const html = readFileSync(join(inject("publicDir"), file), "utf8");
  const head = html.slice(0, html.indexOf("</head>"));
  return {
    titles: [...head.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => decode(m[1])),
    description: decode(/<meta name="description" content="([^"]*)">/.exec(head)?.[1] ?? ""),
    lang: /<html lang="([^"]+)"/.exec(html)?.[1]
  };
}

describe("page titles and descriptions", () => {
  const pages = () => siteFiles(inject("publicDir")).filter((f) => /^(nb|en)\/.*\.html$/.test(f));

  it("every page in a language folder has one title and a description, none shared with another page", () => {
    const heads = pages().map((file) => ({ file, ...headOf(file) }));
    expect(heads.length).toBeGreaterThan(100);
    for (const head of heads) {
      expect(head.titles, head.file).toHaveLength(1);
      expect(head.description.length, head.file).toBeGreaterThan(30);
    }
    const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    expect(duplicates(heads.map((h) => h.titles[0]))).toEqual([]);
    expect(duplicates(heads.map((h) => h.description))).toEqual([]);
  });

  it("names the page in its own language", () => {
    expect(headOf("nb/unit/unn.html")).toEqual({
      titles: ["Universitetssykehuset Nord-Norge HF | Kvalitetsindikatorer for kreft"],
      description:
        "Alle kvalitetsindikatorene for Universitetssykehuset Nord-Norge HF (helseforetak) " +
        "mot landsresultatet og målnivået.",
      lang: "nb"
    });
    expect(headOf("en/unit/unn-tromso.html").titles).toEqual([
      "Universitetssykehuset Nord-Norge Tromsø | Cancer quality indicators"
    ]);
    expect(headOf("en/indicator/lung-curative-treatment.html")).toMatchObject({
      titles: ["Curative treatment of lung cancer – Lung cancer | Cancer quality indicators"],
      lang: "en"
    });
    expect(headOf("nb/registry/lung.html").titles).toEqual(["Lungekreft | Kvalitetsindikatorer for kreft"]);
    expect(headOf("en/about.html").titles).toEqual(["About this report | Cancer quality indicators"]);
    expect(headOf("nb/index.html").description).toMatch(/^Sykehusenes og helseforetakenes resultater/);
  });
});
