/**
 * Which hospital treats a patient: the diagnosing hospital when it offers the treatment and the
 * treatment is a local one; otherwise a hospital of the patient's own trust that offers it (shared by
 * size); otherwise the first hospital on the trust's referral list that offers it; otherwise the national
 * centre. Candidate lists are cached per (trust, diagnosing hospital, capability).
 */
import type { Rng } from "./random.ts";
import { getHospital, getTrust, hospitals, nationalCentre, type Capability } from "./structure.ts";

/** Treatments a patient normally gets where they were diagnosed, if that hospital offers them. */
const localFirst: ReadonlySet<Capability> = new Set(["colon", "rectum", "melanoma", "gyn", "oncology", "breast"]);

interface Candidates {
  ids: string[];
  cumulative: number[];
}

const cache = new Map<string, Candidates>();

function candidates(trustId: string, diagnosingId: string, capability: Capability): Candidates {
  const key = `${trustId}|${diagnosingId}|${capability}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let ids: string[];
  let weights: number[];
  const diagnosing = getHospital(diagnosingId);
  if (localFirst.has(capability) && diagnosing.capabilities.has(capability)) {
    ids = [diagnosing.id];
    weights = [1];
  } else {
    const own = hospitals.filter((h) => h.trust === trustId && h.capabilities.has(capability));
    if (own.length > 0) {
      ids = own.map((h) => h.id);
      weights = own.map((h) => h.capabilityWeights?.[capability] ?? h.weight);
    } else {
      const referred = getTrust(trustId).referral.find((id) => getHospital(id).capabilities.has(capability));
      const target = referred ?? nationalCentre[capability];
      // A referral to another trust that has several hospitals for it still goes to the one named.
      ids = [target];
      weights = [1];
    }
  }
  let sum = 0;
  const cumulative = weights.map((w) => (sum += w));
  const result = { ids, cumulative: cumulative.map((c) => c / sum) };
  cache.set(key, result);
  return result;
}

export function route(rng: Rng, trustId: string, diagnosingId: string, capability: Capability): string {
  const { ids, cumulative } = candidates(trustId, diagnosingId, capability);
  if (ids.length === 1) return ids[0];
  const u = rng.next();
  for (let i = 0; i < ids.length; i++) if (u < cumulative[i]) return ids[i];
  return ids[ids.length - 1];
}
