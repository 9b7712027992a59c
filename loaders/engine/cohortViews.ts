/**
 * The cohort views: the analysis tables every indicator's SQL runs on, declared once. Each column has its
 * DuckDB type, its meaning and the SQL that derives it from the extract tables; docs/cohort-views.md
 * documents the same columns for people and cohort-columns.json for the explorer.
 *
 * - `cohort`: one row per tumour, with patient, residence, diagnosing unit, workup, treatment, surgery,
 *   radiotherapy, systemic therapy, follow-up and recurrence summaries.
 * - `cohort_proms`: one row per patient-reported score, with every column of `cohort` for its tumour.
 *
 * Columns marked `internal` (identifiers, exact dates, age in days) are used by the engine only (sorting,
 * net survival) and are never written to cohort.arrow. `cohort_row` numbers the tumours in a fixed order
 * (the table is stored in that order); the explorer joins the PROM scores to their tumour by it. Days are whole days
 * between dates (DuckDB date
 * subtraction); "end of follow-up" is the earliest of death, emigration and the extract date.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { parseMB } from "../duckdb.ts";

export type CohortColumnType = "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN" | "DATE";

export interface CohortColumn {
  name: string;
  type: CohortColumnType;
  description: string;
  /** SQL over the aliases of cohortSelect's FROM clause. */
  sql: string;
  /** Engine-only: never exported to the explorer's cohort.arrow. */
  internal?: boolean;
}

const units = (prefix: string, alias: string, what: string): CohortColumn[] => [
  {
    name: `${prefix}_hospital_id`,
    type: "VARCHAR",
    description: `${what}: hospital (unit id).`,
    sql: `${alias}.hospital_id`
  },
  {
    name: `${prefix}_trust_id`,
    type: "VARCHAR",
    description: `${what}: the hospital's health trust.`,
    sql: `${alias}.trust_id`
  },
  {
    name: `${prefix}_region_id`,
    type: "VARCHAR",
    description: `${what}: the trust's regional health authority.`,
    sql: `${alias}.region_id`
  }
];

const completedYears = (from: string, to: string) =>
  `(year(${to}) - year(${from}) - CASE WHEN strftime(${to}, '%m-%d') < strftime(${from}, '%m-%d') THEN 1 ELSE 0 END)`;

