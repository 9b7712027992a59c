/** The twelve registry models, in the order of loaders/extract/registries.ts (the generation order). */
import { registryIds } from "../../extract/registries.ts";
import type { RegistryModel } from "../model.ts";
import { breast } from "./breast.ts";
import { childhood } from "./childhood.ts";
import { cns } from "./cns.ts";
import { colorectal } from "./colorectal.ts";
import { gynaecological } from "./gynaecological.ts";
import { lung } from "./lung.ts";
import { lymphoid } from "./lymphoid.ts";
import { melanoma } from "./melanoma.ts";
import { oesophagusStomach } from "./oesophagusStomach.ts";
import { pancreas } from "./pancreas.ts";
import { prostate } from "./prostate.ts";
import { sarcoma } from "./sarcoma.ts";

const byId = new Map<string, RegistryModel>(
  [
    prostate,
    colorectal,
    childhood,
    breast,
    gynaecological,
    lung,
    lymphoid,
    melanoma,
    oesophagusStomach,
    sarcoma,
    pancreas,
    cns
  ].map((m) => [m.id, m])
);

export const registryModels: RegistryModel[] = registryIds.map((id) => {
  const model = byId.get(id);
  if (!model) throw new Error(`demo: no model for registry ${id}`);
  return model;
});
