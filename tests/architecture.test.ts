/**
 * The layers of docs/contributing.md hold in the code: every import in loaders/, src/, indicators/ and bin/
 * (TypeScript's own reading of each module, and of the js blocks of the pages) goes to the same folder or
 * to a folder drawn below it in the architecture picture, and no files import each other in a circle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { measureList } from "../loaders/engine/measures/index.ts";
import { projectRoot } from "../loaders/engine/provenance.ts";

const checkedFolders = ["loaders", "src", "indicators", "bin"];
const posix = (path: string) => path.split(sep).join("/");

/** The picture's layers, top first: each line of the fenced block under "## Architecture" that names folders. */
function architectureLayers(markdown: string): string[][] {
  const section = markdown.split(/^## Architecture.*$/m)[1]?.split(/^## /m)[0] ?? "";
  const block = /^```[^\n]*\n([\s\S]*?)^```/m.exec(section)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => [...line.matchAll(/\b(?:loaders|src|indicators|bin)\/[\w.[\]/-]*/g)].map((m) => m[0]))
    .filter((names) => names.length > 0);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith(".") || name === "node_modules") return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The code of a module, or the js blocks of a Framework page. */
function code(file: string): string | null {
  const text = readFileSync(file, "utf8");
  if (/\.[cm]?[jt]s$/.test(file)) return text;
  if (file.endsWith(".md")) return [...text.matchAll(/^```js\b[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]).join("\n");
  return null;
}

/**
 * The specifiers a module loads at run time: imports and re-exports that are not type-only, and
 * `import("…")` calls. (Type-only imports are erased: a circle of them is no load-order hazard.)
 */
function runtimeSpecifiers(source: string): Set<string> {
  const found = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.add(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.add(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.add(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile("module.ts", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return found;
}

interface Imports {
  /** Every relative import, types too (for the layers). */
  all: string[];
  /** Those loaded at run time (for circles). */
  runtime: string[];
}

/** Every file's relative imports, resolved to files (project-relative paths). */
function importGraph(): Map<string, Imports> {
  const graph = new Map<string, Imports>();
  for (const file of checkedFolders.flatMap((dir) => listFiles(join(projectRoot, dir)))) {
    const source = code(file);
    if (source === null) continue;
    const runtime = runtimeSpecifiers(source);
    const resolved = ts
      .preProcessFile(source, true, true)
      .importedFiles.map((f) => f.fileName)
      .filter((name) => name.startsWith("."))
      .map((name) => {
        const path = resolve(dirname(file), name);
        const target = existsSync(path) ? path : path.replace(/\.js$/, ".ts");
        if (!existsSync(target)) throw new Error(`${posix(relative(projectRoot, file))}: ${name} does not exist`);
        return { name, target: posix(relative(projectRoot, target)) };
      });
    graph.set(posix(relative(projectRoot, file)), {
      all: resolved.map((r) => r.target),
      runtime: resolved.filter((r) => runtime.has(r.name)).map((r) => r.target)
    });
  }
  return graph;
}

type Layers = string[][];
type Graph = Map<string, string[]>;

/** The folder (or file) of the picture a file belongs to: the longest name that contains it. */
function layerOf(layers: Layers, file: string): { name: string; rank: number } | null {
  let best: { name: string; rank: number } | null = null;
  layers.forEach((names, rank) => {
    for (const name of names)
      if ((name.endsWith("/") ? file.startsWith(name) : file === name) && name.length > (best?.name.length ?? 0))
        best = { name, rank };
  });
  return best;
}

/** Imports that go to another layer drawn on the importer's line or above it. */
function upwardImports(layers: Layers, graph: Graph): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    const from = layerOf(layers, file);
    for (const target of targets) {
      const to = layerOf(layers, target);
      if (from && to && from.name !== to.name && to.rank <= from.rank)
        found.push(`${file} → ${target} (${from.name} → ${to.name})`);
    }
  }
  return found;
}

/** Files that import each other in a circle (Tarjan's strongly connected components of two or more). */
function circles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe("architecture", () => {
  const layers = architectureLayers(readFileSync(join(projectRoot, "docs", "contributing.md"), "utf8"));
  const imports = importGraph();
  const graph: Graph = new Map([...imports].map(([file, i]) => [file, i.all]));

  it("draws the layers, each folder once", () => {
    const names = layers.flat();
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(existsSync(join(projectRoot, name)), name).toBe(true);
  });

  it("places every module of loaders/, src/, indicators/ and bin/ in a layer", () => {
    const modules = [...graph].filter(([file, targets]) => !file.endsWith(".md") || targets.length > 0);
    expect(modules.length).toBeGreaterThan(200);
    expect(modules.map(([file]) => file).filter((file) => !layerOf(layers, file))).toEqual([]);
  });

  it("has no import to a layer above or beside the importer's", () => {
    expect(upwardImports(layers, graph)).toEqual([]);
  });

  it("has no circular import between files (type-only imports aside)", () => {
    expect(circles(new Map([...imports].map(([file, i]) => [file, i.runtime])))).toEqual([]);
  });

  it("finds an upward import, a sideways one and a circle when there are", () => {
    const fake = "## Architecture\n\n```\nloaders/build/\n  ↓\nloaders/pages/   loaders/stats/\n```\n## Next\n";
    const drawn = architectureLayers(fake);
    expect(drawn).toEqual([["loaders/build/"], ["loaders/pages/", "loaders/stats/"]]);
    const bad: Graph = new Map([
      ["loaders/build/a.ts", ["loaders/pages/b.ts", "loaders/build/c.ts"]],
      ["loaders/pages/b.ts", ["loaders/build/a.ts", "loaders/stats/d.ts"]],
      ["loaders/build/c.ts", []],
      ["loaders/stats/d.ts", []]
    ]);
    expect(upwardImports(drawn, bad)).toEqual([
      "loaders/pages/b.ts → loaders/build/a.ts (loaders/pages/ → loaders/build/)",
      "loaders/pages/b.ts → loaders/stats/d.ts (loaders/pages/ → loaders/stats/)"
    ]);
    expect(circles(bad)).toEqual([["loaders/build/a.ts", "loaders/pages/b.ts"]]);
  });

  it("tests an indicator's type only in the measures registry", () => {
    // `x.type === "median-time"` or `case "proportion":` elsewhere means a type's knowledge lives outside its measure.
    const types = measureList.map((m) => m.type).join("|");
    const test = new RegExp(`(?:type\\s*[!=]==?\\s*|case\\s+)"(?:${types})"`);
    const measures = "loaders/engine/measures/";
    const found = [...imports.keys()]
      .filter((file) => !file.startsWith(measures))
      .flatMap((file) =>
        (code(join(projectRoot, file)) ?? "")
          .split("\n")
          .flatMap((line, i) => (test.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
      );
    expect(found).toEqual([]);
    expect(test.test('if (indicator.type === "median-time")')).toBe(true);
    expect(test.test('case "coverage":')).toBe(true);
  });
});