/** The columns of `cohort`, in order. */
export const cohortColumns: CohortColumn[] = [
  {
    name: "tumour_id",
    type: "VARCHAR",
    description: "Tumour identifier from the extract.",
    sql: "t.tumour_id",
    internal: true
  },
  {
    name: "patient_id",
    type: "VARCHAR",
    description: "Pseudonymous patient identifier.",
    sql: "t.patient_id",
    internal: true
  },
  { name: "diagnosis_date", type: "DATE", description: "Date of diagnosis.", sql: "t.diagnosis_date", internal: true },
  {
    name: "age_days",
    type: "INTEGER",
    description: "Age at diagnosis in days (net survival).",
    sql: "(t.diagnosis_date - p.birth_date)::INTEGER",
    internal: true
  },
  {
    name: "cohort_row",
    type: "INTEGER",
    description:
      "Row number of the tumour in cohort.arrow, from 0, in the order " +
      "registry, diagnosis year, tumour; joins a PROM score to its tumour in " +
      "the explorer. Carries no information.",
    sql: "o.cohort_row"
  },

  {
    name: "registry",
    type: "VARCHAR",
    description: "Clinical quality registry (tumours.registry).",
    sql: "t.registry"
  },
  { name: "icd10", type: "VARCHAR", description: "ICD-10 topography, e.g. C34.1.", sql: "t.icd10" },
  {
    name: "icd10_group",
    type: "VARCHAR",
    description: "The three-character ICD-10 category, e.g. C34.",
    sql: "substr(t.icd10, 1, 3)"
  },
  {
    name: "histology",
    type: "VARCHAR",
    description: "Histological group (lung, lymphoid), or NULL.",
    sql: "t.histology"
  },
  { name: "stage", type: "VARCHAR", description: "Stage at diagnosis: I, II, III, IV or unknown.", sql: "t.stage" },
  {
    name: "stage_number",
    type: "INTEGER",
    description: "Stage as a number 1–4; NULL when unknown.",
    sql: "CASE t.stage WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 WHEN 'IV' THEN 4 END"
  },
  {
    name: "basis",
    type: "VARCHAR",
    description: "Most valid basis of diagnosis (clinical, imaging, cytology, histology, autopsy, dco).",
    sql: "t.basis"
  },
  {
    name: "tumour_size_mm",
    type: "DOUBLE",
    description: "Largest tumour diameter in mm (breast), or NULL.",
    sql: "t.tumour_size_mm"
  },
  { name: "ecog", type: "INTEGER", description: "ECOG performance status 0–4, or NULL.", sql: "t.ecog" },
  {
    name: "diagnosis_year",
    type: "INTEGER",
    description: "Calendar year of diagnosis: the period of most indicators.",
    sql: "year(t.diagnosis_date)::INTEGER"
  },
  {
    name: "clinical_report",
    type: "BOOLEAN",
    description: "The clinical report (the hospital's registration form) has been received.",
    sql: "t.clinical_report"
  },

  { name: "sex", type: "VARCHAR", description: "Sex: male or female.", sql: "p.sex" },
  {
    name: "age",
    type: "INTEGER",
    description: "Age at diagnosis in completed years.",
    sql: `${completedYears("p.birth_date", "t.diagnosis_date")}::INTEGER`
  },
  {
    name: "age_group",
    type: "VARCHAR",
    description: "Age group at diagnosis: 0-49, 50-59, 60-69, 70-79, 80+.",
    sql:
      `CASE WHEN ${completedYears("p.birth_date", "t.diagnosis_date")} < 50 ` +
      `THEN '0-49' WHEN ` +
      `${completedYears("p.birth_date", "t.diagnosis_date")} < 60 THEN ` +
      `'50-59' WHEN ${completedYears("p.birth_date", "t.diagnosis_date")} < ` +
      `70 THEN '60-69' WHEN ` +
      `${completedYears("p.birth_date", "t.diagnosis_date")} < 80 THEN ` +
      `'70-79' ELSE '80+' END`
  },

  {
    name: "municipality",
    type: "VARCHAR",
    description: "Municipality of residence at diagnosis (four digits).",
    sql: "t.municipality"
  },
  {
    name: "residence_trust_id",
    type: "VARCHAR",
    description: "Health trust whose catchment contained the municipality on the diagnosis date.",
    sql: "res.trust_id"
  },
  {
    name: "residence_region_id",
    type: "VARCHAR",
    description: "Regional health authority of the residence trust.",
    sql: "res.region_id"
  },

  ...units("diagnosing", "dia", "Diagnosing unit (tumours.diagnosing_unit)"),

  { name: "workup", type: "BOOLEAN", description: "A workup report exists.", sql: "w.tumour_id IS NOT NULL" },
  { name: "workup_hospital_id", type: "VARCHAR", description: "Hospital that did the workup.", sql: "w.unit_id" },
  {
    name: "mdt",
    type: "BOOLEAN",
    description: "Discussed in a multidisciplinary team meeting before treatment (NULL without workup report).",
    sql: "w.mdt"
  },
  { name: "pet_ct", type: "BOOLEAN", description: "PET-CT before treatment (lung), or NULL.", sql: "w.pet_ct" },
  { name: "biopsy", type: "BOOLEAN", description: "Biopsy taken during workup, or NULL.", sql: "w.biopsy" },
  {
    name: "risk_group",
    type: "VARCHAR",
    description: "Prostate risk group: low, intermediate, high, metastatic; or NULL.",
    sql: "w.risk_group"
  },
  { name: "psa", type: "DOUBLE", description: "PSA at diagnosis (ng/ml), or NULL.", sql: "w.psa" },
  {
    name: "decision",
    type: "VARCHAR",
    description: "Treatment decision: curative, palliative, active-surveillance, watchful-waiting, none; or NULL.",
    sql: "w.decision"
  },
  {
    name: "days_referral_to_decision",
    type: "INTEGER",
    description: "Days from referral to treatment decision, or NULL.",
    sql: "(w.decision_date - w.referral_date)::INTEGER"
  },

  {
    name: "treated",
    type: "BOOLEAN",
    description: "Any surgery, radiotherapy or systemic therapy recorded.",
    sql: "ft.tumour_id IS NOT NULL"
  },
  {
    name: "first_treatment",
    type: "VARCHAR",
    description:
      "Kind of the first treatment: surgery, radiotherapy or systemic (ties: that order); NULL if untreated.",
    sql: "ft.kind"
  },
  ...units("treating", "trt", "Treating unit (the unit of the first treatment)"),
  {
    name: "first_treatment_year",
    type: "INTEGER",
    description: "Calendar year of the first treatment.",
    sql: "year(ft.date)::INTEGER"
  },
  {
    name: "days_diagnosis_to_treatment",
    type: "INTEGER",
    description: "Days from diagnosis to first treatment.",
    sql: "(ft.date - t.diagnosis_date)::INTEGER"
  },
  {
    name: "days_referral_to_treatment",
    type: "INTEGER",
    description: "Days from referral (workup) to first treatment; NULL without referral date or treatment.",
    sql: "(ft.date - w.referral_date)::INTEGER"
  },
  {
    name: "curative_treatment",
    type: "BOOLEAN",
    description:
      "Treated with curative intent: a tumour operation, or radiotherapy or systemic therapy with curative intent.",
    sql: "(s1.tumour_id IS NOT NULL OR coalesce(rt.rt_curative, false) OR coalesce(sy.systemic_curative, false))"
  },
  {
    name: "radical_treatment",
    type: "BOOLEAN",
    description:
      "Treated radically: a tumour operation or curative radiotherapy " +
      "(prostate: radical prostatectomy or curative radiotherapy).",
    sql: "(s1.tumour_id IS NOT NULL OR coalesce(rt.rt_curative, false))"
  },
  {
    name: "primary_treatment",
    type: "VARCHAR",
    description:
      "Main treatment choice: surgery (any operation), else radiotherapy " +
      "(curative), else systemic (any), else surveillance (decision " +
      "active-surveillance or watchful-waiting), else none.",
    sql:
      "CASE WHEN s1.tumour_id IS NOT NULL THEN 'surgery' WHEN " +
      "coalesce(rt.rt_curative, false) THEN 'radiotherapy' WHEN sy.tumour_id " +
      "IS NOT NULL THEN 'systemic' WHEN w.decision IN " +
      "('active-surveillance', 'watchful-waiting') THEN 'surveillance' ELSE " +
      "'none' END"
  },

  {
    name: "operated",
    type: "BOOLEAN",
    description: "At least one operation recorded.",
    sql: "s1.tumour_id IS NOT NULL"
  },
  {
    name: "n_operations",
    type: "INTEGER",
    description: "Number of operations (0 if none).",
    sql: "coalesce(s1.n_operations, 0)::INTEGER"
  },
  ...units("operating", "opu", "Operating unit (the hospital of the first operation)"),
  {
    name: "first_surgery_year",
    type: "INTEGER",
    description: "Calendar year of the first operation.",
    sql: "year(s1.surgery_date)::INTEGER"
  },
  {
    name: "first_surgery_procedure",
    type: "VARCHAR",
    description: "Procedure of the first operation (surgery.procedure codes).",
    sql: "s1.procedure"
  },
  {
    name: "first_surgery_approach",
    type: "VARCHAR",
    description: "Approach of the first operation: open, laparoscopic, robotic, converted.",
    sql: "s1.approach"
  },
  {
    name: "first_surgery_asa",
    type: "INTEGER",
    description: "ASA class 1–5 at the first operation, or NULL.",
    sql: "s1.asa"
  },
  {
    name: "first_surgery_margin",
    type: "VARCHAR",
    description: "Margin after the first operation: r0, r1, r2, unknown; or NULL.",
    sql: "s1.margin"
  },
  {
    name: "last_surgery_procedure",
    type: "VARCHAR",
    description: "Procedure of the last operation.",
    sql: "sl.procedure"
  },
  {
    name: "last_surgery_margin",
    type: "VARCHAR",
    description: "Margin after the last operation, or NULL.",
    sql: "sl.margin"
  },
  {
    name: "days_diagnosis_to_surgery",
    type: "INTEGER",
    description: "Days from diagnosis to the first operation.",
    sql: "(s1.surgery_date - t.diagnosis_date)::INTEGER"
  },
  {
    name: "days_surgery_to_death",
    type: "INTEGER",
    description: "Days from the first operation to death within follow-up; NULL if alive at the end of follow-up.",
    sql: "CASE WHEN f.dead THEN (f.end_date - s1.surgery_date)::INTEGER END"
  },
  {
    name: "days_surgery_to_end",
    type: "INTEGER",
    description: "Days from the first operation to the end of follow-up (death, emigration or extract date).",
    sql: "(f.end_date - s1.surgery_date)::INTEGER"
  },

  {
    name: "radiotherapy",
    type: "BOOLEAN",
    description: "At least one radiotherapy course.",
    sql: "rt.tumour_id IS NOT NULL"
  },
  {
    name: "rt_curative",
    type: "BOOLEAN",
    description: "A radiotherapy course with curative intent.",
    sql: "coalesce(rt.rt_curative, false)"
  },
  {
    name: "rt_preoperative",
    type: "BOOLEAN",
    description: "A radiotherapy course in the neoadjuvant (preoperative) setting.",
    sql: "coalesce(rt.rt_preoperative, false)"
  },
  {
    name: "rt_courses",
    type: "INTEGER",
    description: "Number of radiotherapy courses (0 if none).",
    sql: "coalesce(rt.rt_courses, 0)::INTEGER"
  },
  {
    name: "rt_max_dose_gy",
    type: "DOUBLE",
    description: "Highest total dose of a course in Gy, or NULL.",
    sql: "rt.rt_max_dose_gy"
  },
  {
    name: "days_diagnosis_to_radiotherapy",
    type: "INTEGER",
    description: "Days from diagnosis to the first radiotherapy course.",
    sql: "(rt.rt_first_date - t.diagnosis_date)::INTEGER"
  },

  {
    name: "systemic",
    type: "BOOLEAN",
    description: "At least one line of systemic therapy.",
    sql: "sy.tumour_id IS NOT NULL"
  },
  {
    name: "systemic_curative",
    type: "BOOLEAN",
    description: "A line of systemic therapy with curative intent.",
    sql: "coalesce(sy.systemic_curative, false)"
  },
  {
    name: "systemic_preoperative",
    type: "BOOLEAN",
    description: "A line of systemic therapy in the neoadjuvant setting.",
    sql: "coalesce(sy.systemic_preoperative, false)"
  },
  {
    name: "systemic_first_regimen",
    type: "VARCHAR",
    description: "Regimen of the first line, or NULL.",
    sql: "sy.first_regimen"
  },

  { name: "dead", type: "BOOLEAN", description: "Died before the end of follow-up.", sql: "f.dead" },
  { name: "emigrated", type: "BOOLEAN", description: "Follow-up ended by emigration.", sql: "f.emigrated" },
  {
    name: "followup_days",
    type: "INTEGER",
    description: "Days from diagnosis to the end of follow-up (survival time).",
    sql: "(f.end_date - t.diagnosis_date)::INTEGER"
  },
  {
    name: "days_diagnosis_to_death",
    type: "INTEGER",
    description: "Days from diagnosis to death; NULL if alive at the end of follow-up.",
    sql: "CASE WHEN f.dead THEN (f.end_date - t.diagnosis_date)::INTEGER END"
  },

  {
    name: "local_recurrence",
    type: "BOOLEAN",
    description: "A local recurrence diagnosed before the end of follow-up.",
    sql: "coalesce(rc.local_date <= f.end_date, false)"
  },
  {
    name: "days_surgery_to_local_recurrence",
    type: "INTEGER",
    description: "Days from the first operation to local recurrence (within follow-up); NULL otherwise.",
    sql: "CASE WHEN rc.local_date <= f.end_date THEN (rc.local_date - s1.surgery_date)::INTEGER END"
  },
  {
    name: "days_diagnosis_to_local_recurrence",
    type: "INTEGER",
    description: "Days from diagnosis to local recurrence (within follow-up); NULL otherwise.",
    sql: "CASE WHEN rc.local_date <= f.end_date THEN (rc.local_date - t.diagnosis_date)::INTEGER END"
  },
  {
    name: "distant_recurrence",
    type: "BOOLEAN",
    description: "A distant recurrence diagnosed before the end of follow-up.",
    sql: "coalesce(rc.distant_date <= f.end_date, false)"
  },
  {
    name: "days_diagnosis_to_distant_recurrence",
    type: "INTEGER",
    description: "Days from diagnosis to distant recurrence (within follow-up); NULL otherwise.",
    sql: "CASE WHEN rc.distant_date <= f.end_date THEN (rc.distant_date - t.diagnosis_date)::INTEGER END"
  }
];

