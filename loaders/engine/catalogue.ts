/**
 * The indicator catalogue: every `indicators/<registry>/<id>.ts` file, checked, with its interpretation
 * markdown and its coverage link resolved. Adding an indicator is adding a file; nothing lists them by hand.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { defineIndicator, IndicatorDefinitionError } from "./defineIndicator.ts";
import type { IndicatorDefinition } from "./indicatorSchema.ts";
import { parseInterpretation, type Interpretations } from "./interpretation.ts";
import { measureOf } from "./measures/index.ts";

export const defaultIndicatorsDir = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "indicators");

export interface CatalogueEntry {
  definition: IndicatorDefinition;
  /**
   * The definition file, e.g. "indicators/lung/lung-curative-treatment.ts" (relative to the indicators folder's
   * parent).
   */
  file: string;
  /** The council's interpretation per year ({} when there is no interpretation file). */
  interpretations: Interpretations;
  /** The resolved coverage link (null: the indicator has none). */
  coverage: { indicator: string; threshold: number } | null;
}

export type Catalogue = CatalogueEntry[];

const interpretationSuffix = ".interpretation.md";

/** A path relative to the folder holding the indicators folder ("indicators/lung/x.ts"): the same on every machine. */
function displayPath(path: string, dir: string): string {
  return relative(dirname(resolve(dir)), path)
    .split("\\")
    .join("/");
}

async function definitionFiles(dir: string): Promise<{ registryFolder: string; path: string }[]> {
  const files: { registryFolder: string; path: string }[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isDirectory()) continue;
    const folder = join(dir, entry.name);
    for (const name of (await readdir(folder)).sort()) {
      if (name.endsWith(".ts") && !name.endsWith(".d.ts") && !name.endsWith(".test.ts"))
        files.push({ registryFolder: entry.name, path: join(folder, name) });
      else if (name.endsWith(interpretationSuffix)) {
        const id = name.slice(0, -interpretationSuffix.length);
        if (!existsSync(join(folder, `${id}.ts`))) {
          throw new IndicatorDefinitionError(
            [{ field: "", message: `interpretation file has no definition ${id}.ts beside it (check the file name)` }],
            displayPath(join(folder, name), dir)
          );
        }
      }
    }
  }
  return files;
}

async function loadEntry(dir: string, registryFolder: string, path: string): Promise<Omit<CatalogueEntry, "coverage">> {
  const file = displayPath(path, dir);
  let definition: IndicatorDefinition;
  try {
    const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
    if (module.default === undefined) {
      throw new IndicatorDefinitionError(
        [{ field: "", message: "the file must `export default defineIndicator({ … })`" }],
        file
      );
    }
    // Checked again here so a plain object exported without defineIndicator is checked too.
    definition = defineIndicator(module.default as Parameters<typeof defineIndicator>[0]);
  } catch (error) {
    if (error instanceof IndicatorDefinitionError) throw error.file ? error : error.inFile(file);
    throw new IndicatorDefinitionError(
      [{ field: "", message: `cannot be loaded: ${error instanceof Error ? error.message : String(error)}` }],
      file
    );
  }
  const name = path.slice(path.lastIndexOf("/") + 1, -3);
  const problems = [];
  if (definition.id !== name)
    problems.push({ field: "id", message: `"${definition.id}" must match the file name "${name}.ts"` });
  if (definition.registry !== registryFolder) {
    problems.push({ field: "registry", message: `"${definition.registry}" must match the folder "${registryFolder}"` });
  }
  if (problems.length) throw new IndicatorDefinitionError(problems, file);
  const interpretationPath = path.slice(0, -3) + interpretationSuffix;
  const interpretations = existsSync(interpretationPath)
    ? parseInterpretation(await readFile(interpretationPath, "utf8"), displayPath(interpretationPath, dir))
    : {};
  return { definition, file, interpretations };
}

export interface LoadCatalogueOptions {
  /** Only these indicator ids (plus the coverage indicators they link to). */
  ids?: string[];
}

/** Loads and checks every definition under `dir` (default: the project's indicators/ folder), sorted by id. */
export async function loadCatalogue(
  dir: string = defaultIndicatorsDir,
  options: LoadCatalogueOptions = {}
): Promise<Catalogue> {
  const entries: Omit<CatalogueEntry, "coverage">[] = [];
  for (const { registryFolder, path } of await definitionFiles(dir))
    entries.push(await loadEntry(dir, registryFolder, path));
  const byId = new Map<string, Omit<CatalogueEntry, "coverage">>();
  for (const entry of entries) {
    const other = byId.get(entry.definition.id);
    if (other)
      throw new IndicatorDefinitionError(
        [{ field: "id", message: `"${entry.definition.id}" is also used by ${other.file}` }],
        entry.file
      );
    byId.set(entry.definition.id, entry);
  }
  const catalogue: Catalogue = entries.map((entry) => ({ ...entry, coverage: resolveCoverage(entry, entries) }));
  catalogue.sort((a, b) => (a.definition.id < b.definition.id ? -1 : a.definition.id > b.definition.id ? 1 : 0));
  if (!options.ids) return catalogue;
  const unknown = options.ids.filter((id) => !byId.has(id));
  if (unknown.length) throw new RangeError(`loadCatalogue: unknown indicator(s) ${unknown.join(", ")}`);
  const wanted = new Set(options.ids);
  for (const entry of catalogue)
    if (wanted.has(entry.definition.id) && entry.coverage) wanted.add(entry.coverage.indicator);
  return catalogue.filter((entry) => wanted.has(entry.definition.id));
}

function resolveCoverage(
  entry: Omit<CatalogueEntry, "coverage">,
  entries: Omit<CatalogueEntry, "coverage">[]
): CatalogueEntry["coverage"] {
  const { definition } = entry;
  if (measureOf(definition).measuresCoverage || definition.coverage === null) return null;
  if (definition.coverage === undefined) {
    // Omitted: the registry's coverage indicator, when the registry has exactly one.
    const candidates = entries.filter(
      (e) => e.definition.registry === definition.registry && measureOf(e.definition).measuresCoverage
    );
    return candidates.length === 1 ? { indicator: candidates[0].definition.id, threshold: 0.6 } : null;
  }
  const target = entries.find((e) => e.definition.id === definition.coverage!.indicator);
  if (!target)
    throw new IndicatorDefinitionError(
      [{ field: "coverage.indicator", message: `no indicator "${definition.coverage.indicator}" in the catalogue` }],
      entry.file
    );
  if (!measureOf(target.definition).measuresCoverage) {
    throw new IndicatorDefinitionError(
      [{ field: "coverage.indicator", message: `"${target.definition.id}" is not a coverage indicator` }],
      entry.file
    );
  }
  return { indicator: definition.coverage.indicator, threshold: definition.coverage.threshold };
}
