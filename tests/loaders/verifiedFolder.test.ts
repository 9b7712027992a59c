import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFolder, contentsFile, sealFolder } from "../../loaders/verifiedFolder.ts";

const csv = "id,value\n1,a\n2,b\n3,c\n4,d\n";

async function sealed(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "qi-sealed-"));
  mkdirSync(join(dir, "nested"));
  writeFileSync(join(dir, "rows.csv"), csv);
  writeFileSync(join(dir, "nested", "meta.json"), '{"ok":true}\n');
  await sealFolder(dir, { "rows.csv": 4 });
  return dir;
}

describe("sealFolder and checkFolder", () => {
  it("record every file's size, checksum and known row count", async () => {
    const dir = await sealed();
    const record = JSON.parse(readFileSync(join(dir, contentsFile), "utf8")) as {
      files: Record<string, { bytes: number; rows?: number }>;
    };
    expect(Object.keys(record.files)).toEqual(["nested/meta.json", "rows.csv"]);
    expect(record.files["rows.csv"]).toMatchObject({ bytes: csv.length, rows: 4 });
    expect(await checkFolder(dir)).toBeNull();
  });

  const damages: [string, (dir: string) => void, string][] = [
    ["cut to half", (d) => truncateSync(join(d, "rows.csv"), 12), "rows.csv has 12 bytes, 25 were written (4 rows)"],
    ["emptied", (d) => writeFileSync(join(d, "rows.csv"), ""), "rows.csv has 0 bytes, 25 were written (4 rows)"],
    [
      "cut mid-line",
      (d) => truncateSync(join(d, "rows.csv"), csv.indexOf("3,") + 1),
      "rows.csv has 18 bytes, 25 were written (4 rows)"
    ],
    [
      "changed, same size",
      (d) => writeFileSync(join(d, "rows.csv"), csv.replace("a", "x")),
      "rows.csv was changed after it was written (4 rows)"
    ],
    ["removed", (d) => rmSync(join(d, "nested", "meta.json")), "nested/meta.json is missing"],
    [
      "without its record",
      (d) => rmSync(join(d, contentsFile)),
      `${contentsFile} is missing or unreadable (an older version or an interrupted run made this folder)`
    ]
  ];
  for (const [what, damage, message] of damages) {
    it(`name the file of a folder whose file was ${what}`, async () => {
      const dir = await sealed();
      damage(dir);
      expect(await checkFolder(dir)).toBe(message);
    });
  }

  it("remember files found as recorded, and still find one changed in place with its old times", async () => {
    const dir = await sealed();
    // Written a minute ago, as a cache made in an earlier run: not "racily clean".
    const past = new Date(Date.now() - 60_000);
    for (const file of ["rows.csv", "nested/meta.json"]) utimesSync(join(dir, file), past, past);
    expect(await checkFolder(dir)).toBeNull();
    const checked = JSON.parse(readFileSync(join(dir, ".checked.json"), "utf8")) as { files: Record<string, unknown> };
    expect(Object.keys(checked.files).sort()).toEqual([join(dir, "nested/meta.json"), join(dir, "rows.csv")]);
    expect(await checkFolder(dir)).toBeNull();
    const { mtime } = statSync(join(dir, "rows.csv"));
    writeFileSync(join(dir, "rows.csv"), csv.replace("a", "x"));
    utimesSync(join(dir, "rows.csv"), past, mtime);
    // The change time moved (no program can set it back): the file is read again.
    expect(await checkFolder(dir)).toBe("rows.csv was changed after it was written (4 rows)");
  });
});
