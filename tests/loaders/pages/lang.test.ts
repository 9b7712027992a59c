import { describe, expect, it } from "vitest";
import { counterpartPath, langOfPath } from "../../../loaders/pages/lang.ts";
import { renderHeader } from "../../../loaders/framework/chrome.ts";
import { words } from "../../../src/components/i18n.ts";

describe("langOfPath", () => {
  it("reads the language folder", () => {
    expect(langOfPath("/en/indicator/lung")).toBe("en");
    expect(langOfPath("/en")).toBe("en");
    expect(langOfPath("/nb/indicator/lung")).toBe("nb");
    expect(langOfPath("/index")).toBe("nb");
    expect(langOfPath("/english")).toBe("nb");
  });
});

describe("counterpartPath", () => {
  it("maps a page to the same page in the other language", () => {
    expect(counterpartPath("/nb/indicator/lung", "en")).toBe("/en/indicator/lung");
    expect(counterpartPath("/en/", "nb")).toBe("/nb/");
    expect(counterpartPath("/index", "en")).toBe("/en/");
  });
});

describe("renderHeader", () => {
  const options = { nav: ["/"], synthetic: true, words: { nb: words.nb.header, en: words.en.header } };
  it("links the other language and marks the current page", () => {
    const html = renderHeader("/en/index", options);
    expect(html).toContain('href="/nb/index" hreflang="nb" lang="nb"');
    expect(html).toContain('<a href="/en/" aria-current="page">Front page</a>');
    expect(html).toContain("Synthetic demonstration data");
  });
  it("says nothing about synthetic data for a real extract", () => {
    expect(renderHeader("/nb/index", { ...options, synthetic: false })).not.toContain("Syntetiske");
  });
});
