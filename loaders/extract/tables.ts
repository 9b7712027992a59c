/**
 * The extract format, declared once: every table, its file, its key, and every column with its type,
 * whether it is required, its codes and its meaning. The zod schemas, the validator, the demo generator,
 * the DuckDB loader and docs/extract-format.md all derive from this declaration.
 *
 * Conventions (docs/extract-format.md says the same for people):
 * - UTF-8 CSV with a header row, comma separator, '.' as decimal mark; or Parquet with the same columns.
 * - Dates are ISO 8601 calendar dates, YYYY-MM-DD. An empty field is a missing value.
 * - Flags are 1 (yes) or 0 (no). Codes are lower-case words from the lists below.
 */
import type { RegistryId } from "./registries.ts";

export type ColumnType =
  /** An identifier: letters, digits, '-', '_', '.', at most 64 characters. */
  | "id"
  /** A unit's identifier, which names its page and files: the rule of fileIds.ts (lower case, digits, '-'). */
  | "unit-id"
  /** Free text (names only; clinical variables are never free text). */
  | "text"
  /** One of the column's documented codes. */
  | "code"
  /** ISO date YYYY-MM-DD. */
  | "date"
  | "integer"
  | "number"
  /** 1 or 0. */
  | "flag"
  /** Norwegian municipality number, four digits (e.g. 0301 Oslo, 5501 Tromsø). */
  | "municipality"
  /** ICD-10 code with optional subdivision, e.g. C34, C34.1, D32.0. */
  | "icd10";

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  required: boolean;
  description: string;
  /** For type "code": the allowed codes and what each means. */
  codes?: Record<string, string>;
  /** For type "text": the most characters a value may have. */
  maxLength?: number;
  /** Inclusive range for numbers and integers. */
  min?: number;
  max?: number;
  /** A foreign key: the value must exist in that table's column; for units, also the unit level it must have. */
  references?: { table: TableName; column: string; level?: UnitsTableLevel };
  /** A conditional requirement: the column must be filled when `column` of the same row holds `equals`. */
  requiredWhen?: { column: string; equals: string };
  /**
   * For dates of events on a tumour's pathway: how many days the date may precede the tumour's diagnosis date
   * (0 = not before it). Such dates may also not fall after the patient's death.
   */
  maxDaysBeforeDiagnosis?: number;
  /** Registry-specific variable: which registries report it (empty for the others). */
  registries?: RegistryId[];
}

/** Levels of the units table, top down: a unit's parent is one level up (a region's is the nation). */
export const unitLevels = ["region", "trust", "hospital"] as const;
/** A unit's level in the units table. */
export type UnitsTableLevel = (typeof unitLevels)[number];
/** Every level of the unit hierarchy, top down: the nation (not a row of the units table), then the table's. */
export const hierarchyLevels = ["nation", ...unitLevels] as const;
/** The level of a unit in the results, the engine and the pages. */
export type UnitLevel = (typeof hierarchyLevels)[number];

/**
 * How long before its tumour's diagnosis a pathway event (referral, decision, treatment, questionnaire) may
 * be dated. Treatment can precede the formal diagnosis date (the resection is often what gives the
 * histology); beyond 90 days it is linked to the wrong tumour or misdated.
 */
export const maxDaysBeforeDiagnosis = 90;

export interface TableSpec {
  name: TableName;
  description: string;
  /** Columns whose combination is unique. */
  key: string[];
  /** Whether an extract must contain the table (an optional table may be absent; if present it is validated). */
  required: boolean;
  columns: ColumnSpec[];
}

export const tableNames = [
  "units",
  "catchment",
  "patients",
  "tumours",
  "workup",
  "surgery",
  "radiotherapy",
  "systemic",
  "recurrence",
  "proms",
  "lifetable"
] as const;
export type TableName = (typeof tableNames)[number];

const sex = { male: "male", female: "female" };
const intent = { curative: "treatment with curative intent", palliative: "treatment with palliative intent" };
const setting = {
  neoadjuvant: "before surgery (preoperative)",
  adjuvant: "after surgery (postoperative)",
  definitive: "as the primary treatment, without surgery",
  palliative: "for symptom relief"
};