/** The PROM columns of `cohort_proms` (followed by every column of `cohort`). */
export const promColumns: CohortColumn[] = [
  { name: "instrument", type: "VARCHAR", description: "Questionnaire: epic-26 or eortc-qlq-c30.", sql: "q.instrument" },
  { name: "timepoint", type: "VARCHAR", description: "Time point: baseline, 1y, 3y, 5y.", sql: "q.timepoint" },
  {
    name: "timepoint_days",
    type: "INTEGER",
    description: "The time point in days after treatment: baseline 0, 1y 365, 3y 1096, 5y 1826.",
    sql: "CASE q.timepoint WHEN 'baseline' THEN 0 WHEN '1y' THEN 365 WHEN '3y' THEN 1096 WHEN '5y' THEN 1826 END"
  },
  { name: "domain", type: "VARCHAR", description: "Scored domain, e.g. urinary-incontinence.", sql: "q.domain" },
  { name: "score", type: "DOUBLE", description: "Domain score 0–100 (higher is better function).", sql: "q.score" },
  {
    name: "response_year",
    type: "INTEGER",
    description: "Calendar year the answers were received.",
    sql: "year(q.response_date)::INTEGER"
  }
];

function sqlDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new RangeError(`cohortSql: extract date must be YYYY-MM-DD, got "${date}"`);
  return `DATE '${date}'`;
}

