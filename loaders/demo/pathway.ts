/**
 * Turns one tumour's plan into rows: places the referral, diagnosis, decision and treatment dates on
 * the pathway, draws the patient's death (population + excess + operative), emigration, recurrences and
 * questionnaires, decides whether the clinical report has arrived by the extract date, and writes the
 * patient (when new), tumour, workup, surgery, radiotherapy, systemic, recurrence and PROM rows at once.
 *
 * Invariants the validator checks hold by construction: every pathway date is on or after the diagnosis
 * (referral at most 80 days before), nothing is dated after death, emigration or the extract date,
 * the referral precedes the decision, and clinical_report_date is given exactly when clinical_report is 1.
 */
import type { RegistryId } from "../extract/registries.ts";
import type { CsvTableWriter } from "./csvWriter.ts";
import { DAYS_PER_YEAR, iso } from "./days.ts";
import type { Sex } from "./lifetable.ts";
import { clamp, shift, trait, type Plan, type Timepoint, type TreatmentEvent, type TumourContext } from "./model.ts";
import type { Rng } from "./random.ts";
import { lowCoverageHospitals, reportLag } from "./stories.ts";
import { backgroundDeathDays, cancerDeathDays } from "./survival.ts";

export interface Person {
  id: string;
  sex: Sex;
  birth: number;
  /** Death day, or null if alive at the extract date. */
  death: number | null;
  emigration: number | null;
  municipality: string;
}

export type Writers = Record<
  "patients" | "tumours" | "workup" | "surgery" | "radiotherapy" | "systemic" | "recurrence" | "proms",
  CsvTableWriter
>;

/** Share of the clinical reports a hospital sends for a registry (before the reporting lag). */
export function reportProbability(registry: RegistryId, hospital: string, year: number): number {
  const planted = lowCoverageHospitals[hospital];
  if (planted !== undefined) return planted;
  const base: Partial<Record<RegistryId, number>> = {
    lymphoid: 0.988,
    childhood: 0.99,
    cns: 0.9,
    pancreas: 0.91,
    sarcoma: 0.93,
    "oesophagus-stomach": 0.94
  };
  // The newest registries (brain, pancreas, sarcoma) improve their reporting over the period.
  const young =
    registry === "cns" || registry === "pancreas" || registry === "sarcoma" ? Math.max(0, 2019 - year) * 0.015 : 0;
  return shift((base[registry] ?? 0.955) - young, trait(hospital, "coverage", 0.45));
}

const timepointYears: Record<Exclude<Timepoint, "baseline">, number> = { "1y": 1, "3y": 3, "5y": 5 };

/** A tumour's pathway dates and report status, fixed before its clinical plan is drawn. */
export interface Schedule {
  referral: number;
  /** Day of the first treatment (treatment event day 0), or the decision's anchor when untreated. */
  firstTreatment: number;
  decision: number;
  /** Whether the clinical report arrives by the extract date, and when. */
  reported: boolean;
  reportDay: number;
}

export class PathwayWriter {
  private counters = { tumour: 0, surgery: 0, radiotherapy: 0, systemic: 0 };

  constructor(
    private readonly rng: Rng,
    private readonly writers: Writers,
    private readonly extractDay: number
  ) {}

  /**
   * The pathway timing (referral → diagnosis → decision → first treatment; waiting times log-normal
   * around 0.8 × the pathway standard, so about 70 % meet it) and whether the clinical report will be in
   * by the extract date. Drawn before the clinical plan so that the plan can depend on the report status.
   */
  schedule(registry: RegistryId, diagnosing: string, D: number, year: number, standardDays: number): Schedule {
    const { rng, extractDay } = this;
    const wait = Math.max(
      3,
      Math.round(rng.lognormal(0.8 * standardDays * Math.exp(trait(diagnosing, "waiting", 0.12)), 0.45))
    );
    const referral = D - Math.min(Math.round(wait * rng.uniform(0.15, 0.5)), 80);
    const firstTreatment = Math.max(referral + wait, D + 1);
    const decision = D + Math.round((firstTreatment - D) * rng.uniform(0.3, 0.8));
    let reported = rng.next() < reportProbability(registry, diagnosing, year);
    let reportDay = 0;
    if (reported) {
      const lag =
        rng.next() < reportLag.fastShare
          ? rng.lognormal(reportLag.fastMedianDays, 0.6)
          : rng.lognormal(reportLag.slowMedianDays, 0.7);
      reportDay = decision + Math.round(lag);
      if (reportDay > extractDay) reported = false;
    }
    return { referral, firstTreatment, decision, reported, reportDay };
  }

