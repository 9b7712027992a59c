/**
 * docs/methods.md is the methods a statistician reproduces the results from: every section must be checked by
 * a test that cites it (a comment naming docs/methods.md#<anchor>), and every citation must name a section.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { methodsAnchor as anchor } from "../../loaders/pages/methodsDocument.ts";

const root = new URL("../..", import.meta.url).pathname;
const methods = readFileSync(join(root, "docs/methods.md"), "utf8");

const sections = [...methods.matchAll(/^#{2,3} (.+)$/gm)].map((m) => anchor(m[1]));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}
const citations = new Map<string, string[]>();
for (const file of files(join(root, "tests"))) {
  for (const m of readFileSync(file, "utf8").matchAll(/docs\/methods\.md#([a-z0-9-]+)(?: and #([a-z0-9-]+))?/g)) {
    for (const cited of [m[1], m[2]].filter(Boolean)) {
      citations.set(cited, [...(citations.get(cited) ?? []), relative(root, file)]);
    }
  }
}

describe("docs/methods.md", () => {
  it("has the sections the results need", () => {
    expect(sections).toEqual([
      "proportions",
      "medians",
      "mean-scores",
      "funnel-limits",
      "overdispersion",
      "net-survival",
      "net-survival-grid",
      "cumulative-incidence",
      "case-mix",
      "case-mix-separation",
      "observed-and-expected",
      "coverage",
      "periods",
      "change-between-periods",
      "target-levels",
      "disclosure"
    ]);
  });

  for (const section of sections) {
    it(`#${section} is checked by a test that cites it`, () => {
      expect(citations.get(section) ?? [], `no test cites docs/methods.md#${section}`).not.toHaveLength(0);
    });
  }

  it("every citation in the tests and every link inside the document names a section", () => {
    for (const cited of citations.keys()) expect(sections, `docs/methods.md#${cited}`).toContain(cited);
    for (const [, target] of methods.matchAll(/\]\(#([a-z0-9-]+)\)/g)) expect(sections).toContain(target);
  });

  it("gives an R call for every method", () => {
    const bodies = methods.split(/^## /m).slice(1);
    const withR = bodies.filter((b) => b.includes("```r")).map((b) => anchor(b.split("\n")[0]));
    expect(withR).toEqual([
      "proportions",
      "medians",
      "mean-scores",
      "funnel-limits",
      "overdispersion",
      "net-survival",
      "cumulative-incidence",
      "case-mix"
    ]);
  });
});
