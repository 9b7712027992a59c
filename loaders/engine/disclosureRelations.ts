/**
 * Which tumours are behind every published count: the private relations file the optimiser and `qi audit`
 * build their attacker from (docs/disclosure.md, "The attacker"). Written by `qi compute` into the results
 * folder beside cohort.arrow; never part of a site.
 *
 * - disclosure-entities.arrow: one row per tumour (row i is cohort_row i): its registry and its lowest unit
 *   in each attribution context (an index into `units`, −1 where the tumour has none).
 * - disclosure-membership.arrow: one row per tumour and population it belongs to. A population is one
 *   indicator version (and group): the rows its SQL selects. `year` places the row in periods (the
 *   indicator's period column), `event` says whether it is counted in the numerator (deaths or recurrences
 *   by the horizon for survival and cumulative incidence), `value` is the measured value of a median
 *   indicator (NaN otherwise), `weight` the number of rows of the view it stands for (PROM scores).
 * - disclosure-relations.json: the index: registries, units, contexts and the populations (indicator,
 *   version, group, years served, type).
 *
 * The membership is the indicators' own SQL run on the engine's cohort views, so a count summed from it is
 * the count the engine published; the audit checks that for every published count.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { tableFromIPC } from "apache-arrow";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { columnsToArrowIPC } from "../output/arrow.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import { lowestColumn } from "./contexts.ts";
import { contextIds, type ContextId } from "./indicatorFields.ts";
import type { IndicatorDefinition } from "./indicatorSchema.ts";
import { measureOf, versionSql } from "./measures/index.ts";
import { periodsFor, versionFor } from "./periods.ts";

export const relationFiles = {
  index: "disclosure-relations.json",
  entities: "disclosure-entities.arrow",
  membership: "disclosure-membership.arrow"
} as const;

export interface Population {
  id: number;
  indicator: string;
  version: string;
  group: string | null;
  registry: string;
  type: IndicatorDefinition["type"];
  contexts: ContextId[];
  /** Calendar years (of the period column) whose periods this version serves. */
  years: number[];
}

export interface RelationIndex {
  registries: string[];
  units: string[];
  contexts: ContextId[];
  populations: Population[];
}

