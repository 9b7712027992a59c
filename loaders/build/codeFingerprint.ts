/**
 * A fingerprint of everything that turns an extract into results: every source file the compute step
 * imports (walked from its entry point, so a file moved to another folder is still followed), every
 * indicator definition and interpretation (the catalogue loads them by folder, not by import),
 * package-lock.json (DuckDB, Arrow and every other dependency, by version) and the Node version. Cached
 * results are reused only for the same extract and the same fingerprint.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { projectRoot } from "../engine/provenance.ts";

/** Where computing starts (`computeCatalogue`). */
const entryPoints = ["loaders/engine/compute.ts"];
/** Read at run time by folder rather than imported: every file counts. */
const definitionFolders = ["indicators"];
const lockfile = "package-lock.json";

/**
 * The relative specifiers a TypeScript or JavaScript module imports: static imports and re-exports (type
 * ones too), side-effect imports and `import("…")`. A match inside a comment or string only adds a file to
 * the fingerprint, which can make it change more often, never less.
 */
export function relativeImports(source: string): string[] {
  const specifiers = new Set<string>();
  for (const pattern of [/\bfrom\s*["']([^"'\n]+)["']/g, /\bimport\s*\(?\s*["']([^"'\n]+)["']/g])
    for (const match of source.matchAll(pattern)) if (/^\.\.?\//.test(match[1])) specifiers.add(match[1]);
  return [...specifiers];
}

/** The file a relative specifier names (`./x.js` may name `x.ts`), or null when there is none. */
function resolveSpecifier(fromFile: string, specifier: string): string | null {
  const path = resolve(dirname(fromFile), specifier);
  for (const candidate of [path, path.replace(/\.js$/, ".ts")])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

const isModule = (path: string) => /\.[cm]?[jt]s$/.test(path);

/** Every file reachable from `entries` through relative imports (absolute paths, sorted). */
export function importClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!isModule(file)) continue;
    for (const specifier of relativeImports(readFileSync(file, "utf8"))) {
      const target = resolveSpecifier(file, specifier);
      if (target !== null && !seen.has(target)) stack.push(target);
    }
  }
  return [...seen].sort();
}

// A missing folder throws: a fingerprint of nothing would never change and never invalidate.
function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

/** The files the fingerprint covers, relative to `root` with forward slashes. */
export function computeSourceFiles(root = projectRoot): string[] {
  const entries = [
    ...entryPoints.map((file) => join(root, file)),
    ...definitionFolders.flatMap((dir) => listFiles(join(root, dir)))
  ];
  return importClosure(entries).map((file) => relative(root, file).split(sep).join("/"));
}

export function computeCodeHash(root = projectRoot): string {
  const hash = createHash("sha256");
  for (const file of [...computeSourceFiles(root), lockfile]) {
    hash.update(file);
    hash.update("\0");
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  hash.update(`node ${process.version}`);
  return hash.digest("hex");
}
