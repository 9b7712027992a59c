/** The rule for ids that name pages and files, and every id the project itself makes following it. */
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../../indicators/index.ts";
import { unitRows } from "../../../loaders/demo/structure.ts";
import { fileIdProblem, reservedFileIds } from "../../../loaders/extract/fileIds.ts";
import { registryIds } from "../../../loaders/extract/registries.ts";
import { tableSchemas } from "../../../loaders/extract/schemas.ts";
import { tableSpec } from "../../../loaders/extract/tables.ts";

describe("fileIdProblem", () => {
  it("accepts lower-case words of letters and digits joined by single '-'", () => {
    for (const id of ["unn-tromso", "ous-ulleval", "974795787", "a", "helse-sor-ost", "x".repeat(64)])
      expect(fileIdProblem(id), id).toBeNull();
  });

  it("refuses paths, file names, other characters and empty words", () => {
    for (const id of [
      "..",
      ".",
      "...",
      "index.html",
      "a/b",
      "a\\b",
      "ous_ny",
      "-unn",
      "unn-",
      "unn--tro",
      "ous ny",
      "",
      "tromsø"
    ])
      expect(fileIdProblem(id), id).toMatch(/^is not lower-case letters a–z and digits in words joined by single '-'/);
    expect(fileIdProblem("x".repeat(65))).toBe("is longer than 64 characters");
  });

  it("refuses upper case, naming the lower-case id", () => {
    expect(fileIdProblem("UNN-Tromso")).toBe(
      "has upper-case letters; ids that name pages and files are lower case: write unn-tromso"
    );
  });

  it("refuses the Windows device names in any case, index and nation", () => {
    const devices = ["con", "prn", "aux", "nul", ...[0, 1, 9].flatMap((i) => [`com${i}`, `lpt${i}`])];
    for (const id of [...devices, ...devices.map((d) => d.toUpperCase()), "Con", "cOM1"])
      expect(fileIdProblem(id), id).toMatch(/^is a device name Windows reserves \(CON, PRN, AUX, NUL, COM0–COM9/);
    for (const id of ["index", "INDEX", "nation"])
      expect(fileIdProblem(id), id).toMatch(/^is a name the site reserves \(index, nation\)/);
    expect(reservedFileIds.size).toBe(4 + 10 + 10 + 2);
    // Only the whole id is reserved.
    expect(fileIdProblem("con-x")).toBeNull();
    expect(fileIdProblem("index-2")).toBeNull();
  });
});

describe("every id the project makes follows the rule", () => {
  it("registry ids (the registry code list too)", () => {
    for (const id of registryIds) expect(fileIdProblem(id), id).toBeNull();
    const codes = Object.keys(tableSpec("tumours").columns.find((c) => c.name === "registry")!.codes!);
    expect(codes).toEqual(registryIds);
  });

  it("the demo's units pass the units table's rules", () => {
    const rows = unitRows();
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      const text = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? ""]));
      expect(tableSchemas.units.safeParse(text).error, row.unit_id).toBeUndefined();
    }
    expect(rows.some((row) => row.unit_id === "ous-ulleval")).toBe(true);
  });

  it("indicator ids", async () => {
    const catalogue = await loadCatalogue();
    for (const { definition } of catalogue) expect(fileIdProblem(definition.id), definition.id).toBeNull();
  });
});
