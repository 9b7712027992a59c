/**
 * The rules particular to one table, on top of the shared checks in tableRun.ts: the unit hierarchy,
 * catchment periods, the order of a patient's dates, a tumour's registry, period, residence and patient,
 * a workup's referral before its decision, a PROM's patient, a life table net survival can use.
 */
import { NO_DATE, completedYears, formatDay } from "./dates.ts";
import { EXCLUDED, USED, type CatchmentPeriod } from "./extractState.ts";
import { isNationalIdentityNumber } from "./nationalIdentityNumber.ts";
import { registries, registryIds, type RegistryId } from "./registries.ts";
import { unitLevels, type TableName, type UnitsTableLevel } from "./tables.ts";
import type { Row, TableRules, TableRun } from "./tableRun.ts";

const bad = (row: Row) => row.errors > 0 || row.dependent;

/** Column helpers: the typed value, the text, whether the cell was valid. */
function value<T extends string | number>(run: TableRun, row: Row, column: string): T | null {
  return row.values[run.col[column]] as T | null;
}

function text(run: TableRun, row: Row, column: string): string {
  return row.texts[run.col[column]];
}

const units: TableRules = {
  table(run, rows) {
    const map = run.state.units;
    const rowById = new Map<string, Row>();
    for (const row of rows) {
      const id = value<string>(run, row, "unit_id");
      if (id === null || row.index < 0) continue;
      rowById.set(id, row);
      map.set(id, {
        level: value<UnitsTableLevel>(run, row, "level"),
        parent: value<string>(run, row, "parent_id"),
        line: row.line,
        status: 0
      });
    }
    for (const row of rows) {
      const level = value<UnitsTableLevel>(run, row, "level");
      const parent = value<string>(run, row, "parent_id");
      if (level === null || row.invalid[run.col.parent_id]) continue;
      const expected = unitLevels[unitLevels.indexOf(level) - 1];
      if (expected === undefined) {
        if (parent !== null)
          run.report(
            row,
            "wrong-unit-level",
            "parent_id",
            `a region has no parent; leave parent_id empty (it is ${parent})`
          );
        continue;
      }
      if (parent === null) {
        run.report(row, "missing-value", "parent_id", `missing; a ${level} needs its ${expected} as parent`);
        continue;
      }
      const unit = map.get(parent);
      if (unit === undefined)
        run.report(row, "unknown-reference", "parent_id", `${parent} is not a unit in ${run.source.file}`);
      else if (unit.level !== null && unit.level !== expected) {
        run.report(
          row,
          "wrong-unit-level",
          "parent_id",
          `${parent} is a ${unit.level}; the parent of a ${level} must be a ${expected}`
        );
      }
    }
    // Cycles: follow parent_id from every unit; a chain that comes back to a unit on it is a cycle.
    const done = new Set<string>();
    for (const start of rowById.keys()) {
      const path: string[] = [];
      const onPath = new Set<string>();
      let id: string | null = start;
      while (id !== null && !done.has(id) && !onPath.has(id)) {
        path.push(id);
        onPath.add(id);
        id = map.get(id)?.parent ?? null;
      }
      if (id !== null && onPath.has(id)) {
        const cycle = path.slice(path.indexOf(id));
        const chain = [...cycle, id].join(" → ");
        for (const member of cycle)
          run.report(rowById.get(member)!, "unit-cycle", "parent_id", `the parent chain ${chain} is a cycle`);
      }
      for (const visited of path) done.add(visited);
    }
    // A unit whose parent is excluded goes too (a hospital of an excluded trust).
    for (let changed = true; changed;) {
      changed = false;
      for (const row of rows) {
        const parent = value<string>(run, row, "parent_id");
        const parentRow = parent === null ? undefined : rowById.get(parent);
        if (!bad(row) && parentRow !== undefined && bad(parentRow)) {
          run.report(
            row,
            "dependency",
            "parent_id",
            `parent ${parent} was excluded (${run.where("units", parentRow.line)})`
          );
          changed = true;
        }
      }
    }
    for (const [id, row] of rowById) map.get(id)!.status = bad(row) ? EXCLUDED : USED;
  }
};

