/**
 * Attribution contexts: which unit a row of the cohort belongs to, as cohort columns per level. Hospital
 * contexts roll up hospital → trust → region → nation; residence (the catchment trust on the diagnosis
 * date) starts at trust.
 */
import type { UnitLevel } from "../extract/tables.ts";
import type { ContextId } from "./indicatorFields.ts";

export interface ContextColumns {
  /** Cohort column per level; null where the context has no such level. */
  hospital: string | null;
  trust: string;
  region: string;
  label: { nb: string; en: string };
}

export const contextColumns: Record<ContextId, ContextColumns> = {
  treating: {
    hospital: "treating_hospital_id",
    trust: "treating_trust_id",
    region: "treating_region_id",
    label: { nb: "Behandlende sykehus", en: "Treating hospital" }
  },
  operating: {
    hospital: "operating_hospital_id",
    trust: "operating_trust_id",
    region: "operating_region_id",
    label: { nb: "Opererende sykehus", en: "Operating hospital" }
  },
  diagnosing: {
    hospital: "diagnosing_hospital_id",
    trust: "diagnosing_trust_id",
    region: "diagnosing_region_id",
    label: { nb: "Diagnostiserende sykehus", en: "Diagnosing hospital" }
  },
  residence: {
    hospital: null,
    trust: "residence_trust_id",
    region: "residence_region_id",
    label: { nb: "Bosted (opptaksområde)", en: "Residence (catchment area)" }
  }
};

/** The levels a context publishes, bottom up. */
export function contextLevels(context: ContextId): UnitLevel[] {
  return contextColumns[context].hospital ? ["hospital", "trust", "region", "nation"] : ["trust", "region", "nation"];
}

/** The column holding the lowest level of a context (rows where it is NULL are not attributed). */
export function lowestColumn(context: ContextId): string {
  const c = contextColumns[context];
  return c.hospital ?? c.trust;
}
