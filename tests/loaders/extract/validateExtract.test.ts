/**
 * One crafted bad extract per kind of check, each derived from the valid fixture by one edit, asserting
 * the exact `file:line: column: message` of every error and warning it produces.
 */
import { describe, expect, test } from "vitest";
import { append, check, derive, replace, setField, setLine, type Edit } from "./extractFixture.ts";

interface Case {
  name: string;
  edits: Record<string, Edit>;
  errors?: string[];
  warnings?: string[];
  dependent?: string[];
}

const cases: Case[] = [
  // Cells: types, dates, ranges, codes.
  {
    name: "a missing required value",
    edits: { "tumours.csv": setField("T003", "stage", "") },
    errors: ["tumours.csv:4: stage: missing (the column is required)"]
  },
  {
    name: "an identifier with a space",
    edits: { "patients.csv": setField("P005", "patient_id", "P 005") },
    // The row is excluded and its key unknown, so the tumour that refers to P005 finds no such patient.
    errors: [
      `patients.csv:6: patient_id: "P 005" is not an identifier (letters, ` +
        `digits, '-', '_' and '.', at most 64 characters)`,
      "tumours.csv:6: patient_id: P005 is not a patient in patients.csv"
    ]
  },
  {
    name: "a decimal in an integer column",
    edits: { "surgery.csv": setField("S003", "asa", "2.5") },
    errors: [`surgery.csv:4: asa: "2.5" is not a whole number`]
  },
  {
    name: "a decimal comma in a number column (quoted, so the field count is right)",
    edits: { "workup.csv": replace("intermediate,8.4", 'intermediate,"8,4"') },
    errors: [`workup.csv:3: psa: "8,4" has a decimal comma; write 8.4 ('.' is the decimal mark)`]
  },
  {
    name: "a flag written as a word",
    edits: { "workup.csv": setField("T005", "mdt", "ja") },
    errors: [`workup.csv:6: mdt: "ja" is not a flag; write 1 (yes) or 0 (no)`]
  },
  {
    name: "a municipality number that lost its leading zero",
    edits: { "tumours.csv": setField("T002", "municipality", "301") },
    errors: [
      `tumours.csv:3: municipality: "301" has three digits; municipality ` +
        `numbers have four (was it 0301? Excel drops leading zeros: format the ` +
        `column as text)`
    ]
  },
  {
    name: "an ICD-10 code in lower case",
    edits: { "tumours.csv": setField("T001", "icd10", "c34.1") },
    errors: [`tumours.csv:2: icd10: "c34.1": write ICD-10 codes in upper case, C34.1`]
  },
  {
    name: "a date in the Norwegian format",
    edits: { "patients.csv": setField("P004", "birth_date", "30.01.1971") },
    errors: [
      `patients.csv:5: birth_date: "30.01.1971" is in the Norwegian format ` +
        `dd.mm.yyyy (as Excel shows dates); write 1971-01-30`
    ]
  },
  {
    name: "a date as an Excel serial number",
    edits: { "surgery.csv": setField("S005", "surgery_date", "45363") },
    errors: [
      `surgery.csv:6: surgery_date: "45363" looks like an Excel date serial ` +
        `number (45363 = 2024-03-12); format the column as yyyy-mm-dd before ` +
        `saving`
    ]
  },
  {
    name: "an impossible date",
    edits: { "tumours.csv": setField("T002", "diagnosis_date", "2022-02-30") },
    errors: ["tumours.csv:3: diagnosis_date: 2022-02-30 does not exist (February 2022 has 28 days)"]
  },
  {
    name: "a number out of range",
    edits: { "tumours.csv": setField("T006", "ecog", "5") },
    errors: ["tumours.csv:7: ecog: 5 is outside the allowed range 0–4"]
  },
  {
    name: "a date before 1900",
    edits: { "patients.csv": setField("P006", "birth_date", "1840-05-05") },
    errors: ["patients.csv:7: birth_date: 1840-05-05 is before 1900-01-01, the earliest date accepted"]
  },
  {
    name: "an unknown code lists the allowed codes",
    edits: { "tumours.csv": setField("T002", "stage", "V") },
    errors: [`tumours.csv:3: stage: unknown code "V"; allowed: I, II, III, IV, unknown`]
  },
  {
    name: "a code in the wrong case",
    edits: { "tumours.csv": setField("T001", "registry", "Lung") },
    errors: [`tumours.csv:2: registry: unknown code "Lung"; codes are case-sensitive: write lung`]
  },
  {
    name: "a missing-value marker instead of an empty field",
    edits: { "surgery.csv": setField("S006", "margin", "NA") },
    errors: [
      `surgery.csv:7: margin: unknown code "NA"; allowed: r0, r1, r2, unknown; write a missing value as an empty field`
    ]
  },
  {
    name: "spaces around a value are removed, with a warning",
    edits: { "patients.csv": setField("P002", "sex", " male ") },
    warnings: [`patients.csv:3: sex: " male " has spaces around the value; read as "male"`]
  },

  // Keys and references.
  {
    name: "a duplicate key",
    edits: { "tumours.csv": append("T002,P002,prostate,C61,2022-05-17,0301,II,histology,ous-rh,1,2022-06-20,,,0") },
    errors: ["tumours.csv:10: tumour_id: duplicate key T002; the first row with it is tumours.csv:3, which is used"]
  },
  {
    name: "a duplicate composite key",
    edits: { "recurrence.csv": append("T001,2023-12-01,distant") },
    errors: [
      "recurrence.csv:4: tumour_id+type: duplicate key T001, distant; the " +
        "first row with it is recurrence.csv:2, which is used"
    ]
  },
  {
    name: "a tumour whose patient does not exist",
    edits: { "tumours.csv": setField("T003", "patient_id", "P099") },
    errors: ["tumours.csv:4: patient_id: P099 is not a patient in patients.csv"]
  },
  {
    name: "a report whose tumour does not exist",
    edits: { "surgery.csv": setField("S006", "tumour_id", "T099") },
    errors: ["surgery.csv:7: tumour_id: T099 is not a tumour in tumours.csv"]
  },
  {
    name: "an unknown unit",
    edits: { "radiotherapy.csv": setField("RT002", "unit_id", "ous-xx") },
    errors: ["radiotherapy.csv:3: unit_id: ous-xx is not a unit in units.csv"]
  },
  {
    name: "a residence municipality that is not in the catchment table",
    edits: { "tumours.csv": setField("T005", "municipality", "1806") },
    errors: ["tumours.csv:6: municipality: 1806 is not a municipality in catchment.csv"]
  },
  {
    name: "a unit whose parent does not exist",
    edits: { "units.csv": setField("nlsh-bod", "parent_id", "nls") },
    errors: ["units.csv:11: parent_id: nls is not a unit in units.csv"]
  },

  // Unit ids name pages and files (unit/<id>.json): the stricter rule of fileIds.ts.
  {
    name: "unit ids that are paths or file names",
    edits: {
      "units.csv": append(
        "..,Up,Up,hospital,ous",
        ".,Here,Here,hospital,ous",
        "...,Dots,Dots,hospital,ous",
        "index.html,Index,Index,hospital,ous",
        "ous_ny,Underscore,Underscore,hospital,ous",
        "ålesund,Ålesund sjukehus,Ålesund,hospital,ous"
      )
    },
    errors: [
      `units.csv:17: unit_id: ".." is not lower-case letters a–z and digits in words joined by single '-', such ` +
        "as unn-tromso (an id names pages and files)",
      `units.csv:18: unit_id: "." is not lower-case letters a–z and digits in words joined by single '-', such ` +
        "as unn-tromso (an id names pages and files)",
      `units.csv:19: unit_id: "..." is not lower-case letters a–z and digits in words joined by single '-', such ` +
        "as unn-tromso (an id names pages and files)",
      `units.csv:20: unit_id: "index.html" is not lower-case letters a–z and digits in words joined by single ` +
        "'-', such as unn-tromso (an id names pages and files)",
      `units.csv:21: unit_id: "ous_ny" is not lower-case letters a–z and digits in words joined by single ` +
        "'-', such as unn-tromso (an id names pages and files)",
      `units.csv:22: unit_id: "ålesund" is not lower-case letters a–z and digits in words joined by single ` +
        "'-', such as unn-tromso (an id names pages and files); write æ, ø, å as ae, o, a"
    ]
  },
  {
    name: "reserved unit ids, and ids that differ only in case (CON and con)",
    edits: {
      "units.csv": append(
        "CON,Upper,Upper,hospital,ous",
        "con,Lower,Lower,hospital,ous",
        "lpt1,Printer,Printer,hospital,ous",
        "index,Index,Index,hospital,ous",
        "nation,Nation,Nation,hospital,ous",
        "Ous-Ny,Mixed,Mixed,hospital,ous"
      )
    },
    errors: [
      `units.csv:17: unit_id: "CON" is a device name Windows reserves (CON, PRN, AUX, NUL, COM0–COM9, ` +
        "LPT0–LPT9, in any case); an id names pages and files, so choose another",
      `units.csv:18: unit_id: "con" is a device name Windows reserves (CON, PRN, AUX, NUL, COM0–COM9, ` +
        "LPT0–LPT9, in any case); an id names pages and files, so choose another",
      `units.csv:19: unit_id: "lpt1" is a device name Windows reserves (CON, PRN, AUX, NUL, COM0–COM9, ` +
        "LPT0–LPT9, in any case); an id names pages and files, so choose another",
      `units.csv:20: unit_id: "index" is a name the site reserves (index, nation); an id names pages and ` +
        "files, so choose another",
      `units.csv:21: unit_id: "nation" is a name the site reserves (index, nation); an id names pages and ` +
        "files, so choose another",
      `units.csv:22: unit_id: "Ous-Ny" has upper-case letters; ids that name pages and files are lower case: ` +
        "write ous-ny"
    ]
  },
  {
    name: "a reference to a unit in upper case is refused by the unit id rule",
    edits: { "surgery.csv": setField("S006", "unit_id", "NLSH-BOD") },
    errors: [
      `surgery.csv:7: unit_id: "NLSH-BOD" has upper-case letters; ids that name pages and files are lower ` +
        "case: write nlsh-bod"
    ]
  },

  // Unit levels and the hierarchy.
  {
    name: "a diagnosing unit that is a trust",
    edits: { "tumours.csv": setField("T005", "diagnosing_unit", "nlsh") },
    errors: ["tumours.csv:6: diagnosing_unit: nlsh is a trust; diagnosing_unit must be a hospital"]
  },
  {
    name: "a catchment trust that is a hospital",
    edits: { "catchment.csv": setField("1804", "trust_id", "nlsh-bod") },
    errors: ["catchment.csv:6: trust_id: nlsh-bod is a hospital; trust_id must be a trust"]
  },
  {
    name: "a hospital whose parent is a region",
    edits: { "units.csv": setField("unn-tro", "parent_id", "hn") },
    errors: ["units.csv:10: parent_id: hn is a region; the parent of a hospital must be a trust"]
  },
  {
    name: "a region with a parent",
    edits: { "units.csv": setField("hv", "parent_id", "hn") },
    errors: ["units.csv:3: parent_id: a region has no parent; leave parent_id empty (it is hn)"]
  },
  {
    name: "a trust without a parent",
    edits: { "units.csv": setField("nlsh", "parent_id", "") },
    errors: ["units.csv:6: parent_id: missing; a trust needs its region as parent"]
  },
  {
    name: "a cycle in the hierarchy",
    edits: { "units.csv": (t) => setField("hn", "parent_id", "unn")(setField("hn", "level", "trust")(t)) },
    errors: [
      "units.csv:2: parent_id: unn is a trust; the parent of a trust must be a region",
      "units.csv:5: parent_id: hn is a trust; the parent of a trust must be a region",
      "units.csv:6: parent_id: hn is a trust; the parent of a trust must be a region",
      "units.csv:2: parent_id: the parent chain hn → unn → hn is a cycle",
      "units.csv:5: parent_id: the parent chain hn → unn → hn is a cycle"
    ]
  },

  {
    name: "a national identity number as patient_id",
    edits: { "patients.csv": replace("P001,", "15035012394,"), "tumours.csv": replace(",P001,", ",15035012394,") },
    errors: [
      "patients.csv:2: patient_id: is a national identity number (11 digits " +
        "with valid check digits); an extract must carry pseudonyms, never the " +
        "identity number"
    ]
  },

  // The life table net survival reads.
  {
    name: "a probability of dying of 1 (an infinite hazard)",
    edits: { "lifetable.csv": replace("2024,female,70,0.0117", "2024,female,70,1") },
    errors: [
      "lifetable.csv:5: qx: 1 is not accepted: a probability of dying of 1 " +
        "is an infinite hazard in net survival; give the oldest age a value " +
        "below 1 (e.g. 0.99999)"
    ]
  },
  {
    name: "a gap in the life table",
    edits: { "lifetable.csv": (t) => t.replace("2024,female,70,0.0117", "2024,female,71,0.0117") },
    errors: [
      "lifetable.csv:3: age: year 2023, female: no row for age 71; net " +
        "survival needs every age (70–71) of every year for each sex",
      "lifetable.csv:2: age: year 2023, male: no row for age 71; net " +
        "survival needs every age (70–71) of every year for each sex",
      "lifetable.csv:5: age: year 2024, female: no row for age 70; net " +
        "survival needs every age (70–71) of every year for each sex",
      "lifetable.csv:4: age: year 2024, male: no row for age 71; net " +
        "survival needs every age (70–71) of every year for each sex"
    ]
  },

  // Order of dates.
  {
    name: "death before birth",
    edits: { "patients.csv": setField("P001", "death_date", "1949-01-01") },
    errors: ["patients.csv:2: death_date: 1949-01-01 is before birth_date 1950-03-14"]
  },
  {
    name: "emigration after death",
    edits: { "patients.csv": setField("P006", "emigration_date", "2023-09-01") },
    errors: ["patients.csv:7: emigration_date: 2023-09-01 is after death_date 2023-08-01"]
  },
  {
    name: "diagnosis before birth",
    edits: { "patients.csv": setField("P008", "birth_date", "2022-10-01") },
    errors: ["tumours.csv:9: diagnosis_date: 2022-09-27 is before the patient's birth on 2022-10-01 (patients.csv:9)"]
  },
  {
    name: "diagnosis after death",
    edits: { "patients.csv": setField("P003", "death_date", "2023-10-01") },
    errors: ["tumours.csv:4: diagnosis_date: 2023-10-09 is after the patient's death on 2023-10-01 (patients.csv:4)"]
  },
  {
    name: "treatment after death",
    edits: { "systemic.csv": setField("SY001", "start_date", "2024-03-01") },
    errors: ["systemic.csv:2: start_date: 2024-03-01 is after the patient's death on 2024-02-10"]
  },
  {
    name: "treatment more than 90 days before diagnosis",
    edits: { "surgery.csv": setField("S006", "surgery_date", "2024-02-01") },
    errors: [
      "surgery.csv:7: surgery_date: 2024-02-01 is 123 days before the " +
        "diagnosis of tumour T005 on 2024-06-03 (tumours.csv:6); at most 90 " +
        "days before is accepted"
    ]
  },
  {
    name: "treatment 90 days before diagnosis is accepted",
    edits: { "surgery.csv": setField("S006", "surgery_date", "2024-03-05") }
  },
  {
    name: "a recurrence before diagnosis",
    edits: { "recurrence.csv": setField("T008", "recurrence_date", "2022-09-01") },
    errors: [
      "recurrence.csv:3: recurrence_date: 2022-09-01 is before the diagnosis " +
        "of tumour T008 on 2022-09-27 (tumours.csv:9)"
    ]
  },
  {
    name: "a referral after the decision",
    edits: { "workup.csv": setField("T003", "referral_date", "2023-10-20") },
    errors: ["workup.csv:4: referral_date: 2023-10-20 is after decision_date 2023-10-16"]
  },
  {
    name: "a date after the extract date",
    edits: { "proms.csv": setLine(4, "P002,T002,epic-26,1y,urinary-incontinence,79,2025-04-01") },
    errors: ["proms.csv:4: response_date: 2025-04-01 is after the extract date 2025-03-01"]
  },
  {
    name: "a diagnosis outside the extract period",
    edits: { "tumours.csv": setField("T008", "diagnosis_date", "2021-12-20") },
    errors: ["tumours.csv:9: diagnosis_date: 2021-12-20 is outside the extract period 2022-01-01 – 2024-12-31"]
  },

  // Catchment.
  {
    name: "valid_to before valid_from",
    edits: { "catchment.csv": setField("5401", "valid_to", "2019-12-31") },
    errors: ["catchment.csv:4: valid_to: 2019-12-31 is before valid_from 2020-01-01"],
    dependent: [
      "tumours.csv:2: municipality: no usable catchment period of 5401 " +
        "covers the diagnosis date 2023-03-02; the period at catchment.csv:4 " +
        "was excluded",
      "workup.csv:2: tumour_id: tumour T001 was excluded (tumours.csv:2)",
      "surgery.csv:2: tumour_id: tumour T001 was excluded (tumours.csv:2)",
      "systemic.csv:2: tumour_id: tumour T001 was excluded (tumours.csv:2)",
      "recurrence.csv:2: tumour_id: tumour T001 was excluded (tumours.csv:2)"
    ]
  },
  {
    name: "overlapping catchment periods of one municipality",
    edits: { "catchment.csv": append("5401,Tromsø,unn,2023-06-01,2023-12-31") },
    errors: [
      "catchment.csv:9: valid_from: the period 2023-06-01 to 2023-12-31 of " +
        "municipality 5401 overlaps its period 2020-01-01 to 2023-12-31 " +
        "(catchment.csv:4)"
    ]
  },
  {
    name: "a residence with no catchment valid on the diagnosis date",
    edits: { "tumours.csv": setField("T007", "municipality", "5401") },
    errors: [
      "tumours.csv:8: municipality: 5401 has no catchment period valid on " +
        "the diagnosis date 2024-01-08 (its periods: 2020-01-01 to 2023-12-31)"
    ]
  },

  // Registries and conditional requirements.
  {
    name: "clinical_report_date missing when clinical_report is 1",
    edits: { "tumours.csv": setField("T005", "clinical_report_date", "") },
    errors: ["tumours.csv:6: clinical_report_date: missing; required when clinical_report is 1"]
  },
  {
    name: "clinical_report_date given when clinical_report is 0 (warning)",
    edits: { "tumours.csv": setField("T004", "clinical_report_date", "2024-03-01") },
    warnings: [
      "tumours.csv:5: clinical_report_date: given although clinical_report is 0 (not received); the date is kept"
    ]
  },
  {
    name: "a registry-specific column filled for another registry (warning)",
    edits: { "workup.csv": setField("T001", "psa", "4.2") },
    warnings: [
      "workup.csv:2: psa: filled for a lung tumour; psa is reported by " +
        "prostate only (the value is kept, indicators do not use it)"
    ]
  },
  {
    name: "a registry-specific tumour column filled for another registry (warning)",
    edits: { "tumours.csv": setField("T005", "histology", "nsclc") },
    warnings: [
      "tumours.csv:6: histology: filled for a colorectal tumour; histology " +
        "is reported by lung and lymphoid only (the value is kept, indicators " +
        "do not use it)"
    ]
  },
  {
    name: "an ICD-10 code outside the tumour's registry",
    edits: { "tumours.csv": setField("T006", "icd10", "C50.9") },
    errors: ["tumours.csv:7: icd10: C50.9 does not belong to the lung registry (C33, C34)"]
  },
  {
    name: "a registry not declared in extract.json",
    edits: {
      "tumours.csv": (t) =>
        setField(
          "T003",
          "icd10",
          "C43.5"
        )(setField("T003", "tumour_size_mm", "")(setField("T003", "registry", "melanoma")(t)))
    },
    errors: [
      "tumours.csv:4: registry: melanoma is not among the registries of " +
        "extract.json (lung, prostate, breast, colorectal)"
    ]
  },
  {
    name: "a childhood-registry patient aged 18 or more",
    edits: {
      "extract.json": replace(`"colorectal"]`, `"colorectal", "childhood"]`),
      "tumours.csv": setField("T008", "registry", "childhood")
    },
    errors: [
      "tumours.csv:9: registry: the patient was 56 at diagnosis; the " +
        "childhood registry covers patients under 18 (patients.csv:9)"
    ]
  },
  {
    name: "a PROM whose patient is not the tumour's",
    edits: { "proms.csv": setLine(6, "P004,T003,eortc-qlq-c30,baseline,global-health,75,2023-10-20") },
    errors: ["proms.csv:6: patient_id: P004 is not the patient of tumour T003 (that is P003, tumours.csv:4)"]
  }
];

describe("validateExtract: one bad extract per check", () => {
  test("the valid fixture has no problem", async () => {
    const { result, errors, warnings, dependent } = await check(await derive());
    expect([errors, warnings, dependent]).toEqual([[], [], []]);
    expect(result.ok).toBe(true);
  });

  for (const c of cases) {
    test(c.name, async () => {
      const { result, errors, warnings, dependent } = await check(await derive(c.edits));
      expect(errors).toEqual(c.errors ?? []);
      expect(warnings).toEqual(c.warnings ?? []);
      if (c.dependent) expect(dependent).toEqual(c.dependent);
      expect(result.ok).toBe((c.errors ?? []).length === 0);
    });
  }
});
