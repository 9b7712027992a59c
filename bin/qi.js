#!/usr/bin/env node
// Entry point for `npx qi`: the CLI is TypeScript, run through tsx so there is no separate compile step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../loaders/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
