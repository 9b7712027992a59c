/** Re-validating an unchanged extract reads no byte: file checksums are remembered by stat, as git's index does. */
import { readFile, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { fileStamp, rememberChecksums, rememberedChecksums } from "../../loaders/checksumMemo.ts";
import { validateExtract } from "../../loaders/extract/validateExtract.ts";
import { derive, tempDir } from "./extract/extractFixture.ts";

/** Sets a file's times a minute back, as an extract copied in earlier has them (not "racily clean"). */
const age = (path: string, seconds = 60) => utimes(path, new Date(), new Date(Date.now() - seconds * 1000));

describe("checksum memo", () => {
  test("an unchanged extract is served from its snapshot without reading the files", async () => {
    const dir = await derive();
    const cacheDir = await tempDir();
    for (const file of ["extract.json", "patients.csv", "tumours.csv", "units.csv"]) await age(join(dir, file));
    const first = await validateExtract(dir, { cacheDir });
    expect(first.fromCache).toBe(false);
    const memo = JSON.parse(await readFile(join(cacheDir, "checksums.json"), "utf8"));
    expect(memo.files[join(dir, "patients.csv")].sha256).toBe(first.report.checksums.files["patients.csv"]);
    const second = await validateExtract(dir, { cacheDir });
    expect(second).toMatchObject({ fromCache: true, snapshotDir: first.snapshotDir });
  });

  test("a file changed in place, same size and modification time, is read again", async () => {
    const dir = await derive();
    const cacheDir = await tempDir();
    const patients = join(dir, "patients.csv");
    await age(patients);
    const first = await validateExtract(dir, { cacheDir });
    expect(first.ok).toBe(true);
    const text = await readFile(patients, "utf8");
    const { mtime } = await stat(patients);
    // "female" → "fxmale": one byte, same length; the modification time is put back as it was.
    await writeFile(patients, text.replace(",female,", ",fxmale,"));
    await utimes(patients, new Date(), mtime);
    const second = await validateExtract(dir, { cacheDir });
    expect(second.fromCache).toBe(false);
    expect(second.ok).toBe(false);
  });

  test("a file written just before it was hashed is not remembered (racily clean)", async () => {
    const dir = await tempDir();
    const cacheDir = await tempDir();
    const fresh = join(dir, "fresh.csv");
    const old = join(dir, "old.csv");
    await writeFile(fresh, "a\n");
    await writeFile(old, "b\n");
    await age(old);
    const now = BigInt(Date.now()) * 1_000_000n;
    await rememberChecksums(
      join(cacheDir, "memo.json"),
      [
        { path: fresh, before: (await fileStamp(fresh))!, sha256: "f" },
        { path: old, before: (await fileStamp(old))!, sha256: "o" }
      ],
      now
    );
    expect(await rememberedChecksums(join(cacheDir, "memo.json"), [old])).toEqual(["o"]);
    expect(await rememberedChecksums(join(cacheDir, "memo.json"), [old, fresh])).toBeNull();
  });
});
