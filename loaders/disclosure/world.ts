/**
 * The registry as the attacker's model sees it, built once from the private relations
 * (loaders/engine/disclosureRelations.ts): for each registry its populations, its tumours by lowest unit
 * per attribution context with their memberships, the unit hierarchy, and the true count of every cell.
 * attacker.ts builds its linear programs from this.
 */
import type { ContextId } from "../engine/indicatorFields.ts";
import type { UnitLevel } from "../extract/tables.ts";
import { periodsFor, versionFor, type Period } from "../engine/periods.ts";
import type { Population, Relations } from "../engine/disclosureRelations.ts";

export interface UnitNode {
  id: string;
  level: UnitLevel;
  parent_id: string | null;
}

/** What the model needs of an indicator (indicators.json has it). */
export interface IndicatorInfo {
  id: string;
  registry: string;
  type: string;
  period: string;
  periodColumn: string;
  format: string;
  contexts: string[];
  coverage: { indicator: string; threshold: number } | null;
  versions: { version: string; validFrom: number; validTo: number | null }[];
}

export interface WorldInput {
  relations: Relations;
  units: UnitNode[];
  indicators: Record<string, IndicatorInfo>;
  years: { first: number; last: number };
}

/** The lowest level a context attributes tumours to. */
export const lowestLevel = (context: ContextId): UnitLevel => (context === "residence" ? "trust" : "hospital");

/** True counts, aggregated by population, context, year and lowest unit. */
interface Tally {
  n: number;
  x: number;
}

export class World {
  readonly relations: Relations;
  readonly indicators: Record<string, IndicatorInfo>;
  readonly years: { first: number; last: number };
  readonly unitIndex: Map<string, number>;
  readonly units: Map<string, UnitNode>;
  readonly children = new Map<string, string[]>();
  /** Row offsets of each entity's memberships (the membership file is sorted by entity). */
  readonly memberStart: Int32Array;
  private readonly populationOf = new Map<string, Population>();
  private readonly periodCache = new Map<number, Period[]>();
  private readonly byUnit = new Map<string, Int32Array>();
  private readonly tally = new Map<string, Tally>();
  private readonly lowestCache = new Map<string, number[]>();

  constructor(input: WorldInput) {
    this.relations = input.relations;
    this.indicators = input.indicators;
    this.years = input.years;
    this.unitIndex = new Map(input.relations.index.units.map((u, i) => [u, i]));
    this.units = new Map(input.units.map((u) => [u.id, u]));
    for (const u of input.units) {
      if (u.id === "nation") continue;
      const parent = u.parent_id ?? "nation";
      const list = this.children.get(parent) ?? [];
      list.push(u.id);
      this.children.set(parent, list);
    }
    for (const p of input.relations.index.populations)
      this.populationOf.set(`${p.indicator}|${p.group ?? ""}|${p.version}`, p);
    const { entity } = input.relations.membership;
    const entities = input.relations.entities.entity.length;
    this.memberStart = new Int32Array(entities + 1);
    let row = 0;
    for (let e = 0; e <= entities; e++) {
      while (row < entity.length && entity[row] < e) row++;
      this.memberStart[e] = row;
    }
    this.indexEntities();
    this.tallyMemberships();
  }

  /** Entities of a registry by lowest unit in each context: key `${registry}|${context}|${unitIndex}`. */
  private indexEntities() {
    const { entities, index } = this.relations;
    const lists = new Map<string, number[]>();
    for (const context of index.contexts) {
      const units = entities.units[context];
      for (let e = 0; e < units.length; e++) {
        if (units[e] < 0 || entities.registry[e] < 0) continue;
        const key = `${index.registries[entities.registry[e]]}|${context}|${units[e]}`;
        const list = lists.get(key) ?? [];
        list.push(e);
        lists.set(key, list);
      }
    }
    for (const [key, list] of lists) this.byUnit.set(key, Int32Array.from(list));
  }

  /** One pass over the memberships: true N and numerator per population, context, year and lowest unit. */
  private tallyMemberships() {
    const { membership, entities, index } = this.relations;
    const populations = index.populations;
    for (let e = 0; e < entities.entity.length; e++) {
      for (let r = this.memberStart[e]; r < this.memberStart[e + 1]; r++) {
        const population = populations[membership.population[r]];
        for (const context of population.contexts) {
          const unit = entities.units[context][e];
          if (unit < 0) continue;
          const key = `${population.id}|${context}|${membership.year[r]}|${unit}`;
          let t = this.tally.get(key);
          if (!t) this.tally.set(key, (t = { n: 0, x: 0 }));
          t.n += membership.weight[r];
          t.x += membership.weight[r] * membership.event[r];
        }
      }
    }
  }

  /** The population behind a cell: its indicator's version in force for the period (and its group). */
  population(cell: { indicator: string; group: string | null; end: number }): Population | undefined {
    const info = this.indicators[cell.indicator];
    if (!info) return undefined;
    const version = versionFor(info.versions, { end: cell.end });
    return version ? this.populationOf.get(`${cell.indicator}|${cell.group ?? ""}|${version.version}`) : undefined;
  }

