import { describe, expect, it } from "vitest";
import { readSiteState, siteStateEnv, type SiteState } from "../../../loaders/build/siteState.ts";

describe("site state", () => {
  it("reaches Framework's processes as one environment variable, and back as it was", () => {
    const state: SiteState = { audience: "council", resultsDir: "/r", pagesDir: "/p", root: "/s", output: "/o" };
    const env = siteStateEnv(state);
    expect(Object.keys(env)).toEqual(["QI_SITE"]);
    expect(readSiteState(env)).toEqual(state);
    const preview: SiteState = { audience: "public", resultsDir: "/r", pagesDir: "/p", root: "/s" };
    expect(readSiteState(siteStateEnv(preview))).toEqual(preview);
  });

  it("refuses a missing or malformed state instead of guessing an audience", () => {
    expect(() => readSiteState({})).toThrow(/QI_SITE is not set: run Framework through `npx qi dev`/);
    expect(() =>
      readSiteState({ QI_SITE: JSON.stringify({ audience: "everyone", resultsDir: "/r", pagesDir: "/p", root: "/s" }) })
    ).toThrow(/QI_SITE does not describe a site/);
    expect(() => readSiteState({ QI_SITE: JSON.stringify({ audience: "public", resultsDir: "/r" }) })).toThrow(
      /does not describe a site/
    );
  });
});
