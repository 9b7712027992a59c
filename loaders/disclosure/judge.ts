/**
 * Judges every protected cell: climbs the neighbourhood ladder (attacker.ts) until a restriction proves
 * the cell protected or a relaxation proves it is not. Cells sharing a neighbourhood share one program.
 */
import type { ContextId } from "../engine/indicatorFields.ts";
import type { Protection } from "./cells.ts";
import { KnownCells, Neighbourhood, protects, type NeighbourhoodSpec } from "./attacker.ts";
import type { World } from "./world.ts";

export interface Verdict {
  cell: string;
  protection: Protection;
  /** protected: proven safe; disclosed: the attacker narrows it (range is an outer bound); undecided: neither. */
  outcome: "protected" | "disclosed" | "undecided" | "inconsistent";
  /** The attacker's range: for "disclosed" at most this wide; for "protected" at least this wide. */
  range: { min: number; max: number } | null;
  /** The neighbourhood that decided. */
  where: string | null;
}

interface Step {
  level: number;
  allYears: boolean;
}

/**
 * Rungs of the ladder: each root from the parent up, first with the cell's years (and the windows around
 * them, as the optimiser judges it), then with all years.
 */
function ladder(depth: number): Step[] {
  const steps: Step[] = [];
  for (let level = 0; level < depth; level++) {
    steps.push({ level, allYears: false });
    steps.push({ level, allYears: true });
  }
  return steps;
}

export interface JudgeOptions {
  onProgress?: (message: string) => void;
}

export async function judgeCells(
  world: World,
  known: KnownCells,
  protectedCells: Map<string, Protection>,
  options: JudgeOptions = {}
): Promise<Verdict[]> {
  const verdicts = new Map<string, Verdict>();
  const rootsOf = (id: string) => {
    const cell = known.byId.get(id)!;
    const roots = world.ancestors(cell.unit);
    // A nation's cell is judged in the whole context.
    return roots.length ? roots : ["nation"];
  };
  let pending = [...protectedCells.keys()];
  const depth = Math.max(0, ...pending.map((id) => rootsOf(id).length));
  for (const step of ladder(depth)) {
    for (const mode of ["restriction", "relaxation"] as const) {
      const groups = new Map<string, { spec: NeighbourhoodSpec; cells: string[] }>();
      for (const id of pending) {
        const cell = known.byId.get(id)!;
        const roots = rootsOf(id);
        if (step.level >= roots.length) continue;
        const registry = world.indicators[cell.indicator].registry;
        const years = world.yearsAround(registry, cell.context as ContextId, cell.start, cell.end);
        const spec: NeighbourhoodSpec = {
          registry,
          context: cell.context as ContextId,
          root: roots[step.level],
          years: step.allYears ? null : years,
          mode
        };
        const key = `${registry}|${spec.context}|${spec.root}|${spec.years?.join(",") ?? "all"}`;
        const group = groups.get(key) ?? { spec, cells: [] };
        group.cells.push(id);
        groups.set(key, group);
      }
      for (const { spec, cells } of groups.values()) {
        const neighbourhood = new Neighbourhood(world, known, spec);
        const years = spec.years ? `${spec.years[0]}–${spec.years[spec.years.length - 1]}` : "all years";
        const where = `${spec.mode} ${spec.context} under ${spec.root}, ${years}`;
        try {
          for (const id of cells) {
            if (verdicts.has(id) || !neighbourhood.judged.has(id)) continue;
            const protection = protectedCells.get(id)!;
            const range = await neighbourhood.range(id, protection.quantity);
            if (range.infeasible) {
              verdicts.set(id, { cell: id, protection, outcome: "inconsistent", range: null, where });
              continue;
            }
            if (mode === "restriction" && protects(range, protection)) {
              // A fractional optimum proves nothing for whole numbers: look for whole solutions at both ends.
              if (range.whole || (await neighbourhood.wholeProtects(id, protection)))
                verdicts.set(id, { cell: id, protection, outcome: "protected", range, where });
            } else if (mode === "relaxation" && !protects(range, protection)) {
              verdicts.set(id, { cell: id, protection, outcome: "disclosed", range, where });
            }
          }
        } finally {
          neighbourhood.dispose();
        }
      }
      pending = pending.filter((id) => !verdicts.has(id));
    }
    options.onProgress?.(
      `  ${verdicts.size} of ${protectedCells.size} protected cells decided ` +
        `(root ${step.level + 1} up${step.allYears ? ", all years" : ""})`
    );
    if (pending.length === 0) break;
  }
  for (const id of pending)
    verdicts.set(id, { cell: id, protection: protectedCells.get(id)!, outcome: "undecided", range: null, where: null });
  return [...verdicts.values()].sort((a, b) => (a.cell < b.cell ? -1 : 1));
}
