import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveFile, serveStatic, type RunningServer } from "../../../loaders/publish/staticServer.ts";

const root = mkdtempSync(join(tmpdir(), "qi-serve-"));
mkdirSync(join(root, "site", "nb"), { recursive: true });
writeFileSync(join(root, "site", "index.html"), "front");
writeFileSync(join(root, "site", "nb", "report.html"), "rapport");
writeFileSync(join(root, "secret.txt"), "outside the site");
const site = join(root, "site");

describe("resolveFile", () => {
  it("resolves Framework's clean URLs", () => {
    expect(resolveFile(site, "/nb/report")).toBe(join(site, "nb", "report.html"));
    expect(resolveFile(site, "/")).toBe(join(site, "index.html"));
    expect(resolveFile(site, "/nb/missing")).toBeUndefined();
  });
  it("never serves a file outside the site", () => {
    expect(resolveFile(site, "/../secret.txt")).toBeUndefined();
    expect(resolveFile(site, "/nb/../../secret.txt")).toBeUndefined();
    expect(resolveFile(site, "/%2e%2e/secret.txt")).toBeUndefined();
    expect(resolveFile(site, "/%E0%A4%A")).toBeUndefined();
  });
});

describe("serveStatic", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveStatic(site);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
  it("listens on 127.0.0.1 and serves pages with their type", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/nb/report`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toBe("rapport");
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });
});
