/**
 * The explorer's database: the cohort tables (Arrow files the page loads) under the names the catalogue
 * gives them, its setup statements run (the cohort_proms view over the narrow PROM table), and the values
 * the patient filters offer.
 */
import { openDatabase, type Database } from "./duckdb.js";
import type { ExplorerCatalogue } from "./types.js";

export async function openCohort(catalogue: ExplorerCatalogue, files: Record<string, ArrayBuffer>): Promise<Database> {
  const db = await openDatabase(
    Object.fromEntries(Object.entries(catalogue.tables).map(([table, file]) => [table, files[file]]))
  );
  for (const statement of catalogue.setup) await db.query(statement);
  return db;
}

/** The sexes, age groups and stages the cohort has, in order. */
export async function filterChoices(db: Database) {
  const distinct = async (column: string) =>
    (await db.query(`SELECT DISTINCT ${column} AS v FROM cohort WHERE ${column} IS NOT NULL ORDER BY 1`)).map(
      (d) => d.v as string
    );
  return { sex: await distinct("sex"), ageGroups: await distinct("age_group"), stages: await distinct("stage") };
}
