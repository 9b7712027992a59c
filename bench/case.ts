/** A benchmark case for bench/run.ts. */
export interface BudgetCheck {
  label: string;
  value: number | string;
  budget: number | string;
  met: boolean;
}

export interface BenchResult {
  name: string;
  figures: Record<string, number | string>;
  budgets?: BudgetCheck[];
}

export interface BenchCase {
  name: string;
  description: string;
  run(): Promise<BenchResult>;
}

/** Seconds elapsed since `start` (a performance.now() value), rounded to milliseconds. */
export function secondsSince(start: number): number {
  return Math.round(performance.now() - start) / 1000;
}

/** Peak resident memory of this process so far, in MB. */
export function peakMemoryMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
