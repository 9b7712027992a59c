import { mkdirSync, mkdtempSync, readdirSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pruneCache } from "../../../loaders/build/prune.ts";

describe("pruneCache", () => {
  it("keeps the newest entries and the current one, and leaves folders being written alone", async () => {
    const parent = mkdtempSync(join(tmpdir(), "qi-prune-"));
    const names = ["a", "b", "c", "d", "e", "f.partial-123"];
    names.forEach((name, i) => {
      mkdirSync(join(parent, name));
      utimesSync(join(parent, name), 1000 + i, 1000 + i); // a oldest … e newest
    });
    await pruneCache(parent, join(parent, "a"), 3);
    expect(readdirSync(parent).sort()).toEqual(["a", "d", "e", "f.partial-123"]);
  });
});