  /**
   * Writes one tumour. For a new person (`isNew`) death and emigration are drawn here and the patient row
   * is written; an existing person (a second tumour) keeps the dates already written for them.
   */
  emit(person: Person, isNew: boolean, ctx: TumourContext, plan: Plan, schedule: Schedule): void {
    const { rng, extractDay } = this;
    const D = ctx.diagnosis;
    const diagnosing = ctx.diagnosing;
    const tumourId = `T${String(++this.counters.tumour).padStart(8, "0")}`;
    const { referral, firstTreatment } = schedule;
    let decisionDay = schedule.decision;

    // ---- death and emigration ----
    let death = person.death;
    let emigration = person.emigration;
    if (isNew) {
      const horizon = extractDay - D + 1;
      const ageYears = (D - person.birth) / DAYS_PER_YEAR;
      if (plan.dco) death = D;
      else {
        // After curative treatment or an operation cancer deaths come later (rising hazard); otherwise early.
        const shape = plan.decision === "curative" || plan.events.some((e) => e.kind === "surgery") ? 1.5 : 1;
        const days = Math.min(
          backgroundDeathDays(rng, person.sex, D, ageYears, horizon),
          cancerDeathDays(rng, plan.survival.cure, plan.survival.medianYears, shape)
        );
        death = days < horizon ? D + days : null;
        const emigrationRate = ctx.age < 70 ? 0.002 : 0.0005;
        const emigrationDays = Math.floor(rng.exponential(emigrationRate) * DAYS_PER_YEAR);
        if (
          emigrationDays >= 30 &&
          D + emigrationDays <= extractDay &&
          (death === null || D + emigrationDays < death)
        ) {
          emigration = D + emigrationDays;
          death = null;
        }
      }
    }

    // ---- treatments, in time order, dropping what falls after the end of follow-up ----
    const events = plan.events.slice().sort((a, b) => a.day - b.day);
    const kept: { event: TreatmentEvent; date: number }[] = [];
    for (const event of events) {
      const date = firstTreatment + event.day;
      const end = Math.min(death ?? Infinity, emigration ?? Infinity, extractDay);
      if (date > end) break;
      kept.push({ event, date });
      // An operative death: only for new persons (an existing person's death date is already written).
      if (
        isNew &&
        event.kind === "surgery" &&
        event.postop &&
        (event.postop.stratum ? ctx.quota.take(event.postop.stratum, event.postop.p) : rng.next() < event.postop.p)
      ) {
        const operativeDeath = date + 1 + Math.floor(event.postop.days * Math.pow(rng.next(), 1.6));
        if (
          operativeDeath <= extractDay &&
          (death === null || operativeDeath < death) &&
          (emigration === null || operativeDeath < emigration)
        ) {
          death = operativeDeath;
          emigration = null;
        }
      }
    }
    const endOfFollowUp = Math.min(death ?? Infinity, emigration ?? Infinity, extractDay);
    if (decisionDay > endOfFollowUp) decisionDay = Math.max(D, endOfFollowUp);
    if (plan.dco) decisionDay = D;

    // ---- clinical report (never for death-certificate-only cases) ----
    const reported = schedule.reported && !plan.dco;
    const reportDay = Math.max(schedule.reportDay, decisionDay);

    // ---- rows ----
    if (isNew) {
      person.death = death;
      person.emigration = emigration;
      this.writers.patients.write({
        patient_id: person.id,
        sex: person.sex,
        birth_date: iso(person.birth),
        death_date: death === null ? null : iso(death),
        emigration_date: emigration === null ? null : iso(emigration)
      });
    }
    this.writers.tumours.write({
      tumour_id: tumourId,
      patient_id: person.id,
      registry: ctx.registry,
      icd10: plan.icd10,
      diagnosis_date: iso(D),
      municipality: person.municipality,
      stage: plan.stage,
      basis: plan.basis,
      diagnosing_unit: diagnosing,
      clinical_report: reported ? 1 : 0,
      clinical_report_date: reported ? iso(reportDay) : null,
      histology: plan.histology ?? null,
      tumour_size_mm: plan.sizeMm ?? null,
      ecog: plan.ecog ?? null
    });

    if (reported) {
      const mdt = rng.next() < shift(plan.mdt, trait(diagnosing, "mdt", 0.45) + 0.08 * (ctx.year - 2018));
      this.writers.workup.write({
        tumour_id: tumourId,
        unit_id: diagnosing,
        referral_date: rng.next() < 0.95 ? iso(Math.min(referral, decisionDay)) : null,
        decision_date: iso(decisionDay),
        mdt: mdt ? 1 : 0,
        pet_ct: plan.petCt === undefined ? null : rng.next() < plan.petCt ? 1 : 0,
        biopsy: plan.biopsy === undefined ? null : plan.biopsy ? 1 : 0,
        risk_group: plan.riskGroup ?? null,
        psa: plan.psa === undefined || plan.psa === null ? null : plan.psa.toFixed(1),
        decision: plan.decision
      });
    }

    let firstCurative: number | null = null;
    let firstSurgery: number | null = null;
    for (const { event, date } of kept) {
      if (event.kind === "surgery") {
        firstSurgery ??= date;
        firstCurative ??= date;
        this.writers.surgery.write({
          surgery_id: `S${String(++this.counters.surgery).padStart(8, "0")}`,
          tumour_id: tumourId,
          unit_id: event.unit,
          surgery_date: iso(date),
          procedure: event.procedure,
          approach: event.approach,
          // ASA and margin come from the surgery form, part of the clinical report.
          asa: reported ? event.asa : null,
          margin: reported ? event.margin : null
        });
      } else if (event.kind === "radiotherapy") {
        if (event.intent === "curative") firstCurative ??= date;
        this.writers.radiotherapy.write({
          rt_id: `R${String(++this.counters.radiotherapy).padStart(8, "0")}`,
          tumour_id: tumourId,
          unit_id: event.unit,
          start_date: iso(date),
          intent: event.intent,
          setting: event.setting,
          dose_gy: event.dose,
          fractions: event.fractions
        });
      } else {
        if (event.intent === "curative") firstCurative ??= date;
        this.writers.systemic.write({
          systemic_id: `M${String(++this.counters.systemic).padStart(8, "0")}`,
          tumour_id: tumourId,
          unit_id: event.unit,
          start_date: iso(date),
          intent: event.intent,
          setting: event.setting,
          regimen: event.regimen
        });
      }
    }

    // ---- recurrences after curative treatment ----
    if (plan.decision === "curative" && firstCurative !== null) {
      const earliest = firstCurative + 90;
      if (plan.localRecurrence5y !== undefined && plan.localRecurrence5y > 0) {
        const rate = -Math.log(1 - clamp(plan.localRecurrence5y, 0, 0.99)) / 5;
        const at = (firstSurgery ?? firstCurative) + Math.floor(rng.exponential(rate) * DAYS_PER_YEAR);
        if (at >= earliest && at <= endOfFollowUp)
          this.writers.recurrence.write({ tumour_id: tumourId, recurrence_date: iso(at), type: "local" });
      }
      // The not cured relapse before they die of the cancer: a distant recurrence part-way there.
      if (plan.distantRecurrence && death !== null && rng.next() < 0.85) {
        const span = death - firstCurative;
        const at = firstCurative + Math.floor(span * rng.uniform(0.35, 0.85));
        if (span > 180 && at >= earliest && at <= endOfFollowUp)
          this.writers.recurrence.write({ tumour_id: tumourId, recurrence_date: iso(at), type: "distant" });
      }
    }

    // ---- questionnaires ----
    if (plan.proms) {
      const proms = plan.proms;
      const treated = kept.length > 0;
      const anchor = proms.anchor === "treatment" && treated ? kept[0].date : D;
      const write = (timepoint: Timepoint, date: number) => {
        for (const domain of proms.domains) {
          this.writers.proms.write({
            patient_id: person.id,
            tumour_id: tumourId,
            instrument: proms.instrument,
            timepoint,
            domain,
            score: proms.score(domain, timepoint).toFixed(1),
            response_date: iso(date)
          });
        }
      };
      if (rng.next() < proms.responseRate.baseline) {
        // Baseline is answered before any treatment starts.
        const firstDate = treated ? kept[0].date : Infinity;
        const date = D + Math.floor(rng.next() * Math.max(1, (treated ? firstDate - 1 : D + 30) - D));
        if (date <= endOfFollowUp && date < firstDate) write("baseline", date);
      }
      for (const timepoint of ["1y", "3y", "5y"] as const) {
        if (!(rng.next() < proms.responseRate[timepoint])) continue;
        const date = anchor + Math.round(timepointYears[timepoint] * DAYS_PER_YEAR) + rng.int(0, 60);
        if (date <= endOfFollowUp) write(timepoint, date);
      }
    }
  }

  get tumours(): number {
    return this.counters.tumour;
  }
}
