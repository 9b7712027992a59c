/**
 * Headless Chromium for the PDF printer, the browser tests and the bench:
 * Debian's /usr/bin/chromium unless QI_CHROMIUM names another, with the same flags (no sandbox, no GPU,
 * no background networking).
 */
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { UserError } from "../userError.ts";

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run"
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.QI_CHROMIUM || "/usr/bin/chromium";
}

export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const path = chromiumPath(env);
  if (!existsSync(path)) {
    throw new UserError(
      `Chromium not found at ${path}: install it with "apt-get install -y ` +
        `chromium" (Debian), or set QI_CHROMIUM to the path of a Chromium or ` +
        `Chrome binary`
    );
  }
  let chromium: typeof import("playwright-core").chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch {
    throw new UserError(`playwright-core is not installed: run "npm ci" in the workbench folder`);
  }
  try {
    return await chromium.launch({ executablePath: path, args: chromiumArgs });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    throw new UserError(`could not start Chromium at ${path}: ${first}`);
  }
}