function periodText(period: CatchmentPeriod): string {
  return period.to === NO_DATE
    ? `${formatDay(period.from)} onwards`
    : `${formatDay(period.from)} to ${formatDay(period.to)}`;
}

const catchment: TableRules = {
  row(run, row) {
    const from = value<number>(run, row, "valid_from");
    const to = value<number>(run, row, "valid_to");
    if (from !== null && to !== null && to < from) {
      run.report(
        row,
        "date-order",
        "valid_to",
        `${text(run, row, "valid_to")} is before valid_from ${text(run, row, "valid_from")}`
      );
    }
  },
  table(run, rows) {
    const periods: { period: CatchmentPeriod; row: Row }[] = [];
    for (const row of rows) {
      const municipality = value<string>(run, row, "municipality");
      const from = value<number>(run, row, "valid_from");
      if (municipality === null || from === null) continue;
      const period: CatchmentPeriod = {
        municipality,
        from,
        to: value<number>(run, row, "valid_to") ?? NO_DATE,
        trust: value<string>(run, row, "trust_id") ?? "",
        line: row.line,
        status: 0
      };
      periods.push({ period, row });
    }
    periods.sort(
      (a, b) =>
        a.period.municipality.localeCompare(b.period.municipality) ||
        a.period.from - b.period.from ||
        a.row.line - b.row.line
    );
    let previous: CatchmentPeriod | null = null;
    for (const { period, row } of periods) {
      if (previous !== null && previous.municipality !== period.municipality) previous = null;
      if (bad(row)) continue;
      if (previous !== null && (previous.to === NO_DATE || previous.to >= period.from)) {
        run.report(
          row,
          "catchment-overlap",
          "valid_from",
          `the period ${periodText(period)} of municipality ` +
            `${period.municipality} overlaps its period ${periodText(previous)} ` +
            `(${run.where("catchment", previous.line)})`
        );
        continue;
      }
      previous = period;
    }
    for (const { period, row } of periods) {
      period.status = bad(row) ? EXCLUDED : USED;
      const list = run.state.catchment.get(period.municipality) ?? [];
      list.push(period);
      run.state.catchment.set(period.municipality, list);
    }
  }
};

const patients: TableRules = {
  row(run, row) {
    if (isNationalIdentityNumber(text(run, row, "patient_id"))) {
      run.report(
        row,
        "identity-number",
        "patient_id",
        "is a national identity number (11 digits with valid check digits); an " +
          "extract must carry pseudonyms, never the identity number"
      );
    }
    const birth = value<number>(run, row, "birth_date");
    const death = value<number>(run, row, "death_date");
    const emigration = value<number>(run, row, "emigration_date");
    if (birth !== null && death !== null && death < birth) {
      run.report(
        row,
        "date-order",
        "death_date",
        `${text(run, row, "death_date")} is before birth_date ${text(run, row, "birth_date")}`
      );
    }
    if (birth !== null && emigration !== null && emigration < birth) {
      run.report(
        row,
        "date-order",
        "emigration_date",
        `${text(run, row, "emigration_date")} is before birth_date ${text(run, row, "birth_date")}`
      );
    }
    if (death !== null && emigration !== null && emigration > death) {
      run.report(
        row,
        "date-order",
        "emigration_date",
        `${text(run, row, "emigration_date")} is after death_date ${text(run, row, "death_date")}`
      );
    }
  },
  keep(run, row) {
    run.state.patients.payload.birth[row.index] = value<number>(run, row, "birth_date") ?? NO_DATE;
    run.state.patients.payload.death[row.index] = value<number>(run, row, "death_date") ?? NO_DATE;
  }
};

const registryCodes = new Map<string, readonly string[]>(registries.map((r) => [r.id, r.icd10]));

