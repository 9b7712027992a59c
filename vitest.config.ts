import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/browser/**", "node_modules/**"],
          testTimeout: 60_000
        }
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/browser/globalSetup.ts"],
          // One Chromium at a time: machines have 2 cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 900_000
        }
      }
    ]
  }
});
