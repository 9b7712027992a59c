/**
 * The indicator catalogue: every `indicators/<registry>/<id>.ts` in the folders beside this file, found
 * by the loader (nothing is listed by hand). Add an indicator by adding a file; see
 * docs/authoring-indicators.md.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCatalogue as load, type Catalogue, type LoadCatalogueOptions } from "../loaders/engine/catalogue.ts";

export const indicatorsDir = dirname(fileURLToPath(import.meta.url));

/** Every checked definition, sorted by id (a bad definition throws, naming its file and field). */
export function loadCatalogue(options: LoadCatalogueOptions = {}): Promise<Catalogue> {
  return load(indicatorsDir, options);
}
