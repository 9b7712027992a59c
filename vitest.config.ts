import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// One test file per core, unit and browser files side by side: vitest's default (one core less) runs a
// 2-core machine's whole suite one file at a time, and a project without file parallelism runs after all
// the others. Both projects must share the worker count to share the pool (vitest groups by it).
const workers = Math.max(2, availableParallelism());

export default defineConfig({
  test: {
    maxWorkers: workers,
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/browser/**", "node_modules/**"],
          testTimeout: 60_000,
          // A fixture extract computed in beforeAll takes seconds, more on a loaded machine.
          hookTimeout: 60_000
        }
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/browser/globalSetup.ts"],
          // A guard against a hang, not a speed limit: axe on a report page and the disclosure attacker take
          // 20–30 s on a quiet 2-core machine and ten times that on a shared, loaded one.
          testTimeout: 600_000,
          hookTimeout: 900_000
        }
      }
    ]
  }
});