/** The unit hierarchy, for joining a unit id to its trust and region. */
const unitHelpers: Record<string, string> = {
  hospitals: `SELECT h.unit_id AS hospital_id, tr.unit_id AS trust_id, rg.unit_id AS region_id
  FROM units h JOIN units tr ON tr.unit_id = h.parent_id AND tr.level = 'trust'
    JOIN units rg ON rg.unit_id = tr.parent_id AND rg.level = 'region'
  WHERE h.level = 'hospital'`,
  trusts: `SELECT tr.unit_id AS trust_id, rg.unit_id AS region_id
  FROM units tr JOIN units rg ON rg.unit_id = tr.parent_id AND rg.level = 'region' WHERE tr.level = 'trust'`
};

/** The numbering of the tumours (cohort_row), on the narrow tumour rows: ten times cheaper than on cohort rows. */
const rowOrder = `SELECT tumour_id, patient_id,
    (row_number() OVER (ORDER BY registry, year(diagnosis_date), tumour_id) - 1)::INTEGER AS cohort_row
  FROM tumours`;

/** What `cohort` is joined from, by tumour (one or more rows per tumour_id) and by patient. */
function helpers(end: string): { byTumour: Record<string, string>; byPatient: Record<string, string> } {
  return {
    byTumour: {
      tumours: "SELECT * FROM tumours",
      workup: "SELECT * FROM workup",
      residence: `SELECT tumour_id, trust_id FROM (
    SELECT t.tumour_id, c.trust_id,
      row_number() OVER (PARTITION BY t.tumour_id ORDER BY c.valid_from DESC, c.trust_id) AS rank
    FROM tumours t JOIN catchment c ON c.municipality = t.municipality
      AND t.diagnosis_date >= c.valid_from AND (c.valid_to IS NULL OR t.diagnosis_date <= c.valid_to)
  ) WHERE rank = 1`,
      operations: `SELECT *, row_number() OVER (PARTITION BY tumour_id ORDER BY surgery_date, surgery_id) AS sequence,
    count(*) OVER (PARTITION BY tumour_id) AS n_operations
  FROM surgery`,
      rt_summary: `SELECT tumour_id, count(*) AS rt_courses, min(start_date) AS rt_first_date,
    bool_or(intent = 'curative') AS rt_curative,
    bool_or(setting = 'neoadjuvant') AS rt_preoperative, max(dose_gy) AS rt_max_dose_gy
  FROM radiotherapy GROUP BY tumour_id`,
      systemic_summary: `SELECT tumour_id, bool_or(intent = 'curative') AS systemic_curative,
    bool_or(setting = 'neoadjuvant') AS systemic_preoperative,
    arg_min(regimen, start_date::VARCHAR || systemic_id) AS first_regimen
  FROM systemic GROUP BY tumour_id`,
      first_treatment: `SELECT * FROM (
    SELECT *, row_number() OVER (PARTITION BY tumour_id ORDER BY date, kind_order, id) AS rank FROM (
      SELECT tumour_id, surgery_date AS date, unit_id, 'surgery' AS kind, 1 AS kind_order, surgery_id AS id FROM surgery
      UNION ALL SELECT tumour_id, start_date, unit_id, 'radiotherapy', 2, rt_id FROM radiotherapy
      UNION ALL SELECT tumour_id, start_date, unit_id, 'systemic', 3, systemic_id FROM systemic
    )
  ) WHERE rank = 1`,
      recurrences: `SELECT tumour_id, min(recurrence_date) FILTER (WHERE type = 'local') AS local_date,
    min(recurrence_date) FILTER (WHERE type = 'distant') AS distant_date
  FROM recurrence GROUP BY tumour_id`
    },
    byPatient: {
      patients: "SELECT * FROM patients",
      followup: `SELECT patient_id,
    least(coalesce(death_date, ${end}), coalesce(emigration_date, ${end}), ${end}) AS end_date,
    coalesce(death_date <= ${end} AND (emigration_date IS NULL OR death_date <= emigration_date), false) AS dead,
    coalesce(emigration_date <= ${end} AND (death_date IS NULL OR emigration_date < death_date), false) AS emigrated
  FROM patients`
    }
  };
}

