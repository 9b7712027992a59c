/**
 * Which extract a build or preview uses: the folder in QI_EXTRACT, or else the built-in synthetic demo,
 * generated on first use into data/ (git-ignored) and reused afterwards.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { UserError } from "../userError.ts";
import { cachedFolder } from "./cachedFolder.ts";

export interface DemoSettings {
  scale: number;
  seed: number;
}

/** The demo used when no extract is given: scale from QI_DEMO_SCALE (default 1, the national scale). */
export function demoSettings(env: NodeJS.ProcessEnv = process.env): DemoSettings {
  const scale = env.QI_DEMO_SCALE === undefined ? 1 : Number(env.QI_DEMO_SCALE);
  if (!(scale > 0)) throw new UserError(`QI_DEMO_SCALE must be a positive number, got "${env.QI_DEMO_SCALE}"`);
  return { scale, seed: 1 };
}

export function demoDir({ scale, seed }: DemoSettings, root = process.cwd()): string {
  return resolve(root, "data", `demo-scale${scale}-seed${seed}`);
}

export async function resolveExtract({
  env = process.env,
  onProgress = (_: string) => {}
}: { env?: NodeJS.ProcessEnv; onProgress?: (message: string) => void } = {}): Promise<string> {
  if (env.QI_EXTRACT) {
    const dir = resolve(env.QI_EXTRACT);
    if (!existsSync(join(dir, "extract.json")))
      throw new UserError(`QI_EXTRACT=${env.QI_EXTRACT}: no extract.json in ${dir} (see docs/extract-format.md)`);
    return dir;
  }
  const settings = demoSettings(env);
  const dir = demoDir(settings);
  await cachedFolder(dir, {
    what: "the demo extract",
    onProgress,
    make: async (staging) => {
      onProgress(`generating the synthetic demo extract (scale ${settings.scale}, seed ${settings.seed}) in ${dir} …`);
      const { generateDemo } = await import("../demo/generate.ts");
      await generateDemo({ out: staging, scale: settings.scale, seed: settings.seed, onProgress });
    }
  });
  return dir;
}