  populationByVersion(indicator: string, group: string | null, version: string): Population | undefined {
    return this.populationOf.get(`${indicator}|${group ?? ""}|${version}`);
  }

  /** The periods a population's version serves. */
  periodsOf(population: Population): Period[] {
    let periods = this.periodCache.get(population.id);
    if (!periods) {
      const info = this.indicators[population.indicator];
      periods = periodsFor(info.period as "year", this.years.first, this.years.last).filter(
        (p) => versionFor(info.versions, p)?.version === population.version
      );
      this.periodCache.set(population.id, periods);
    }
    return periods;
  }

  /**
   * Whether a registry's cells in a context fall apart by year: every population in it is counted by
   * calendar year on the same column, so no published cell ties two years together.
   */
  separableByYear(registry: string, context: ContextId): boolean {
    const active = this.relations.index.populations.filter(
      (p) => p.registry === registry && p.contexts.includes(context)
    );
    const columns = new Set(active.map((p) => this.indicators[p.indicator].periodColumn));
    return columns.size <= 1 && active.every((p) => this.indicators[p.indicator].period === "year");
  }

  /**
   * The years a cell is judged with: its own where the context falls apart by year; else its own and those
   * of every window overlapping it (a tumour of another period column may count a year away).
   */
  yearsAround(registry: string, context: ContextId, start: number, end: number): number[] {
    let reach = 0;
    if (!this.separableByYear(registry, context)) {
      const active = this.relations.index.populations.filter(
        (p) => p.registry === registry && p.contexts.includes(context)
      );
      const span = Math.max(1, ...active.map((p) => (this.indicators[p.indicator].period === "year" ? 1 : 3)));
      reach = Math.max(1, span - 1);
    }
    const years: number[] = [];
    for (let y = Math.max(this.years.first, start - reach); y <= Math.min(this.years.last, end + reach); y++)
      years.push(y);
    return years;
  }

  /** The lowest-level units (indices) of a context at or under a unit. */
  lowestUnder(context: ContextId, unit: string): number[] {
    const key = `${context}|${unit}`;
    let list = this.lowestCache.get(key);
    if (!list) {
      const level = lowestLevel(context);
      const out: number[] = [];
      const visit = (id: string) => {
        const node = this.units.get(id);
        if (node?.level === level) {
          const index = this.unitIndex.get(id);
          if (index !== undefined) out.push(index);
          return;
        }
        for (const child of this.children.get(id) ?? []) visit(child);
      };
      visit(unit);
      list = out.sort((a, b) => a - b);
      this.lowestCache.set(key, list);
    }
    return list;
  }

  /** The unit's ancestors, nearest first, up to the nation. */
  ancestors(unit: string): string[] {
    const out: string[] = [];
    let current = this.units.get(unit);
    while (current && current.id !== "nation") {
      const parent = current.level === "region" ? "nation" : (current.parent_id ?? "nation");
      out.push(parent);
      current = this.units.get(parent);
    }
    return out;
  }

  private readonly byYear = new Map<string, Map<number, Int32Array>>();

  /**
   * Tumours of a registry attributed in a context with a membership (of a population with that context) in
   * the given year.
   */
  entitiesInYear(registry: string, context: ContextId, year: number): Int32Array {
    const key = `${registry}|${context}`;
    let years = this.byYear.get(key);
    if (!years) {
      const { entities, membership, index } = this.relations;
      const registryIndex = index.registries.indexOf(registry);
      const active = new Set(
        index.populations.filter((p) => p.registry === registry && p.contexts.includes(context)).map((p) => p.id)
      );
      const lists = new Map<number, number[]>();
      const units = entities.units[context];
      for (let e = 0; e < units.length; e++) {
        if (units[e] < 0 || entities.registry[e] !== registryIndex) continue;
        const seen = new Set<number>();
        for (let r = this.memberStart[e]; r < this.memberStart[e + 1]; r++) {
          if (!active.has(membership.population[r])) continue;
          const y = membership.year[r];
          if (seen.has(y)) continue;
          seen.add(y);
          const list = lists.get(y) ?? [];
          list.push(e);
          lists.set(y, list);
        }
      }
      years = new Map([...lists].map(([y, list]) => [y, Int32Array.from(list)]));
      this.byYear.set(key, years);
    }
    return years.get(year) ?? new Int32Array(0);
  }

  /** Tumours of a registry whose lowest unit in the context is the given unit. */
  entitiesAt(registry: string, context: ContextId, unitIndex: number): Int32Array {
    return this.byUnit.get(`${registry}|${context}|${unitIndex}`) ?? new Int32Array(0);
  }

  /** The true N and numerator of a cell. */
  truth(cell: {
    indicator: string;
    group: string | null;
    start: number;
    end: number;
    context: ContextId;
    unit: string;
  }): Tally | null {
    const population = this.population(cell);
    if (!population) return null;
    const out = { n: 0, x: 0 };
    for (const unit of this.lowestUnder(cell.context, cell.unit))
      for (let y = cell.start; y <= cell.end; y++) {
        const t = this.tally.get(`${population.id}|${cell.context}|${y}|${unit}`);
        if (t) {
          out.n += t.n;
          out.x += t.x;
        }
      }
    return out;
  }
}