/**
 * The SELECT of cohort rows from its sources: `from(name)` is the table (or subquery) each helper is read
 * from; `patientKey` the column the patient's rows are joined on (patient_id, or tumour_id when they were
 * copied to each of the patient's tumours).
 */
function cohortSelect(from: (name: string) => string, patientKey: "patient_id" | "tumour_id"): string {
  return `SELECT
  ${cohortColumns.map((c) => `${c.sql} AS ${c.name}`).join(",\n  ")}
FROM ${from("tumours")} t
JOIN ${from("row_order")} o ON o.tumour_id = t.tumour_id
JOIN ${from("patients")} p ON p.${patientKey} = t.${patientKey}
JOIN ${from("followup")} f ON f.${patientKey} = t.${patientKey}
LEFT JOIN ${from("residence")} r0 ON r0.tumour_id = t.tumour_id
LEFT JOIN ${from("trusts")} res ON res.trust_id = r0.trust_id
LEFT JOIN ${from("hospitals")} dia ON dia.hospital_id = t.diagnosing_unit
LEFT JOIN ${from("workup")} w ON w.tumour_id = t.tumour_id
LEFT JOIN ${from("first_treatment")} ft ON ft.tumour_id = t.tumour_id
LEFT JOIN ${from("hospitals")} trt ON trt.hospital_id = ft.unit_id
LEFT JOIN ${from("operations")} s1 ON s1.tumour_id = t.tumour_id AND s1.sequence = 1
LEFT JOIN ${from("operations")} sl ON sl.tumour_id = t.tumour_id AND sl.sequence = sl.n_operations
LEFT JOIN ${from("hospitals")} opu ON opu.hospital_id = s1.unit_id
LEFT JOIN ${from("rt_summary")} rt ON rt.tumour_id = t.tumour_id
LEFT JOIN ${from("systemic_summary")} sy ON sy.tumour_id = t.tumour_id
LEFT JOIN ${from("recurrences")} rc ON rc.tumour_id = t.tumour_id
ORDER BY cohort_row`;
}

