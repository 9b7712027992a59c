import { registries } from "../../extract/registries.ts";
import type { SiteData } from "../siteData.ts";
import { registryName } from "./indicatorMeta.ts";

/**
 * The registries, indicators and units a site has pages for, with the names each page's title and meta
 * description are made of (loaders/framework/head.ts).
 */
export function siteIndex(data: SiteData) {
  const metas = Object.values(data.catalogue);
  const units = data.units.filter((u) => u.level === "hospital" || u.level === "trust");
  const registryIds = registries.filter((r) => metas.some((m) => m.registry === r.id)).map((r) => r.id);
  return {
    registries: registryIds,
    indicators: metas.map((m) => m.id),
    units: units.map((u) => u.id),
    synthetic: data.manifest.extract.manifest.synthetic === true,
    names: {
      registries: Object.fromEntries(registryIds.map((id) => [id, registryName(id)])),
      indicators: Object.fromEntries(
        metas.map((m) => [m.id, { title: m.title, registry: m.registry, short: m.shortDescription }])
      ),
      units: Object.fromEntries(units.map((u) => [u.id, { name: u.name, level: u.level }]))
    }
  };
}
