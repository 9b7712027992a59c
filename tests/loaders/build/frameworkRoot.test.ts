import { existsSync, lstatSync, mkdtempSync, readdirSync, realpathSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { councilOnlySources, makeFrameworkRoot } from "../../../loaders/build/frameworkRoot.ts";

/** Every file reachable in a root (following its links), relative, sorted. */
function files(dir: string, root = dir): string[] {
  return readdirSync(dir)
    .filter((name) => name !== ".observablehq")
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, root) : [relative(root, path).split(sep).join("/")];
    })
    .sort();
}

describe("makeFrameworkRoot", () => {
  const src = resolve("src");
  const councilOnly = (file: string) => councilOnlySources.some((s) => file === s || file.startsWith(`${s}/`));

  it("gives the council every source, each a link to src/ (live edits show)", async () => {
    const root = await makeFrameworkRoot("council", join(mkdtempSync(join(tmpdir(), "qi-root-")), "root"));
    expect(files(root)).toEqual(files(src));
    expect(realpathSync(join(root, "components"))).toBe(realpathSync(join(src, "components")));
    // Framework's router takes a link to a folder for a file: a parameterized folder is a real one.
    expect(lstatSync(join(root, "[lang]")).isDirectory()).toBe(true);
  });

  it("gives the public every source but the council's pages and data loaders", async () => {
    const root = await makeFrameworkRoot("public", join(mkdtempSync(join(tmpdir(), "qi-root-")), "root"));
    const expected = files(src).filter((file) => !councilOnly(file));
    expect(files(src).filter(councilOnly).length).toBeGreaterThanOrEqual(councilOnlySources.length);
    expect(files(root)).toEqual(expected);
    for (const source of councilOnlySources) expect(existsSync(join(root, source)), source).toBe(false);
    expect(existsSync(join(root, ".observablehq"))).toBe(false);
  });
});