/** The SELECT that builds `cohort` from the extract tables in one query (helper tables materialised once: faster). */
export function cohortSql({ extractDate }: { extractDate: string }): string {
  const { byTumour, byPatient } = helpers(sqlDate(extractDate));
  const ctes = Object.entries({ ...unitHelpers, ...byTumour, ...byPatient, row_order: rowOrder })
    .filter(([name]) => !["tumours", "workup", "patients"].includes(name))
    .map(([name, select]) => `${name} AS MATERIALIZED (\n  ${select}\n)`);
  return `WITH ${ctes.join(",\n")}\n${cohortSelect((name) => name, "patient_id")}`;
}

/**
 * The statements that build `cohort` `stepRows` tumours at a time, for an extract too large for one query in
 * the memory DuckDB has: the joins of one query hold every helper in memory at once. Each helper is first
 * made a table (which DuckDB can spill) with the cohort_row of its tumour, in cohort_row order, so a step
 * reads only its range of each (DuckDB skips row groups outside it); the patients' rows are copied to each of
 * their tumours. The rows are those of `cohortSql`, in the same order.
 */
export function cohortStepsSql({
  extractDate,
  tumours,
  stepRows
}: {
  extractDate: string;
  tumours: number;
  stepRows: number;
}): { prepare: string[]; steps: string[]; cleanUp: string[] } {
  const { byTumour, byPatient } = helpers(sqlDate(extractDate));
  const table = (name: string) => `qi_cohort_${name}`;
  const prepare = [
    `CREATE OR REPLACE TEMP TABLE ${table("row_order")} AS ${rowOrder} ORDER BY cohort_row`,
    ...Object.entries(unitHelpers).map(([name, select]) => `CREATE OR REPLACE TEMP TABLE ${table(name)} AS ${select}`),
    ...Object.entries(byTumour).map(
      ([name, select]) =>
        `CREATE OR REPLACE TEMP TABLE ${table(name)} AS SELECT o.cohort_row, h.* ` +
        `FROM (${select}) h JOIN ${table("row_order")} o USING (tumour_id) ORDER BY o.cohort_row`
    ),
    ...Object.entries(byPatient).map(
      ([name, select]) =>
        `CREATE OR REPLACE TEMP TABLE ${table(name)} AS SELECT o.cohort_row, o.tumour_id, h.* ` +
        `FROM ${table("row_order")} o JOIN (${select}) h USING (patient_id) ORDER BY o.cohort_row`
    )
  ];
  const steps: string[] = [];
  for (let first = 0; first === 0 || first < tumours; first += stepRows) {
    const last = first + stepRows - 1;
    const from = (name: string) =>
      name in unitHelpers
        ? table(name)
        : `(SELECT * FROM ${table(name)} WHERE cohort_row BETWEEN ${first} AND ${last})`;
    const select = cohortSelect(from, "tumour_id");
    steps.push(first === 0 ? `CREATE OR REPLACE TABLE cohort AS ${select}` : `INSERT INTO cohort ${select}`);
  }
  const names = ["row_order", ...Object.keys(unitHelpers), ...Object.keys(byTumour), ...Object.keys(byPatient)];
  return { prepare, steps, cleanUp: names.map((name) => `DROP TABLE ${table(name)}`) };
}

