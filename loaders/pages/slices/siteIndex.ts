import { registries } from "../../extract/registries.ts";
import type { SiteData } from "../siteData.ts";

/** The registries, indicators and units a site has pages for. */
export function siteIndex(data: SiteData) {
  const metas = Object.values(data.catalogue);
  return {
    registries: registries.filter((r) => metas.some((m) => m.registry === r.id)).map((r) => r.id),
    indicators: metas.map((m) => m.id),
    units: data.units.filter((u) => u.level === "hospital" || u.level === "trust").map((u) => u.id),
    synthetic: data.manifest.extract.manifest.synthetic === true
  };
}