const tumours: TableRules = {
  row(run, row) {
    const registry = value<string>(run, row, "registry");
    const icd10 = value<string>(run, row, "icd10");
    const diagnosis = value<number>(run, row, "diagnosis_date");
    const { facts, state } = run;
    if (registry !== null && facts.registries !== null && !facts.registries.has(registry)) {
      run.report(
        row,
        "undeclared-registry",
        "registry",
        `${registry} is not among the registries of extract.json (${[...facts.registries].join(", ")})`
      );
    }
    const codes = registry === null ? undefined : registryCodes.get(registry);
    if (icd10 !== null && codes !== undefined && codes.length > 0 && !codes.includes(icd10.slice(0, 3))) {
      run.report(
        row,
        "icd10-registry",
        "icd10",
        `${icd10} does not belong to the ${registry} registry (${codes.join(", ")})`
      );
    }
    if (diagnosis === null) return;
    if (
      facts.periodFrom !== null &&
      facts.periodTo !== null &&
      (diagnosis < facts.periodFrom || diagnosis > facts.periodTo)
    ) {
      run.report(
        row,
        "outside-period",
        "diagnosis_date",
        `${text(run, row, "diagnosis_date")} is outside the extract period ${facts.period!.from} – ${facts.period!.to}`
      );
    }
    if (row.patient >= 0) {
      const birth = state.patients.payload.birth[row.patient];
      const death = state.patients.payload.death[row.patient];
      const where = run.where("patients", state.patients.line[row.patient]);
      if (birth !== NO_DATE && diagnosis < birth) {
        run.report(
          row,
          "before-birth",
          "diagnosis_date",
          `${text(run, row, "diagnosis_date")} is before the patient's birth on ${formatDay(birth)} (${where})`
        );
      } else if (registry === "childhood" && birth !== NO_DATE && completedYears(birth, diagnosis) >= 18) {
        run.report(
          row,
          "icd10-registry",
          "registry",
          `the patient was ${completedYears(birth, diagnosis)} at diagnosis; the ` +
            `childhood registry covers patients under 18 (${where})`
        );
      }
      if (death !== NO_DATE && diagnosis > death) {
        run.report(
          row,
          "after-death",
          "diagnosis_date",
          `${text(run, row, "diagnosis_date")} is after the patient's death on ${formatDay(death)} (${where})`
        );
      }
    }
    checkResidence(run, row, diagnosis);
    if (value(run, row, "clinical_report") === 0 && value(run, row, "clinical_report_date") !== null) {
      run.report(
        row,
        "contradiction",
        "clinical_report_date",
        `given although clinical_report is 0 (not received); the date is kept`
      );
    }
  },
  keep(run, row) {
    const payload = run.state.tumours.payload;
    payload.diagnosis[row.index] = value<number>(run, row, "diagnosis_date")!;
    payload.registry[row.index] = registryIds.indexOf(value<string>(run, row, "registry") as RegistryId);
    payload.patient[row.index] = row.patient;
  }
};

/** The municipality of residence must have exactly one catchment period valid on the diagnosis date. */
function checkResidence(run: TableRun, row: Row, diagnosis: number): void {
  const municipality = value<string>(run, row, "municipality");
  if (municipality === null) return;
  const file = run.fileOf("catchment");
  if (run.state.sources.get("catchment")?.unusable) {
    run.report(row, "dependency", "municipality", `${municipality} cannot be checked: ${file} could not be used`);
    return;
  }
  const periods = run.state.catchment.get(municipality);
  if (periods === undefined) {
    run.report(row, "unknown-reference", "municipality", `${municipality} is not a municipality in ${file}`);
    return;
  }
  const covers = (p: CatchmentPeriod) => p.from <= diagnosis && (p.to === NO_DATE || diagnosis <= p.to);
  if (periods.some((p) => p.status === USED && covers(p))) return;
  // An excluded period that covers the date, or any excluded period (its dates may be the error):
  // the tumour is fine, the catchment table is not.
  const excluded = periods.find((p) => p.status !== USED && covers(p)) ?? periods.find((p) => p.status !== USED);
  if (excluded) {
    run.report(
      row,
      "dependency",
      "municipality",
      `no usable catchment period of ${municipality} covers the diagnosis ` +
        `date ${formatDay(diagnosis)}; the period at ` +
        `${run.where("catchment", excluded.line)} was excluded`
    );
    return;
  }
  const valid = periods.filter((p) => p.status === USED).map(periodText);
  run.report(
    row,
    "no-catchment",
    "municipality",
    `${municipality} has no catchment period valid on the diagnosis date ${formatDay(diagnosis)}` +
      (valid.length > 0 ? ` (its periods: ${valid.join(", ")})` : "")
  );
}

