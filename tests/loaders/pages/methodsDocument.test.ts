import { describe, expect, it } from "vitest";
import { methodsAnchor, methodsDocument } from "../../../loaders/pages/methodsDocument.ts";

describe("methodsDocument", () => {
  it("anchors headings as GitHub does, one level down, without the title", () => {
    expect(methodsAnchor("Case mix separation")).toBe("case-mix-separation");
    expect(methodsAnchor("Observed and expected")).toBe("observed-and-expected");
    const html = methodsDocument("# Methods\n\nIntro.\n\n## Net survival\n\n### Net survival grid\n\nText.\n");
    expect(html).toBe(
      '<p>Intro.</p>\n<h3 id="net-survival">Net survival</h3>\n<h4 id="net-survival-grid">Net survival grid</h4>\n' +
        "<p>Text.</p>\n"
    );
  });

  it("keeps links within the document and turns links to other files into text; raw HTML stays text", () => {
    const html = methodsDocument("See [the grid](#grid), [results](results-format.md#x) and <b>this</b>.\n");
    expect(html).toBe('<p>See <a href="#grid">the grid</a>, results and &lt;b&gt;this&lt;/b&gt;.</p>\n');
  });

  it("renders docs/methods.md with an anchor for every section the pages link to", () => {
    const ids = [...methodsDocument().matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(expect.arrayContaining(["proportions", "net-survival", "case-mix-separation", "disclosure"]));
  });
});
