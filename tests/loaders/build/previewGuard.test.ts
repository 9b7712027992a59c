import { EventEmitter } from "node:events";
import { createServer, request, type Server, type ServerResponse } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestQueue, startPreviewGuard, type PreviewGuard } from "../../../loaders/build/previewGuard.ts";

/** A raw request (the URL and headers exactly as given), resolving with the status line's code. */
function raw(port: number, lines: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(`${lines.join("\r\n")}\r\n\r\n`));
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (status) {
        socket.destroy();
        resolve(Number(status[1]));
      }
    });
    socket.on("error", reject);
  });
}

function get(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path, headers: { host } }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("startPreviewGuard", () => {
  let upstream: Server;
  let guard: PreviewGuard;
  let port: number;
  const seen: string[] = [];

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      seen.push(req.url!);
      // As Framework's preview does: a malformed URL would end it.
      decodeURI(req.url!);
      res.end(`page ${req.url}`);
    });
    upstream.on("upgrade", (req, socket) => socket.end("HTTP/1.1 101 Switching Protocols\r\n\r\n"));
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    guard = await startPreviewGuard(0);
    port = Number(new URL(guard.url).port);
  });
  afterAll(async () => {
    await guard.close();
    await new Promise((resolve) => upstream.close(resolve));
  });

  it("says the preview is starting until Framework listens, then passes requests on", async () => {
    expect((await get(port, "/nb/", `127.0.0.1:${port}`)).status).toBe(503);
    const address = upstream.address();
    guard.setTarget(typeof address === "object" && address ? address.port : 0);
    expect(await get(port, "/nb/?unit=unn", `127.0.0.1:${port}`)).toEqual({ status: 200, body: "page /nb/?unit=unn" });
    expect((await get(port, "/en/", `localhost:${port}`)).status).toBe(200);
  });

  it("refuses another Host with 403 (DNS rebinding), even with the right port", async () => {
    for (const host of ["attacker.example", `attacker.example:${port}`, `127.0.0.1:${port + 1}`, `0.0.0.0:${port}`]) {
      const response = await get(port, "/_file/data/explorer/cohort.arrow", host);
      expect(response.status, host).toBe(403);
      expect(response.body).toContain(`this preview answers only http://127.0.0.1:${port}/`);
    }
    expect(await raw(port, ["GET / HTTP/1.0"])).toBe(403);
    expect(seen).not.toContain("/_file/data/explorer/cohort.arrow");
  });

  it("answers a malformed URL with 400 and lives on", async () => {
    for (const path of ["/%", "/nb/%E0%A4%A", "/?x=%zz"])
      expect(await raw(port, [`GET ${path} HTTP/1.1`, `Host: 127.0.0.1:${port}`]), path).toBe(400);
    expect(await raw(port, ["NOT HTTP AT ALL"])).toBe(400);
    expect((await get(port, "/nb/", `127.0.0.1:${port}`)).status).toBe(200);
  });

  it("opens the live-reload socket only for pages of the preview", async () => {
    const upgrade = (origin: string) =>
      raw(port, [
        "GET /_observablehq HTTP/1.1",
        `Host: 127.0.0.1:${port}`,
        "Connection: Upgrade",
        "Upgrade: websocket",
        ...(origin ? [`Origin: ${origin}`] : [])
      ]);
    expect(await upgrade(`http://127.0.0.1:${port}`)).toBe(101);
    expect(await upgrade("http://attacker.example")).toBe(403);
    expect(await upgrade("")).toBe(403);
  });
});

describe("requestQueue", () => {
  it("passes a few requests at a time, in order of arrival, and drops one closed while it waits", () => {
    const queue = requestQueue(2);
    const passed: number[] = [];
    const responses = Array.from({ length: 5 }, () => new EventEmitter() as unknown as ServerResponse);
    responses.forEach((res, i) => queue(res, () => passed.push(i)));
    expect(passed).toEqual([0, 1]);
    responses[3].emit("close");
    responses[0].emit("close");
    expect(passed).toEqual([0, 1, 2]);
    responses[1].emit("close");
    expect(passed).toEqual([0, 1, 2, 4]);
    responses[2].emit("close");
    responses[4].emit("close");
    queue(new EventEmitter() as unknown as ServerResponse, () => passed.push(5));
    expect(passed).toEqual([0, 1, 2, 4, 5]);
  });
});