const workup: TableRules = {
  row(run, row) {
    const referral = value<number>(run, row, "referral_date");
    const decision = value<number>(run, row, "decision_date");
    if (referral !== null && decision !== null && referral > decision) {
      run.report(
        row,
        "date-order",
        "referral_date",
        `${text(run, row, "referral_date")} is after decision_date ${text(run, row, "decision_date")}`
      );
    }
  }
};

const proms: TableRules = {
  row(run, row) {
    if (row.patient < 0 || row.tumour < 0) return;
    const owner = run.state.tumours.payload.patient[row.tumour];
    if (owner !== row.patient) {
      const tumour = run.state.tumours.keys.key(row.tumour);
      run.report(
        row,
        "patient-mismatch",
        "patient_id",
        `${text(run, row, "patient_id")} is not the patient of tumour ` +
          `${tumour} (that is ${run.state.patients.keys.key(owner)}, ` +
          `${run.where("tumours", run.state.tumours.line[row.tumour])})`
      );
    }
  }
};

/** Ages listed in a message: the first few, then how many more. */
function listAges(ages: number[]): string {
  return ages.length <= 6 ? ages.join(", ") : `${ages.slice(0, 5).join(", ")} and ${ages.length - 5} more`;
}

/**
 * Net survival (loaders/stats/dailyHazardTable.ts) needs a finite hazard in every cell and every
 * (year, age) cell for each sex the table lists. (Outside its years and ages it uses the nearest ones;
 * the compute step warns when the table is that short.)
 */
const lifetable: TableRules = {
  row(run, row) {
    if (value<number>(run, row, "qx") === 1) {
      run.report(
        row,
        "out-of-range",
        "qx",
        "1 is not accepted: a probability of dying of 1 is an infinite hazard " +
          "in net survival; give the oldest age a value below 1 (e.g. 0.99999)"
      );
    }
  },
  table(run, rows) {
    // Gaps are looked for once every row is valid: an invalid row is a gap already reported.
    if (rows.some((r) => r.errors > 0)) return;
    const cells = new Map<string, Map<number, Row>>(); // "sex|year" → age → row
    const firstOfYear = new Map<number, Row>();
    const years = new Set<number>();
    const ages = new Set<number>();
    const sexes = new Set<string>();
    for (const row of rows) {
      const [year, sex, age] = [
        value<number>(run, row, "year"),
        value<string>(run, row, "sex"),
        value<number>(run, row, "age")
      ];
      if (year === null || sex === null || age === null) continue;
      years.add(year);
      if (!firstOfYear.has(year)) firstOfYear.set(year, row);
      ages.add(age);
      sexes.add(sex);
      const key = `${sex}|${year}`;
      if (!cells.has(key)) cells.set(key, new Map());
      cells.get(key)!.set(age, row);
    }
    if (years.size === 0) return;
    const allAges = [...ages].sort((a, b) => a - b);
    const allYears = [...years].sort((a, b) => a - b);
    for (const year of allYears) {
      for (const sex of [...sexes].sort()) {
        const listed = cells.get(`${sex}|${year}`);
        const missing = allAges.filter((a) => !listed?.has(a));
        if (missing.length === 0) continue;
        // Reported on the year's first row for this sex (or, if it has none, for any sex).
        run.report(
          listed ? listed.values().next().value! : firstOfYear.get(year)!,
          "life-table-gap",
          "age",
          `year ${year}, ${sex}: no row for age ${listAges(missing)}; net ` +
            `survival needs every age (${allAges[0]}–${allAges.at(-1)}) of every ` +
            `year for each sex`
        );
      }
    }
  }
};

export const tableRules: Record<TableName, TableRules> = {
  units,
  catchment,
  patients,
  tumours,
  workup,
  surgery: {},
  radiotherapy: {},
  systemic: {},
  recurrence: {},
  proms,
  lifetable
};