/** The SELECT behind the `cohort_proms` view: each score with every column of its tumour's `cohort` row. */
export function cohortPromsSql(): string {
  return `
SELECT
  ${promColumns.map((c) => `${c.sql} AS ${c.name}`).join(",\n  ")},
  c.*
FROM proms q JOIN cohort c ON c.tumour_id = q.tumour_id`;
}

/**
 * The explorer's copy of `cohort_proms` is rebuilt from two files: cohort.arrow (table `cohort`) and the
 * scores (table `cohort_prom_scores`: the PROM columns and `cohort_row`), so no tumour column is repeated
 * on every score. This statement, run after loading both, gives the same columns as the engine's view
 * minus the engine-only ones.
 */
export const explorerPromsViewSql =
  "CREATE OR REPLACE VIEW cohort_proms AS SELECT s.* EXCLUDE " +
  "(cohort_row), c.* FROM cohort_prom_scores s JOIN cohort c ON " +
  "c.cohort_row = s.cohort_row";

/**
 * Tumours per step when `cohort` is built in steps: about 200 per MB of DuckDB's memory limit (a step of
 * 100,000 tumours needs under 300 MB), so a national extract is one query on a machine with 2 GB for DuckDB.
 */
export function cohortStepRows(memoryLimitBytes: number): number {
  return Math.max(20_000, Math.round((memoryLimitBytes / (1024 * 1024)) * 200));
}

