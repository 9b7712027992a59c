/**
 * The attacker: how far can someone holding every published number narrow a protected count? Exact
 * whole-number reasoning over every relation between published cells (docs/disclosure.md, "The attacker").
 *
 * The model. A tumour's "type" in an attribution context is what the published cells of that context can
 * tell about it: the populations it belongs to (every indicator version and group with that context), the
 * year it counts in for each, whether it is in the numerator, and where its value lies among the printed
 * medians and interval ends. Shared and nested populations, windows and medians are all relations between
 * types; the hierarchy adds cells up. The unknowns are z[u, t], the number of tumours of type t at lowest
 * unit u (hospital, or trust for residence); a cell's count is a sum of them, and every published number or
 * label bounds one such sum. Types are taken from the data (a type that never occurs is known not to), and
 * a unit without a row for a population and period is known to have none of it. Contexts are tied
 * together only by the tumours being the same nationally: nothing published says how the patients of one
 * hospital spread over the catchment areas, so the attacker does not know it.
 *
 * Neighbourhoods. The exact program over a whole registry is large, so each protected cell is judged in a
 * neighbourhood (a context, a root unit above the cell, the cell's years), two ways:
 * - restriction: tumours outside the neighbourhood, and the number of each type under the root, are fixed at
 *   the truth. An attacker who knows all that is stronger than the real one, so a cell this attacker cannot
 *   narrow is protected (it needs whole-number solutions at both ends: the linear program's, or a MILP's);
 * - relaxation: only the cells inside the neighbourhood are known, and cells reaching outside it give upper
 *   bounds only. This attacker is weaker than the real one, so a range it narrows below the requirement is a
 *   proven disclosure.
 * The root moves up the hierarchy (parent, grandparent, …, nation), then the years widen to all, until one
 * of the two decides.
 */
import type { Highs, Model } from "highs";
import type { ContextId } from "../engine/indicatorFields.ts";
import type { KnownCell, Protection } from "./cells.ts";
import { createModel, highsRuntime, isWhole, optimise, type SparseRow } from "./highs.ts";
import type { Population } from "../engine/disclosureRelations.ts";
import type { World } from "./world.ts";

export interface NeighbourhoodSpec {
  registry: string;
  context: ContextId;
  /** A unit above the protected cells, or "nation". */
  root: string;
  /** The calendar years, or null for all. */
  years: number[] | null;
  mode: "restriction" | "relaxation";
}

interface TypeMember {
  population: number;
  year: number;
  event: number;
  bin: number;
  weight: number;
}

/** A row of the program and the cell (and count) it comes from. */
interface RowSource {
  cell: string | null;
  what: "n" | "x" | "order" | "coverage" | "type-total";
}

export interface Range {
  min: number;
  max: number;
  /** True when both ends come from whole-number solutions. */
  whole: boolean;
}

export interface LinearRange extends Range {
  /** The published constraints contradict each other (the relations do not match what is published). */
  infeasible: boolean;
  /** Per end, the cells whose rows the bound rests on. */
  proof: { min: Set<string>; max: Set<string> };
}

/** The cells the attacker sees, indexed for the model builder. */
export class KnownCells {
  readonly byId = new Map<string, KnownCell>();
  private readonly byContextUnit = new Map<string, KnownCell[]>();
  private readonly rowExists = new Set<string>();

  constructor(
    private readonly world: World,
    cells: Iterable<KnownCell>
  ) {
    for (const cell of cells) this.add(cell);
  }

  add(cell: KnownCell) {
    this.byId.set(cell.id, cell);
    const key = `${cell.context}|${cell.unit}`;
    const list = this.byContextUnit.get(key) ?? [];
    list.push(cell);
    this.byContextUnit.set(key, list);
    const population = this.world.population(cell);
    if (population) this.rowExists.add(`${population.id}|${cell.period}|${cell.context}|${cell.unit}`);
  }

