/**
 * What a registry model tells the generator about one tumour (a `Plan`), and the small helpers the
 * registry models share. The generator (pathway.ts) turns a plan into dated rows: it places the
 * referral, decision and treatment dates, draws deaths, drops what happens after death or emigration,
 * and decides whether the clinical report has arrived.
 */
import type { RegistryId } from "../extract/registries.ts";
import type { Sex } from "./lifetable.ts";
import { fixedNormal, type Quota, type Rng } from "./random.ts";
import type { Capability } from "./structure.ts";

export type Stage = "I" | "II" | "III" | "IV" | "unknown";
export type Basis = "clinical" | "imaging" | "cytology" | "histology" | "autopsy" | "dco";
export type Decision = "curative" | "palliative" | "active-surveillance" | "watchful-waiting" | "none";
export type Intent = "curative" | "palliative";
export type Setting = "neoadjuvant" | "adjuvant" | "definitive" | "palliative";
export type Approach = "open" | "laparoscopic" | "robotic" | "converted";
export type Margin = "r0" | "r1" | "r2" | "unknown";

export interface TumourContext {
  rng: Rng;
  quota: Quota;
  registry: RegistryId;
  year: number;
  /** Diagnosis day number. */
  diagnosis: number;
  /** Age in completed years at diagnosis. */
  age: number;
  sex: Sex;
  trust: string;
  municipality: string;
  /** The patient's local hospital. */
  localHospital: string;
  /** The hospital that diagnoses the tumour (the local hospital unless the model says otherwise). */
  diagnosing: string;
  /** Whether the clinical report will have arrived by the extract date (decided before the plan). */
  reported: boolean;
  /** The hospital that offers a treatment for this patient (see routing.ts). */
  route(capability: Capability, diagnosing?: string): string;
}

interface EventBase {
  /** Days after the first treatment (the first event of a plan is on day 0). */
  day: number;
  unit: string;
}

export interface SurgeryEvent extends EventBase {
  kind: "surgery";
  procedure: string;
  approach: Approach;
  asa: number | null;
  margin: Margin | null;
  /**
   * Risk of dying of the operation, and the window (days after it) such deaths fall in. With a stratum,
   * the deaths are drawn stratified (Quota), so a planted outlier shows at any seed.
   */
  postop?: { p: number; days: number; stratum?: string };
}

export interface RadiotherapyEvent extends EventBase {
  kind: "radiotherapy";
  intent: Intent;
  setting: Setting;
  dose: number;
  fractions: number;
}

export interface SystemicEvent extends EventBase {
  kind: "systemic";
  intent: Intent;
  setting: Setting;
  regimen: string;
}

export type TreatmentEvent = SurgeryEvent | RadiotherapyEvent | SystemicEvent;

export type Timepoint = "baseline" | "1y" | "3y" | "5y";

export interface PromPlan {
  instrument: "epic-26" | "eortc-qlq-c30";
  /** Follow-up questionnaires are dated from the first treatment, or from diagnosis for untreated patients. */
  anchor: "treatment" | "diagnosis";
  responseRate: Record<Timepoint, number>;
  domains: readonly string[];
  /** Score 0–100 for a domain at a time point (the model keeps the patient's own baseline). */
  score(domain: string, timepoint: Timepoint): number;
}

export interface Plan {
  icd10: string;
  stage: Stage;
  basis: Basis;
  histology?: string | null;
  sizeMm?: number | null;
  ecog?: number | null;
  decision: Decision;
  /** Probability of a multidisciplinary team meeting before treatment (before the hospital effect). */
  mdt: number;
  /** Probability of PET-CT (lung only). */
  petCt?: number;
  biopsy?: boolean;
  riskGroup?: string | null;
  psa?: number | null;
  events: TreatmentEvent[];
  /** Excess mortality: the cured fraction, and the median survival (years) of the others. */
  survival: { cure: number; medianYears: number };
  /** Cumulative 5-year probability of a local recurrence after curative treatment. */
  localRecurrence5y?: number;
  /** Whether the not-cured get a distant recurrence before they die (after curative treatment). */
  distantRecurrence?: boolean;
  proms?: PromPlan;
  /** Death certificate only: diagnosed at death, no clinical information. */
  dco?: boolean;
}

export interface RegistryModel {
  id: RegistryId;
  /** Pathway standard, referral to start of treatment, in days. */
  standardDays: number;
  /** The diagnosing hospital when it is not the patient's local hospital (childhood cancer, sarcoma centres). */
  diagnosingHospital?(ctx: TumourContext, variant: string): string;
  /** Sex, age at diagnosis and the model's own subtype (e.g. colon or rectum). */
  demographics(rng: Rng, year: number): { sex: Sex; age: number; variant: string };
  plan(ctx: TumourContext, variant: string): Plan;
}

// ---- helpers shared by the registry models ----

export type AgeBands = readonly (readonly [from: number, to: number, weight: number])[];