/** DuckDB's memory limit in bytes, from its setting ("1.9 GiB"). */
async function memoryLimitBytes(connection: DuckDBConnection): Promise<number> {
  const reader = await connection.runAndReadAll("SELECT current_setting('memory_limit')");
  return parseMB(String(reader.getRowsJS()[0][0])) * 1024 * 1024;
}

/**
 * Creates the `cohort` table (stored in cohort_row order) and the `cohort_proms` view from the loaded extract
 * tables: in one query when the extract is small enough for DuckDB's memory limit, else in steps
 * (`stepRows` tumours each, by default from the memory limit), so memory stays bounded whatever the size.
 */
export async function createCohortViews(
  connection: DuckDBConnection,
  options: { extractDate: string; stepRows?: number }
): Promise<void> {
  const stepRows = options.stepRows ?? cohortStepRows(await memoryLimitBytes(connection));
  const count = await connection.runAndReadAll("SELECT count(*)::INTEGER FROM tumours");
  const tumours = Number(count.getRowsJS()[0][0]);
  if (tumours <= stepRows) await connection.run(`CREATE OR REPLACE TABLE cohort AS ${cohortSql(options)}`);
  else {
    const { prepare, steps, cleanUp } = cohortStepsSql({ extractDate: options.extractDate, tumours, stepRows });
    for (const sql of [...prepare, ...steps, ...cleanUp]) await connection.run(sql);
  }
  // A view: PROM indicators filter it to a few thousand rows, cheaper than materialising every answer.
  await connection.run(`CREATE OR REPLACE VIEW cohort_proms AS ${cohortPromsSql()}`);
}

/** The columns of the explorer's files: cohort.arrow (`cohort`) and cohort-proms.arrow (`cohort_prom_scores`). */
export function exportedColumns(table: "cohort" | "cohort_prom_scores"): CohortColumn[] {
  const tumour = cohortColumns.filter((c) => !c.internal);
  return table === "cohort" ? tumour : [...promColumns, tumour.find((c) => c.name === "cohort_row")!];
}