export const tables: TableSpec[] = [
  {
    name: "units",
    description:
      "The organisational hierarchy: regional health authorities (region), " +
      "health trusts (trust) and hospitals (hospital). Every hospital has a " +
      "trust as parent, every trust a region; regions have no parent.",
    key: ["unit_id"],
    required: true,
    columns: [
      { name: "unit_id", type: "unit-id", required: true, description: "Stable identifier of the unit." },
      {
        name: "name",
        type: "text",
        required: true,
        maxLength: 200,
        description: "Official name, e.g. 'Universitetssykehuset Nord-Norge HF'."
      },
      {
        name: "short_name",
        type: "text",
        required: true,
        maxLength: 60,
        description: "Short name for tables and charts, e.g. 'UNN'."
      },
      {
        name: "level",
        type: "code",
        required: true,
        description: "Level in the hierarchy.",
        codes: {
          region: "regional health authority (RHF)",
          trust: "health trust (HF)",
          hospital: "hospital (treating unit)"
        }
      },
      {
        name: "parent_id",
        type: "unit-id",
        required: false,
        description: "The unit one level up (a hospital's trust, a trust's region); empty for regions.",
        references: { table: "units", column: "unit_id" }
      }
    ]
  },
  {
    name: "catchment",
    description:
      "Which health trust serves the residents of each municipality, and " +
      "when. Patients are attributed to the trust whose catchment contained " +
      "their municipality of residence on the diagnosis date.",
    key: ["municipality", "valid_from"],
    required: true,
    columns: [
      { name: "municipality", type: "municipality", required: true, description: "Municipality number." },
      {
        name: "municipality_name",
        type: "text",
        required: true,
        maxLength: 100,
        description: "Municipality name."
      },
      {
        name: "trust_id",
        type: "unit-id",
        required: true,
        description: "The health trust (a unit of level trust).",
        references: { table: "units", column: "unit_id", level: "trust" }
      },
      { name: "valid_from", type: "date", required: true, description: "First day the mapping holds." },
      {
        name: "valid_to",
        type: "date",
        required: false,
        description: "Last day the mapping holds; empty while it still holds."
      }
    ]
  },
  {
    name: "patients",
    description:
      "One row per patient, identified by a pseudonym. Deaths and " +
      "emigrations come from the National Population Register.",
    key: ["patient_id"],
    required: true,
    columns: [
      {
        name: "patient_id",
        type: "id",
        required: true,
        description: "Pseudonymous patient identifier (never the national identity number)."
      },
      { name: "sex", type: "code", required: true, description: "Sex.", codes: sex },
      { name: "birth_date", type: "date", required: true, description: "Date of birth." },
      {
        name: "death_date",
        type: "date",
        required: false,
        description: "Date of death; empty if alive at the extract date."
      },
      {
        name: "emigration_date",
        type: "date",
        required: false,
        description: "Date of emigration; follow-up ends there."
      }
    ]
  },
  {
    name: "tumours",
    description:
      "The incidence record: one row per tumour, with the registry it belongs to and the clinical report status.",
    key: ["tumour_id"],
    required: true,
    columns: [
      { name: "tumour_id", type: "id", required: true, description: "Tumour identifier." },
      {
        name: "patient_id",
        type: "id",
        required: true,
        description: "The patient.",
        references: { table: "patients", column: "patient_id" }
      },
      {
        name: "registry",
        type: "code",
        required: true,
        description: "The clinical quality registry the tumour belongs to.",
        codes: {
          prostate: "prostate cancer",
          colorectal: "colorectal cancer",
          childhood: "childhood cancer (under 18 at diagnosis)",
          breast: "breast cancer",
          gynaecological: "gynaecological cancer",
          lung: "lung cancer",
          lymphoid: "lymphoid malignancies (lymphoma, myeloma, CLL)",
          melanoma: "melanoma",
          "oesophagus-stomach": "oesophageal and gastric cancer",
          sarcoma: "sarcoma",
          pancreas: "pancreatic cancer",
          cns: "brain tumours"
        }
      },
      { name: "icd10", type: "icd10", required: true, description: "Topography as ICD-10, e.g. C34.1." },
      { name: "diagnosis_date", type: "date", required: true, description: "Date of diagnosis (incidence date)." },
      {
        name: "municipality",
        type: "municipality",
        required: true,
        description: "Municipality of residence on the diagnosis date.",
        references: { table: "catchment", column: "municipality" }
      },
      {
        name: "stage",
        type: "code",
        required: true,
        description: "Stage at diagnosis (TNM stage group, or the registry's equivalent).",
        codes: { I: "stage I", II: "stage II", III: "stage III", IV: "stage IV", unknown: "stage not known" }
      },
      {
        name: "basis",
        type: "code",
        required: true,
        description: "Most valid basis of diagnosis.",
        codes: {
          clinical: "clinical examination only",
          imaging: "imaging",
          cytology: "cytology",
          histology: "histology of a biopsy or resection",
          autopsy: "autopsy",
          dco: "death certificate only"
        }
      },
      {
        name: "diagnosing_unit",
        type: "unit-id",
        required: true,
        description: "Hospital that made the diagnosis.",
        references: { table: "units", column: "unit_id", level: "hospital" }
      },
      {
        name: "clinical_report",
        type: "flag",
        required: true,
        description: "1 if the clinical report (the hospital's registration form) has been received."
      },
      {
        name: "clinical_report_date",
        type: "date",
        required: false,
        requiredWhen: { column: "clinical_report", equals: "1" },
        description: "Date the clinical report was received; required when clinical_report is 1."
      },
      {
        name: "histology",
        type: "code",
        required: false,
        description: "Histological group (lung and lymphoid malignancies).",
        registries: ["lung", "lymphoid"],
        codes: {
          nsclc: "non-small-cell lung cancer",
          sclc: "small-cell lung cancer",
          "lung-other": "other or unspecified lung histology",
          myeloma: "multiple myeloma",
          hodgkin: "Hodgkin lymphoma",
          dlbcl: "diffuse large B-cell lymphoma",
          follicular: "follicular lymphoma",
          cll: "chronic lymphocytic leukaemia",
          "lymphoid-other": "other lymphoid malignancy"
        }
      },
      {
        name: "tumour_size_mm",
        type: "number",
        required: false,
        min: 0,
        max: 300,
        description: "Largest tumour diameter in mm (breast).",
        registries: ["breast"]
      },
      {
        name: "ecog",
        type: "integer",
        required: false,
        min: 0,
        max: 4,
        description: "ECOG performance status at diagnosis, 0–4."
      }
    ]
  },
  {
    name: "workup",
    description: "The workup report, sent when the treatment decision is taken: one row per tumour.",
    key: ["tumour_id"],
    required: true,
    columns: [
      {
        name: "tumour_id",
        type: "id",
        required: true,
        description: "The tumour.",
        references: { table: "tumours", column: "tumour_id" }
      },
      {
        name: "unit_id",
        type: "unit-id",
        required: true,
        description: "Hospital that did the workup.",
        references: { table: "units", column: "unit_id", level: "hospital" }
      },
      {
        name: "referral_date",
        type: "date",
        required: false,
        maxDaysBeforeDiagnosis,
        description: "Date the referral was received (start of the cancer patient pathway)."
      },
      {
        name: "decision_date",
        type: "date",
        required: true,
        maxDaysBeforeDiagnosis,
        description: "Date the treatment decision was taken."
      },
      {
        name: "mdt",
        type: "flag",
        required: true,
        description: "1 if discussed in a multidisciplinary team meeting before treatment."
      },
      { name: "pet_ct", type: "flag", required: false, description: "1 if PET-CT was done before treatment (lung)." },
      { name: "biopsy", type: "flag", required: false, description: "1 if a biopsy was taken during workup." },
      {
        name: "risk_group",
        type: "code",
        required: false,
        description: "Prostate cancer risk group (EAU / Norwegian guidelines).",
        registries: ["prostate"],
        codes: {
          low: "low risk",
          intermediate: "intermediate risk",
          high: "high risk (incl. locally advanced)",
          metastatic: "metastatic disease"
        }
      },
      {
        name: "psa",
        type: "number",
        required: false,
        min: 0,
        max: 10000,
        description: "PSA at diagnosis, ng/ml (prostate).",
        registries: ["prostate"]
      },
      {
        name: "decision",
        type: "code",
        required: true,
        description: "The treatment decision.",
        codes: {
          curative: "treatment with curative intent",
          palliative: "palliative treatment",
          "active-surveillance": "active surveillance (prostate)",
          "watchful-waiting": "watchful waiting",
          none: "no tumour-directed treatment"
        }
      }
    ]
  },
  {
    name: "surgery",
    description: "Surgery reports: one row per operation (a re-operation is a second row).",
    key: ["surgery_id"],
    required: true,
    columns: [
      { name: "surgery_id", type: "id", required: true, description: "Operation identifier." },
      {
        name: "tumour_id",
        type: "id",
        required: true,
        description: "The tumour.",
        references: { table: "tumours", column: "tumour_id" }
      },
      {
        name: "unit_id",
        type: "unit-id",
        required: true,
        description: "Operating hospital.",
        references: { table: "units", column: "unit_id", level: "hospital" }
      },
      {
        name: "surgery_date",
        type: "date",
        required: true,
        maxDaysBeforeDiagnosis,
        description: "Date of the operation."
      },
      {
        name: "procedure",
        type: "code",
        required: true,
        description: "The operation.",
        codes: {
          lobectomy: "lobectomy (lung)",
          pneumonectomy: "pneumonectomy (lung)",
          "sublobar-resection": "segmentectomy or wedge resection (lung)",
          "radical-prostatectomy": "radical prostatectomy",
          "breast-conserving": "breast-conserving surgery",
          mastectomy: "mastectomy",
          "re-excision": "re-excision after breast-conserving surgery",
          colectomy: "colon resection",
          "anterior-resection": "anterior resection of the rectum",
          "abdominoperineal-resection": "abdominoperineal resection",
          "local-excision": "local excision",
          oesophagectomy: "oesophagectomy",
          gastrectomy: "gastrectomy",
          pancreatectomy: "pancreatic resection",
          "cytoreductive-surgery": "cytoreductive (debulking) surgery (ovary)",
          hysterectomy: "hysterectomy",
          "wide-excision": "wide local excision (melanoma, sarcoma)",
          craniotomy: "craniotomy (brain tumour)",
          "other-resection": "other tumour resection"
        }
      },
      {
        name: "approach",
        type: "code",
        required: true,
        description: "Surgical approach.",
        codes: {
          open: "open",
          laparoscopic: "laparoscopic / thoracoscopic",
          robotic: "robot-assisted",
          converted: "minimally invasive converted to open"
        }
      },
      { name: "asa", type: "integer", required: false, min: 1, max: 5, description: "ASA physical status class, 1–5." },
      {
        name: "margin",
        type: "code",
        required: false,
        description: "Resection margin / residual tumour after the operation.",
        codes: {
          r0: "no residual tumour (R0)",
          r1: "microscopic residual tumour (R1)",
          r2: "macroscopic residual tumour (R2)",
          unknown: "not assessable"
        }
      }
    ]
  },
  {
    name: "radiotherapy",
    description: "Radiotherapy courses from the hospitals' oncology systems: one row per course.",
    key: ["rt_id"],
    required: true,
    columns: [
      { name: "rt_id", type: "id", required: true, description: "Course identifier." },
      {
        name: "tumour_id",
        type: "id",
        required: true,
        description: "The tumour.",
        references: { table: "tumours", column: "tumour_id" }
      },
      {
        name: "unit_id",
        type: "unit-id",
        required: true,
        description: "Treating hospital.",
        references: { table: "units", column: "unit_id", level: "hospital" }
      },
      { name: "start_date", type: "date", required: true, maxDaysBeforeDiagnosis, description: "First fraction." },
      { name: "intent", type: "code", required: true, description: "Intent of the course.", codes: intent },
      { name: "setting", type: "code", required: true, description: "When in the pathway.", codes: setting },
      { name: "dose_gy", type: "number", required: true, min: 0, max: 120, description: "Total dose in Gy." },
      { name: "fractions", type: "integer", required: true, min: 1, max: 60, description: "Number of fractions." }
    ]
  },
  {
    name: "systemic",
    description: "Systemic anticancer therapy from the hospitals' oncology systems: one row per line of treatment.",
    key: ["systemic_id"],
    required: true,
    columns: [
      { name: "systemic_id", type: "id", required: true, description: "Treatment line identifier." },
      {
        name: "tumour_id",
        type: "id",
        required: true,
        description: "The tumour.",
        references: { table: "tumours", column: "tumour_id" }
      },
      {
        name: "unit_id",
        type: "unit-id",
        required: true,
        description: "Treating hospital.",
        references: { table: "units", column: "unit_id", level: "hospital" }
      },
      { name: "start_date", type: "date", required: true, maxDaysBeforeDiagnosis, description: "First dose." },
      { name: "intent", type: "code", required: true, description: "Intent of the treatment.", codes: intent },
      { name: "setting", type: "code", required: true, description: "When in the pathway.", codes: setting },
      {
        name: "regimen",
        type: "code",
        required: true,
        description: "Kind of treatment.",
        codes: {
          chemotherapy: "chemotherapy",
          "chemo-immunotherapy": "chemotherapy combined with immunotherapy or antibodies",
          immunotherapy: "immunotherapy",
          targeted: "targeted therapy",
          hormonal: "endocrine therapy",
          "myeloma-induction": "myeloma induction therapy"
        }
      }
    ]
  },
  {
    name: "recurrence",
    description:
      "Recurrences after treatment with curative intent: the first local and the first distant recurrence of a tumour.",
    key: ["tumour_id", "type"],
    required: true,
    columns: [
      {
        name: "tumour_id",
        type: "id",
        required: true,
        description: "The tumour.",
        references: { table: "tumours", column: "tumour_id" }
      },
      {
        name: "recurrence_date",
        type: "date",
        required: true,
        maxDaysBeforeDiagnosis: 0,
        description: "Date the recurrence was diagnosed."
      },
      {
        name: "type",
        type: "code",
        required: true,
        description: "Where it recurred.",
        codes: { local: "local (locoregional) recurrence", distant: "distant metastasis" }
      }
    ]
  },
  {
    name: "proms",
    description: "Patient-reported outcome scores: one row per patient, tumour, instrument, time point and domain.",
    key: ["tumour_id", "instrument", "timepoint", "domain"],
    required: true,
    columns: [
      {
        name: "patient_id",
        type: "id",
        required: true,
        description: "The patient.",
        references: { table: "patients", column: "patient_id" }
      },
      {
        name: "tumour_id",
        type: "id",
        required: true,
        description: "The tumour the questionnaire follows up.",
        references: { table: "tumours", column: "tumour_id" }
      },
      {
        name: "instrument",
        type: "code",
        required: true,
        description: "Questionnaire.",
        codes: { "epic-26": "EPIC-26 (prostate)", "eortc-qlq-c30": "EORTC QLQ-C30" }
      },
      {
        name: "timepoint",
        type: "code",
        required: true,
        description: "When the questionnaire was answered, relative to treatment.",
        codes: {
          baseline: "before treatment",
          "1y": "one year after",
          "3y": "three years after",
          "5y": "five years after"
        }
      },
      {
        name: "domain",
        type: "code",
        required: true,
        description: "Scored domain (EPIC-26 domains; EORTC global health status).",
        codes: {
          "urinary-incontinence": "EPIC-26 urinary incontinence",
          "urinary-irritative": "EPIC-26 urinary irritative/obstructive",
          bowel: "EPIC-26 bowel",
          sexual: "EPIC-26 sexual",
          hormonal: "EPIC-26 hormonal",
          "global-health": "EORTC QLQ-C30 global health status"
        }
      },
      {
        name: "score",
        type: "number",
        required: true,
        min: 0,
        max: 100,
        description: "Domain score 0–100 (higher is better function)."
      },
      {
        name: "response_date",
        type: "date",
        required: true,
        maxDaysBeforeDiagnosis,
        description: "Date the answers were received."
      }
    ]
  },
  {
    name: "lifetable",
    description:
      "Population life table for relative (net) survival: annual probability " +
      "of death by calendar year, sex and single year of age.",
    key: ["year", "sex", "age"],
    required: true,
    columns: [
      { name: "year", type: "integer", required: true, min: 1900, max: 2100, description: "Calendar year." },
      { name: "sex", type: "code", required: true, description: "Sex.", codes: sex },
      { name: "age", type: "integer", required: true, min: 0, max: 120, description: "Age in completed years." },
      {
        name: "qx",
        type: "number",
        required: true,
        min: 0,
        max: 1,
        description: "Probability of dying within the year."
      }
    ]
  }
];

export function tableSpec(name: TableName): TableSpec {
  const spec = tables.find((t) => t.name === name);
  if (!spec) throw new Error(`unknown table: ${name}`);
  return spec;
}