  /** Replaces what is known of a cell (the optimiser hiding it). */
  replace(cell: KnownCell) {
    const old = this.byId.get(cell.id);
    if (!old) throw new RangeError(`KnownCells.replace: unknown cell ${cell.id}`);
    Object.assign(old, cell);
  }

  at(context: ContextId, unit: string): KnownCell[] {
    return this.byContextUnit.get(`${context}|${unit}`) ?? [];
  }

  /** A row is published for the population, period, context and unit (possibly hidden): N may be non-zero. */
  hasRow(population: number, period: string, context: ContextId, unit: string): boolean {
    return this.rowExists.has(`${population}|${period}|${context}|${unit}`);
  }
}

/** The units strictly under a unit (any level), in one context's hierarchy. */
function unitsUnder(world: World, root: string): string[] {
  const out: string[] = [];
  const visit = (id: string) => {
    for (const child of world.children.get(id) ?? []) {
      out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

const insideYears = (years: Set<number> | null, start: number, end: number) => {
  if (years === null) return true;
  for (let y = start; y <= end; y++) if (!years.has(y)) return false;
  return true;
};

/** One neighbourhood's linear program, solvable for any protected cell inside it. */
export class Neighbourhood {
  readonly rows: SparseRow[] = [];
  readonly sources: RowSource[] = [];
  private readonly columnsOf = new Map<
    string,
    { n: Map<number, number>; x: Map<number, number>; fixedN: number; fixedX: number }
  >();
  private model: Model | null = null;
  private highs: Highs | null = null;
  columns = 0;
  /** Cells the program can judge: under the root, with their years inside the neighbourhood. */
  readonly judged = new Set<string>();

  constructor(
    private readonly world: World,
    private readonly known: KnownCells,
    readonly spec: NeighbourhoodSpec
  ) {
    this.build();
  }

  private build() {
    const { world, known, spec } = this;
    const { context, registry, root } = spec;
    const years = spec.years ? new Set(spec.years) : null;
    const { relations } = world;
    const populations = relations.index.populations;
    const active = new Set(
      populations.filter((p) => p.registry === registry && p.contexts.includes(context)).map((p) => p.id)
    );
    const restriction = spec.mode === "restriction";
    const under = unitsUnder(world, root);
    const cellUnits = restriction ? under : [root, ...under];
    const lowest = world.lowestUnder(context, root);

    // Printed thresholds (medians and interval ends) of every cell a tumour here counts in, per population.
    const thresholds = new Map<number, number[]>();
    for (const unit of [root, ...under, ...world.ancestors(root)])
      for (const cell of known.at(context, unit)) {
        if (cell.order.length === 0) continue;
        const population = world.population(cell);
        if (!population) continue;
        const list = thresholds.get(population.id) ?? [];
        for (const s of cell.order) list.push(s.threshold);
        thresholds.set(population.id, list);
      }
    for (const [id, list] of thresholds)
      thresholds.set(
        id,
        [...new Set(list)].sort((a, b) => a - b)
      );
    const binOf = (population: number, value: number): number => {
      const list = thresholds.get(population);
      if (!list || Number.isNaN(value)) return 0;
      let below = 0;
      while (below < list.length && list[below] < value) below++;
      return 2 * below + (below < list.length && list[below] === value ? 1 : 0);
    };

    const { membership, entities } = relations;
    const typeIndex = new Map<string, number>();
    const types: TypeMember[][] = [];
    const typeOf = (e: number): number | null => {
      const members: TypeMember[] = [];
      let inYears = false;
      for (let r = world.memberStart[e]; r < world.memberStart[e + 1]; r++) {
        const population = membership.population[r];
        if (!active.has(population)) continue;
        const year = membership.year[r];
        if (years === null || years.has(year)) inYears = true;
        members.push({
          population,
          year,
          event: membership.event[r],
          bin: binOf(population, membership.value[r]),
          weight: membership.weight[r]
        });
      }
      if (!inYears || members.length === 0) return null;
      const key = members.map((m) => `${m.population}:${m.year}:${m.event}:${m.bin}:${m.weight}`).join("|");
      let t = typeIndex.get(key);
      if (t === undefined) {
        typeIndex.set(key, (t = types.length));
        types.push(members);
      }
      return t;
    };
    // The tumours of the neighbourhood, counted by lowest unit and type (the truth).
    const truth = new Map<number, Map<number, number>>();
    const lowestSet = new Set(lowest);
    for (const unit of lowest) {
      const counts = new Map<number, number>();
      for (const e of world.entitiesAt(registry, context, unit)) {
        const t = typeOf(e);
        if (t !== null) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      truth.set(unit, counts);
    }
    if (!restriction) {
      // The relaxed attacker may place any type that occurs in the registry at any unit.
      const units = entities.units[context];
      const yearList = years ? [...years] : this.allYears();
      for (const year of yearList)
        for (const e of world.entitiesInYear(registry, context, year)) if (!lowestSet.has(units[e])) typeOf(e);
    }

    // Columns: z[u, t] where every population-year of t has a row at u (else the unit is known to have none).
    const periodsContaining = new Map<string, string[]>();
    const periodLabels = (population: number, year: number) => {
      const key = `${population}|${year}`;
      let labels = periodsContaining.get(key);
      if (!labels) {
        labels = world
          .periodsOf(populations[population])
          .filter((p) => p.start <= year && year <= p.end)
          .map((p) => p.label);
        periodsContaining.set(key, labels);
      }
      return labels;
    };
    const unitName = relations.index.units;
    const column = new Map<string, number>();
    for (const u of lowest) {
      for (let t = 0; t < types.length; t++) {
        const allowed = types[t].every((m) =>
          periodLabels(m.population, m.year).every((label) => known.hasRow(m.population, label, context, unitName[u]))
        );
        // (A unit with such tumours but no row says it has none: wrong, but no disclosure; keep the truth possible.)
        if (allowed || (truth.get(u)?.get(t) ?? 0) > 0) column.set(`${u}|${t}`, this.columns++);
      }
    }
    // Types by population and year, to find a cell's columns.
    const typesAt = new Map<string, { t: number; member: TypeMember }[]>();
    types.forEach((members, t) => {
      for (const member of members) {
        const key = `${member.population}|${member.year}`;
        const list = typesAt.get(key) ?? [];
        list.push({ t, member });
        typesAt.set(key, list);
      }
    });

    if (restriction) {
      // The number of each type under the root is known (at the truth).
      for (let t = 0; t < types.length; t++) {
        const indices: number[] = [];
        let total = 0;
        for (const u of lowest) {
          const c = column.get(`${u}|${t}`);
          if (c !== undefined) indices.push(c);
          total += truth.get(u)?.get(t) ?? 0;
        }
        if (indices.length > 1)
          this.addRow({ indices, values: indices.map(() => 1), lo: total, hi: total }, null, "type-total");
        else if (indices.length === 1) this.addRow({ indices, values: [1], lo: total, hi: total }, null, "type-total");
      }
    }

    // The sums behind a cell: its columns (N and numerator) and, for the restriction, the fixed rest.
    const sums = (
      population: Population,
      unit: string,
      start: number,
      end: number,
      keep: (m: TypeMember) => number
    ): { indices: number[]; values: number[]; inside: number } => {
      const coefficients = new Map<number, number>();
      let inside = 0;
      for (const u of world.lowestUnder(context, unit)) {
        const counts = truth.get(u);
        for (let y = start; y <= end; y++)
          for (const { t, member } of typesAt.get(`${population.id}|${y}`) ?? []) {
            const coefficient = keep(member);
            if (coefficient === 0) continue;
            const c = column.get(`${u}|${t}`);
            if (c !== undefined) coefficients.set(c, (coefficients.get(c) ?? 0) + coefficient);
            inside += coefficient * (counts?.get(t) ?? 0);
          }
      }
      return { indices: [...coefficients.keys()], values: [...coefficients.values()], inside };
    };

    for (const unit of cellUnits) {
      for (const cell of known.at(context, unit)) {
        const population = world.population(cell);
        if (!population || population.registry !== registry) continue;
        const truthOfCell = world.truth(cell);
        if (!truthOfCell) continue;
        const exactInside = insideYears(years, cell.start, cell.end);
        const n = sums(population, cell.unit, cell.start, cell.end, (m) => m.weight);
        if (n.indices.length === 0 && n.inside === 0) continue;
        const x = sums(population, cell.unit, cell.start, cell.end, (m) => m.weight * m.event);
        const fixedN = restriction ? truthOfCell.n - n.inside : 0;
        const fixedX = restriction ? truthOfCell.x - x.inside : 0;
        this.columnsOf.set(cell.id, {
          n: new Map(n.indices.map((c, k) => [c, n.values[k]])),
          x: new Map(x.indices.map((c, k) => [c, x.values[k]])),
          fixedN,
          fixedX
        });
        if (unit !== root && exactInside) this.judged.add(cell.id);
        // A relaxed row reaching outside the neighbourhood keeps only its upper bound.
        const lower = (lo: number, fixed: number) => (restriction ? lo - fixed : exactInside ? lo : -Infinity);
        this.addRow(
          { indices: n.indices, values: n.values, lo: lower(cell.n.lo, fixedN), hi: cell.n.hi - fixedN },
          cell.id,
          "n"
        );
        if (cell.x && x.indices.length > 0)
          this.addRow(
            { indices: x.indices, values: x.values, lo: lower(cell.x.lo, fixedX), hi: cell.x.hi - fixedX },
            cell.id,
            "x"
          );
        for (const s of cell.order) {
          const list = thresholds.get(population.id)!;
          const position = list.indexOf(s.threshold);
          const limit = s.kind === "below" ? 2 * position : 2 * position + 1;
          const counted = sums(population, cell.unit, cell.start, cell.end, (m) => (m.bin <= limit ? m.weight : 0));
          const fixed = restriction ? this.fixedOrder(cell, population, s.kind, s.threshold) - counted.inside : 0;
          if (s.kind === "below")
            this.addRow(
              { indices: counted.indices, values: counted.values, lo: -Infinity, hi: s.count - fixed },
              cell.id,
              "order"
            );
          else
            this.addRow(
              {
                indices: counted.indices,
                values: counted.values,
                lo: restriction || exactInside ? s.count - fixed : -Infinity,
                hi: Infinity
              },
              cell.id,
              "order"
            );
        }
        if (cell.lowCoverage !== null) this.coverageRow(cell, restriction, exactInside, sums);
      }
    }
  }

  private allYears(): number[] {
    const out: number[] = [];
    for (let y = this.world.years.first; y <= this.world.years.last; y++) out.push(y);
    return out;
  }

  /** The true count of a cell's values below (or at or below) a threshold, over the whole cell. */
  private fixedOrder(cell: KnownCell, population: Population, kind: "below" | "atOrBelow", threshold: number): number {
    const { world } = this;
    const { membership } = world.relations;
    let count = 0;
    for (const u of world.lowestUnder(cell.context, cell.unit))
      for (const e of world.entitiesAt(this.spec.registry, cell.context, u))
        for (let r = world.memberStart[e]; r < world.memberStart[e + 1]; r++) {
          if (membership.population[r] !== population.id) continue;
          const y = membership.year[r];
          const v = membership.value[r];
          if (y < cell.start || y > cell.end) continue;
          if (kind === "below" ? v < threshold : v <= threshold) count += membership.weight[r];
        }
    return count;
  }

  /** A low-coverage flag: the linked coverage indicator's share is under (or not under) its threshold. */
  private coverageRow(
    cell: KnownCell,
    restriction: boolean,
    exactInside: boolean,
    sums: (
      p: Population,
      unit: string,
      start: number,
      end: number,
      keep: (m: TypeMember) => number
    ) => {
      indices: number[];
      values: number[];
      inside: number;
    }
  ) {
    const link = this.world.indicators[cell.indicator]?.coverage;
    if (!link) return;
    const population = this.world.population({ indicator: link.indicator, group: null, end: cell.end });
    if (!population) return;
    // x − threshold·N in millionths, so the flag is a whole-number inequality.
    const share = Math.round(link.threshold * 1e6);
    const row = sums(population, cell.unit, cell.start, cell.end, (m) => m.weight * (m.event * 1e6 - share));
    if (row.indices.length === 0) return;
    const truth = this.world.truth({ ...cell, indicator: link.indicator, group: null });
    const fixed = restriction && truth ? truth.x * 1e6 - share * truth.n - row.inside : 0;
    if (cell.lowCoverage)
      this.addRow({ indices: row.indices, values: row.values, lo: -Infinity, hi: -1 - fixed }, cell.id, "coverage");
    else if (restriction || exactInside)
      this.addRow({ indices: row.indices, values: row.values, lo: -fixed, hi: Infinity }, cell.id, "coverage");
  }

  private addRow(row: SparseRow, cell: string | null, what: RowSource["what"]) {
    if (row.indices.length === 0) return;
    this.rows.push(row);
    this.sources.push({ cell, what });
  }

  /**
   * What hiding a cell leaves the attacker: N at least `minimum`, nothing else. The program keeps its shape;
   * the cell's rows get the label's bounds.
   */
  hide(cellId: string, minimum: number) {
    const c = this.columnsOf.get(cellId);
    if (!c) return;
    this.sources.forEach((source, r) => {
      if (source.cell !== cellId) return;
      const row = this.rows[r];
      const restriction = this.spec.mode === "restriction";
      if (source.what === "n") {
        row.lo = restriction || Number.isFinite(row.lo) ? minimum - c.fixedN : -Infinity;
        row.hi = Infinity;
      } else {
        row.lo = -Infinity;
        row.hi = Infinity;
      }
      if (this.model && this.highs)
        this.model.changeRowBounds(
          r,
          Number.isFinite(row.lo) ? row.lo : -this.highs.infinity,
          Number.isFinite(row.hi) ? row.hi : this.highs.infinity
        );
    });
  }

  /** The objective for a protected count of a judged cell, and the fixed part added to it. */
  quantity(cellId: string, quantity: Protection["quantity"]): { indices: number[]; values: number[]; fixed: number } {
    const c = this.columnsOf.get(cellId);
    if (!c) throw new RangeError(`Neighbourhood.quantity: ${cellId} is not in the neighbourhood`);
    const combine = (a: Map<number, number>, b: Map<number, number>, sign: number) => {
      const out = new Map(a);
      for (const [k, v] of b) out.set(k, (out.get(k) ?? 0) + sign * v);
      return out;
    };
    const map = quantity === "n" ? c.n : quantity === "x" ? c.x : combine(c.n, c.x, -1);
    const fixed = quantity === "n" ? c.fixedN : quantity === "x" ? c.fixedX : c.fixedN - c.fixedX;
    return { indices: [...map.keys()], values: [...map.values()], fixed };
  }

  private async ensureModel(): Promise<{ highs: Highs; model: Model }> {
    this.highs ??= await highsRuntime();
    this.model ??= createModel(this.highs, { columns: this.columns, rows: this.rows });
    return { highs: this.highs, model: this.model };
  }

  /** The attacker's range of a protected count (LP, then a MILP where a vertex is fractional). */
  async range(cellId: string, quantity: Protection["quantity"]): Promise<LinearRange> {
    const { highs, model } = await this.ensureModel();
    const objective = this.quantity(cellId, quantity);
    const out: LinearRange = {
      min: 0,
      max: 0,
      whole: true,
      infeasible: false,
      proof: { min: new Set(), max: new Set() }
    };
    for (const sense of ["min", "max"] as const) {
      const result = optimise(highs, model, this.columns, objective, sense);
      if (result.status === "infeasible") return { ...out, min: NaN, max: NaN, whole: false, infeasible: true };
      out[sense] = result.value + objective.fixed;
      if (result.solution && !isWhole(result.solution)) out.whole = false;
      // The cells whose rows carry the bound (non-zero duals): hiding none of them leaves the bound standing.
      result.rowDual?.forEach((d, r) => {
        const cell = this.sources[r].cell;
        if (Math.abs(d) > 1e-9 && cell !== null) out.proof[sense].add(cell);
      });
    }
    return out;
  }

  /**
   * Whether whole-number solutions reach both ends the protection needs (used where the linear program's
   * optimum is fractional). For each end: the linear program's optimum with the count bounded, then a MILP
   * over just its fractional columns (the others held at their values); failing that, the full MILP within
   * a time limit. A limit reached proves nothing, and the cell counts as not protected here.
   */
  async wholeProtects(cellId: string, protection: Protection): Promise<boolean> {
    const highs = (this.highs ??= await highsRuntime());
    const { model } = await this.ensureModel();
    const objective = this.quantity(cellId, protection.quantity);
    const bound = (lo: number, hi: number) => ({
      indices: objective.indices,
      values: objective.values,
      lo: lo - objective.fixed,
      hi: hi - objective.fixed
    });
    const reaches = (lo: number, hi: number, sense: "min" | "max") => {
      const linear = optimise(highs, model, this.columns, objective, sense);
      if (linear.status !== "optimal" || !linear.solution) return false;
      const value = linear.value + objective.fixed;
      if (value > hi + 1e-6 || value < lo - 1e-6) return false;
      if (isWhole(linear.solution)) return true;
      const fixedLower = new Float64Array(this.columns);
      const fixedUpper = new Float64Array(this.columns).fill(highs.infinity);
      linear.solution.forEach((v, c) => {
        if (Math.abs(v - Math.round(v)) < 1e-6) fixedLower[c] = fixedUpper[c] = Math.round(v);
      });
      const rows = [...this.rows, bound(lo, hi)];
      for (const limits of [{ lower: fixedLower, upper: fixedUpper }, {}]) {
        const milp = createModel(highs, { columns: this.columns, rows, integer: true, ...limits });
        try {
          milp.options.set({ time_limit: 2 });
          if (optimise(highs, milp, this.columns, { indices: [], values: [] }, "min").status === "optimal") return true;
        } catch {
          // A time limit: no proof either way.
        } finally {
          milp.dispose();
        }
      }
      return false;
    };
    if (protection.rule === "small-count")
      return reaches(-Infinity, protection.band[0], "min") && reaches(protection.band[1], Infinity, "max");
    // At least `values` whole values: one solution at or below t, another at or above t + values − 1.
    const range = await this.range(cellId, protection.quantity);
    const low = Math.ceil(range.min - 1e-6);
    for (let t = low; t + protection.values - 1 <= Math.floor(range.max + 1e-6); t++)
      if (reaches(-Infinity, t, "min") && reaches(t + protection.values - 1, Infinity, "max")) return true;
    return false;
  }

  dispose() {
    this.model?.dispose();
    this.model = null;
  }
}

/** Whether a range gives a protected count the protection it needs. */
export function protects(range: { min: number; max: number }, protection: Protection): boolean {
  const tolerance = 1e-6;
  if (protection.quantity === "n" && protection.rule === "min-denominator")
    return Math.floor(range.max + tolerance) - Math.ceil(range.min - tolerance) >= protection.values - 1;
  if (protection.rule === "small-count")
    return range.min <= protection.band[0] + tolerance && range.max >= protection.band[1] - tolerance;
  return false;
}