export function ageFrom(rng: Rng, bands: AgeBands): number {
  const [from, to] = bands[rng.weighted(bands.map((b) => b[2]))];
  return rng.int(from, to);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

export function expit(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A probability shifted on the logit scale. */
export function shift(p: number, logOdds: number): number {
  return expit(logit(clamp(p, 1e-6, 1 - 1e-6)) + logOdds);
}

/** A hospital's fixed practice trait (same in every demo): a standard normal times `sd`. */
export function trait(unit: string, name: string, sd: number): number {
  return fixedNormal(`${unit}|${name}`) * sd;
}

/** ASA class from age (older patients carry more comorbidity). */
export function asaFor(rng: Rng, age: number): number {
  if (age < 50) return 1 + rng.weighted([45, 45, 9, 1]);
  if (age < 70) return 1 + rng.weighted([18, 55, 24, 3]);
  if (age < 80) return 1 + rng.weighted([6, 46, 43, 5]);
  return 1 + rng.weighted([2, 36, 54, 8]);
}

/** How much more often a patient of this ASA class dies after surgery. */
export function asaRisk(asa: number | null): number {
  return asa === null ? 1 : [0.4, 0.7, 1.5, 3.5, 6][asa - 1];
}

/** ECOG performance status from age and stage. */
export function ecogFor(rng: Rng, age: number, stage: Stage): number {
  const older = age >= 80 ? 2 : age >= 70 ? 1 : 0;
  const advanced = stage === "IV" ? 2 : stage === "III" ? 1 : 0;
  const weights = [
    [40, 38, 14, 6, 2],
    [28, 40, 19, 10, 3],
    [16, 36, 26, 16, 6],
    [9, 30, 30, 22, 9],
    [5, 22, 33, 28, 12]
  ][older + advanced];
  return rng.weighted(weights);
}

/** Stage from weights. */
export function stageFrom(rng: Rng, weights: Readonly<Partial<Record<Stage, number>>>): Stage {
  return rng.pick(weights as Record<Stage, number>);
}

/** A course of radiotherapy. */
export function rt(
  day: number,
  unit: string,
  intent: Intent,
  setting: Setting,
  dose: number,
  fractions: number
): RadiotherapyEvent {
  return { kind: "radiotherapy", day, unit, intent, setting, dose, fractions };
}

/** A line of systemic therapy. */
export function systemic(day: number, unit: string, intent: Intent, setting: Setting, regimen: string): SystemicEvent {
  return { kind: "systemic", day, unit, intent, setting, regimen };
}

/** An operation. */
export function surgery(
  day: number,
  unit: string,
  procedure: string,
  approach: Approach,
  asa: number | null,
  margin: Margin | null,
  postop?: SurgeryEvent["postop"]
): SurgeryEvent {
  return { kind: "surgery", day, unit, procedure, approach, asa, margin, postop };
}

/** A palliative course: 8 Gy × 1, 4 Gy × 5 or 3 Gy × 10. */
export function palliativeRt(rng: Rng, day: number, unit: string): RadiotherapyEvent {
  const [dose, fractions] = rng.choice([
    [8, 1],
    [20, 5],
    [30, 10]
  ] as const);
  return rt(day, unit, "palliative", "palliative", dose, fractions);
}

/**
 * Excess-mortality parameters adjusted for age: older patients are cured less often (the not-cured
 * fraction grows by 10 % at 70–79, 30 % at 80–84, 50 % from 85) and die sooner (median × 0.85 from 70,
 * × 0.7 from 80). Curable cancers stay curable: a cure of 1 stays 1.
 */
export function survivalFor(cure: number, medianYears: number, age: number): { cure: number; medianYears: number } {
  const notCured = age >= 85 ? 1.5 : age >= 80 ? 1.3 : age >= 70 ? 1.1 : 1;
  const medianFactor = age >= 80 ? 0.7 : age >= 70 ? 0.85 : 1;
  return { cure: clamp(1 - (1 - cure) * notCured, 0, 1), medianYears: medianYears * medianFactor };
}

/** A subsite code: the prefix with a subdivision drawn by weight. */
export function subsite(rng: Rng, codes: Readonly<Record<string, number>>): string {
  return rng.pick(codes);
}

/** EORTC QLQ-C30 global health status: a patient-level baseline and a dip at one year that recovers. */
export function eortcGlobalHealth(
  rng: Rng,
  age: number,
  advanced: boolean,
  rates: Record<Timepoint, number>
): PromPlan {
  const base = clamp(72 - (advanced ? 10 : 0) - Math.max(0, age - 70) * 0.3 + rng.normal() * 14, 0, 100);
  const change: Record<Timepoint, number> = {
    baseline: 0,
    "1y": advanced ? -6 : 2,
    "3y": advanced ? -8 : 5,
    "5y": advanced ? -10 : 5
  };
  return {
    instrument: "eortc-qlq-c30",
    anchor: "treatment",
    responseRate: rates,
    domains: ["global-health"],
    score: (_domain, timepoint) => clamp(base + change[timepoint] + rng.normal() * 10, 0, 100)
  };
}