/** The relations, read back as typed columns. */
export interface Relations {
  index: RelationIndex;
  entities: { entity: Int32Array; registry: Int32Array; units: Record<ContextId, Int32Array> };
  membership: {
    entity: Int32Array;
    population: Int32Array;
    year: Int32Array;
    event: Int32Array;
    value: Float64Array;
    weight: Int32Array;
  };
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Every population of the catalogue with the SELECT that lists its rows. */
function populationQueries(
  catalogue: CatalogueEntry[],
  years: { firstYear: number; lastYear: number }
): { population: Omit<Population, "id">; select: string }[] {
  const out: { population: Omit<Population, "id">; select: string }[] = [];
  for (const { definition } of [...catalogue].sort((a, b) => (a.definition.id < b.definition.id ? -1 : 1))) {
    const periods = periodsFor(definition.period, years.firstYear, years.lastYear);
    for (const version of definition.versions) {
      const served = new Set<number>();
      for (const p of periods)
        if (versionFor(definition.versions, p)?.version === version.version)
          for (let y = p.start; y <= p.end; y++) served.add(y);
      if (served.size === 0) continue;
      const sql = versionSql(definition, version);
      // The measure says what an event and a value are, as the engine counts them.
      const relation = measureOf(definition).relation(definition, sql);
      for (const group of relation.groups) {
        const where = [
          sql.where,
          `${sql.periodColumn} IN (${[...served].sort().join(", ")})`,
          ...(group === null ? [] : [`(${sql.group})::VARCHAR = ${literal(group)}`])
        ].join(" AND ");
        out.push({
          population: {
            indicator: definition.id,
            version: String(version.version),
            group,
            registry: definition.registry,
            type: definition.type,
            contexts: [...definition.contexts],
            years: [...served].sort((a, b) => a - b)
          },
          select:
            `SELECT cohort_row AS entity, ${sql.periodColumn}::INTEGER AS year, ` +
            `(${relation.event})::INTEGER AS event, ${relation.value} AS value FROM ${sql.view} WHERE ${where}`
        });
      }
    }
  }
  return out;
}

const intColumn = (values: unknown[]) => Int32Array.from(values, (v) => Number(v));

/**
 * Computes the relations on the engine's connection (cohort views built) and returns the three files'
 * contents, keyed by file name.
 */
export async function computeRelations(
  connection: DuckDBConnection,
  catalogue: CatalogueEntry[],
  years: { firstYear: number; lastYear: number }
): Promise<Record<string, Uint8Array | string>> {
  const registries = [...new Set(catalogue.map((e) => e.definition.registry))].sort();
  const queries = populationQueries(catalogue, years);
  const populations: Population[] = queries.map((q, id) => ({ id, ...q.population }));
  const unitSelect = contextIds.map((c) => `${lowestColumn(c)} AS unit_${c}`).join(", ");
  const entityRows = (
    await connection.runAndReadAll(
      // Every tumour, so that entity i is row i (registries without indicators get −1).
      `SELECT cohort_row AS entity, registry, ${unitSelect} FROM cohort ORDER BY cohort_row`
    )
  ).getColumnsJS();
  const units = new Set<string>();
  for (let c = 0; c < contextIds.length; c++)
    for (const u of entityRows[2 + c]) if (u !== null && u !== undefined) units.add(String(u));
  const unitList = [...units].sort();
  const unitIndex = new Map(unitList.map((u, i) => [u, i]));
  const registryIndex = new Map(registries.map((r, i) => [r, i]));
  const entities: Record<string, Int32Array> = {
    entity: intColumn(entityRows[0]),
    registry: Int32Array.from(entityRows[1], (r) => registryIndex.get(String(r)) ?? -1)
  };
  contextIds.forEach((c, k) => {
    entities[`unit_${c}`] = Int32Array.from(entityRows[2 + k], (u) =>
      u === null || u === undefined ? -1 : unitIndex.get(String(u))!
    );
  });
  const union = queries.map((q, id) => `SELECT ${id} AS population, * FROM (${q.select})`).join("\nUNION ALL\n");
  const membership = (
    await connection.runAndReadAll(
      `SELECT entity, population, year, event, value, count(*)::INTEGER AS weight FROM (${union}) ` +
        `GROUP BY ALL ORDER BY entity, population, year, event, value`
    )
  ).getColumnsJS();
  const index: RelationIndex = { registries, units: unitList, contexts: [...contextIds], populations };
  return {
    [relationFiles.index]: JSON.stringify(index, null, 1) + "\n",
    [relationFiles.entities]: columnsToArrowIPC(entities),
    [relationFiles.membership]: columnsToArrowIPC({
      entity: intColumn(membership[0]),
      population: intColumn(membership[1]),
      year: intColumn(membership[2]),
      event: intColumn(membership[3]),
      value: Float64Array.from(membership[4], (v) => (v === null ? Number.NaN : Number(v))),
      weight: intColumn(membership[5])
    })
  };
}

function intArrays(path: string): Record<string, Int32Array | Float64Array> {
  const table = tableFromIPC(readFileSync(path));
  const out: Record<string, Int32Array | Float64Array> = {};
  for (const field of table.schema.fields) out[field.name] = table.getChild(field.name)!.toArray() as Int32Array;
  return out;
}

/** Reads the relations a results folder holds; throws naming the folder when they are missing. */
export function readRelations(resultsDir: string): Relations {
  let index: RelationIndex;
  try {
    index = JSON.parse(readFileSync(join(resultsDir, relationFiles.index), "utf8")) as RelationIndex;
  } catch {
    throw new Error(
      `${resultsDir}: no ${relationFiles.index} (the results were computed without disclosure relations; ` +
        "compute them again with this version of qi)"
    );
  }
  const e = intArrays(join(resultsDir, relationFiles.entities));
  const m = intArrays(join(resultsDir, relationFiles.membership));
  return {
    index,
    entities: {
      entity: e.entity as Int32Array,
      registry: e.registry as Int32Array,
      units: Object.fromEntries(index.contexts.map((c) => [c, e[`unit_${c}`] as Int32Array])) as Record<
        ContextId,
        Int32Array
      >
    },
    membership: {
      entity: m.entity as Int32Array,
      population: m.population as Int32Array,
      year: m.year as Int32Array,
      event: m.event as Int32Array,
      value: m.value as Float64Array,
      weight: m.weight as Int32Array
    }
  };
}
