/**
 * What one Framework run builds or previews, handed from `qi build` / `qi dev` to Framework's config and
 * its data loaders. Framework loads observablehq.config.ts in its own process and runs each data loader
 * as a child of it, so the environment is the one channel that reaches all of them: the state travels as
 * one JSON variable, written by `siteStateEnv` and read by `readSiteState`, and nowhere else. Kept free of
 * imports: every data loader of a build loads this module.
 */
import type { Audience } from "../pages/siteData.ts";

export interface SiteState {
  audience: Audience;
  /** The computed results (the explorer's patient-level files are read from here). */
  resultsDir: string;
  /** Every page's JSON, cut from the results for this audience. */
  pagesDir: string;
  /** The source root of this run (links to src/; Framework keeps its cache in it). */
  root: string;
  /** Where Framework writes the site (a build's staging folder); absent for a preview. */
  output?: string;
}

const variable = "QI_SITE";

/** The environment variables that carry `state` to a Framework run. */
export function siteStateEnv(state: SiteState): Record<string, string> {
  return { [variable]: JSON.stringify(state) };
}

/** The state `qi build` or `qi dev` handed to this Framework run. */
export function readSiteState(env: NodeJS.ProcessEnv = process.env): SiteState {
  const text = env[variable];
  if (text === undefined)
    throw new Error(
      `${variable} is not set: run Framework through \`npx qi dev\` or \`npx qi build\` (they prepare the site)`
    );
  const state = JSON.parse(text) as Partial<SiteState>;
  const valid =
    (state.audience === "public" || state.audience === "council") &&
    typeof state.resultsDir === "string" &&
    typeof state.pagesDir === "string" &&
    typeof state.root === "string" &&
    (state.output === undefined || typeof state.output === "string");
  if (!valid) throw new Error(`${variable} does not describe a site: ${text}`);
  return state as SiteState;
}
