import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCodeHash, computeSourceFiles, relativeImports } from "../../../loaders/build/codeFingerprint.ts";
import { projectRoot } from "../../../loaders/engine/provenance.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

describe("relativeImports", () => {
  it("finds every relative import TypeScript finds, in every module of loaders/ and indicators/", () => {
    const files = ["loaders", "indicators"].flatMap((dir) => sourceFiles(join(projectRoot, dir)));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const expected = ts
        .preProcessFile(source, true, true)
        .importedFiles.map((f) => f.fileName)
        .filter((name) => name.startsWith("."));
      expect({ file, imports: relativeImports(source) }).toEqual({
        file,
        imports: expect.arrayContaining(expected) as unknown
      });
    }
  });

  it("reads static, type, re-export, side-effect and dynamic imports, and ignores packages", () => {
    const source = [
      'import { a } from "./a.ts";',
      "import type {",
      "  B",
      '} from "../b.ts";',
      'export * from "./c.ts";',
      'import "./d.ts";',
      'const e = await import("./e.ts");',
      'import { f } from "node:fs";',
      'import g from "apache-arrow";'
    ].join("\n");
    expect(relativeImports(source).sort()).toEqual(["../b.ts", "./a.ts", "./c.ts", "./d.ts", "./e.ts"]);
  });
});

describe("computeCodeHash", () => {
  let scratch: string;
  const copy = ["loaders", "indicators", "package.json", "package-lock.json"];

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), "qi-fingerprint-"));
    for (const path of copy) cpSync(join(projectRoot, path), join(scratch, path), { recursive: true });
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("covers what computing imports wherever it lives, and nothing else", () => {
    const files = computeSourceFiles(projectRoot);
    // Imported by the extract reader from outside the engine, statistics, extract and output folders.
    expect(files).toContain("loaders/duckdb.ts");
    expect(files).toContain("loaders/userError.ts");
    expect(files).toContain("loaders/stats/proportionInterval.ts");
    expect(files).toContain("indicators/lung/lung-curative-treatment.interpretation.md");
    // The site, the CLI and the PDF printer do not compute results.
    expect(files.filter((f) => /^loaders\/(pages|build|framework|cli|publish)\//.test(f))).toEqual([]);
    expect(computeSourceFiles(scratch)).toEqual(files);
  });

  it("changes with a dependency's version, a moved source file and an indicator, not with the site's code", () => {
    const base = computeCodeHash(scratch);
    expect(computeCodeHash(scratch)).toBe(base);

    const lockPath = join(scratch, "package-lock.json");
    const lock = readFileSync(lockPath, "utf8");
    const parsed = JSON.parse(lock) as { packages: Record<string, { version: string }> };
    const duckdb = parsed.packages["node_modules/@duckdb/node-api"];
    expect(duckdb.version).toMatch(/^\d/);
    duckdb.version = `${duckdb.version}-upgraded`;
    writeFileSync(lockPath, JSON.stringify(parsed, null, 2));
    expect(computeCodeHash(scratch)).not.toBe(base);
    writeFileSync(lockPath, lock);
    expect(computeCodeHash(scratch)).toBe(base);

    for (const file of ["loaders/duckdb.ts", "indicators/lung/lung-mdt.ts"]) {
      const path = join(scratch, file);
      const before = readFileSync(path, "utf8");
      appendFileSync(path, "\n// changed\n");
      expect(computeCodeHash(scratch), file).not.toBe(base);
      writeFileSync(path, before);
    }

    appendFileSync(join(scratch, "loaders/publish/chromium.ts"), "\n// changed\n");
    expect(computeCodeHash(scratch)).toBe(base);
  });

  it("follows a file the engine starts to import from a new folder", () => {
    const base = computeCodeHash(scratch);
    writeFileSync(join(scratch, "loaders", "newHelper.ts"), "export const x = 1;\n");
    expect(computeCodeHash(scratch)).toBe(base);
    const compute = join(scratch, "loaders/engine/compute.ts");
    writeFileSync(compute, `import "../newHelper.ts";\n${readFileSync(compute, "utf8")}`);
    const imported = computeCodeHash(scratch);
    expect(imported).not.toBe(base);
    writeFileSync(join(scratch, "loaders", "newHelper.ts"), "export const x = 2;\n");
    expect(computeCodeHash(scratch)).not.toBe(imported);
  });
});
