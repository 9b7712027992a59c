// Same extract and same code → byte-identical public site: a second build is compared file by file.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { buildSite } from "../../loaders/build/build.ts";
import { siteFiles } from "../support/sitePages.ts";

describe("reproducible build", () => {
  it("builds the public site again, byte for byte", async () => {
    const first = inject("publicDir");
    const { out } = await buildSite({
      audience: "public",
      out: resolve(".qi", "test-sites", "public-again"),
      quiet: true
    });
    const a = siteFiles(first);
    const b = siteFiles(out);
    expect(b).toEqual(a);
    const different = a.filter((file) => !readFileSync(resolve(first, file)).equals(readFileSync(resolve(out, file))));
    expect(different).toEqual([]);
  }, 600_000);
});
