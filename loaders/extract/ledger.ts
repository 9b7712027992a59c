/**
 * Bookkeeping that proves nothing is lost: every problem is counted by kind (with the first few kept as
 * examples), and every row read is either used or excluded for exactly one reason. Memory stays bounded
 * however many problems there are; the full list streams to problems.csv through `sink`.
 */
import { formatLocation, problemKinds, type Problem, type ProblemKind, type Severity } from "./problems.ts";
import type { TableName } from "./tables.ts";

export interface KindCount {
  kind: ProblemKind;
  severity: Severity;
  title: string;
  count: number;
  /** The first problems of this kind, in the order found. */
  examples: Problem[];
}

export class ProblemLog {
  private readonly kinds = new Map<ProblemKind, KindCount>();

  constructor(
    private readonly examplesPerKind: number,
    private readonly sink?: (problem: Problem) => void
  ) {}

  add(problem: Problem): void {
    let entry = this.kinds.get(problem.kind);
    if (!entry) {
      const spec = problemKinds[problem.kind];
      entry = { kind: problem.kind, severity: spec.severity, title: spec.title, count: 0, examples: [] };
      this.kinds.set(problem.kind, entry);
    }
    entry.count++;
    if (entry.examples.length < this.examplesPerKind) entry.examples.push(problem);
    this.sink?.(problem);
  }

  /**
   * Adds the counts and examples of a log kept for a later table (validated beside others in parallel), as
   * if its problems had been added here in the order found. Its problems.csv lines are the caller's to append.
   */
  merge(kinds: ReadonlyMap<ProblemKind, KindCount>): void {
    for (const [kind, other] of kinds) {
      let entry = this.kinds.get(kind);
      if (!entry) this.kinds.set(kind, (entry = { ...other, count: 0, examples: [] }));
      entry.count += other.count;
      for (const example of other.examples) {
        if (entry.examples.length >= this.examplesPerKind) break;
        entry.examples.push(example);
      }
    }
  }

  /** Counts and first examples by kind, in the order first found. */
  get byKind(): ReadonlyMap<ProblemKind, KindCount> {
    return this.kinds;
  }

  count(severity: Severity): number {
    let total = 0;
    for (const entry of this.kinds.values()) if (entry.severity === severity) total += entry.count;
    return total;
  }

  /** Kinds in catalogue order (errors, warnings and dependent exclusions interleaved as declared). */
  summary(): KindCount[] {
    const order = Object.keys(problemKinds);
    return [...this.kinds.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  }
}

export interface ReasonCount {
  reason: ProblemKind;
  title: string;
  count: number;
  /** Row references `file:line` (or `file:row n`), the first ones only. */
  rows: string[];
}

/** The account of one table: rows read = rows used + rows excluded (summed over reasons). */
export class TableLedger {
  rowsRead = 0;
  rowsUsed = 0;
  /** Lines with no values; not rows. */
  blankLines = 0;
  readonly excluded = new Map<ProblemKind, ReasonCount>();
  /** Rows used but flagged, by warning kind (a row counts once per kind). */
  readonly flagged = new Map<ProblemKind, ReasonCount>();

  constructor(
    readonly table: TableName,
    public file: string | null,
    public format: "csv" | "parquet" | null,
    private readonly rowsPerReason: number
  ) {}

  exclude(reason: ProblemKind, line: number): void {
    this.add(this.excluded, reason, line);
  }

  flag(kind: ProblemKind, line: number): void {
    this.add(this.flagged, kind, line);
  }

  get rowsExcluded(): number {
    let total = 0;
    for (const entry of this.excluded.values()) total += entry.count;
    return total;
  }

  private add(map: Map<ProblemKind, ReasonCount>, kind: ProblemKind, line: number): void {
    let entry = map.get(kind);
    if (!entry) {
      entry = { reason: kind, title: problemKinds[kind].title, count: 0, rows: [] };
      map.set(kind, entry);
    }
    entry.count++;
    if (entry.rows.length < this.rowsPerReason)
      entry.rows.push(formatLocation(this.file ?? this.table, line, this.format === "parquet"));
  }
}
