/**
 * The preview's front door. Framework's preview server answers whatever Host a request names (so a web
 * page could reach the council's patient-level files through DNS rebinding) and stops on a malformed URL
 * (`GET /%`, which any page can send with an <img>). It therefore listens on a private port, and this
 * server, on the address the operator asked for, passes a request on only when its Host is that address
 * (403 otherwise) and its URL is well formed (400 otherwise); the live-reload socket also needs a page of
 * that address as its Origin. Requests are passed on a few at a time, in order of arrival.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import { connect, type Socket } from "node:net";

export interface PreviewGuard {
  /** The address the operator opens: http://127.0.0.1:<port>/. */
  url: string;
  /** Where Framework's preview listens, once it has said so. */
  setTarget(port: number): void;
  close(): Promise<void>;
}

/** Why a request is refused (status and message), or null when it may pass. */
export function refusal(
  request: Pick<IncomingMessage, "url" | "headers">,
  port: number,
  { upgrade = false } = {}
): { status: 400 | 403; message: string } | null {
  const origins = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = request.headers.host?.toLowerCase();
  if (!host || !origins.includes(host))
    return { status: 403, message: `this preview answers only http://127.0.0.1:${port}/ (Host: ${host ?? "none"})` };
  if (upgrade && !origins.some((o) => request.headers.origin?.toLowerCase() === `http://${o}`))
    return { status: 403, message: "the live-reload socket answers only pages of this preview" };
  try {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    decodeURIComponent(url.pathname);
    decodeURIComponent(url.search);
  } catch {
    return { status: 400, message: "malformed URL" };
  }
  return null;
}

const statusText = { 400: "Bad Request", 403: "Forbidden", 503: "Service Unavailable" } as const;

function refuseSocket(socket: Socket, status: keyof typeof statusText, message: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${statusText[status]}\r\ncontent-type: text/plain\r\nconnection: close\r\n` +
      `content-length: ${Buffer.byteLength(message)}\r\n\r\n${message}`
  );
}

/**
 * Requests passed on to Framework at once; the rest wait their turn in order of arrival. Framework renders
 * each page on the CPU, so a burst passed on whole shares it so thinly that a slow page (the explorer)
 * waits behind every other request and times out; in turn, every request waits about as long as the
 * burst ahead of it.
 */
export const passedAtOnce = 4;

/** Runs `pass` once fewer than `limit` passed requests are unanswered; a request closed meanwhile is dropped. */
export function requestQueue(limit: number): (res: ServerResponse, pass: () => void) => void {
  let active = 0;
  const waiting: (() => void)[] = [];
  const finish = () => {
    active--;
    waiting.shift()?.();
  };
  return (res, pass) => {
    const start = () => {
      active++;
      res.once("close", finish);
      pass();
    };
    if (active < limit) return start();
    waiting.push(start);
    res.once("close", () => {
      const index = waiting.indexOf(start);
      if (index >= 0) waiting.splice(index, 1);
    });
  };
}

/** Listens on 127.0.0.1:`port` (0: any free port) and passes sound requests on to the target port. */
export function startPreviewGuard(port: number): Promise<PreviewGuard> {
  let target: number | null = null;
  let bound = port;
  const queue = requestQueue(passedAtOnce);
  const server = createServer((req, res) => {
    const refused = refusal(req, bound);
    if (refused || target === null) {
      const status = refused?.status ?? 503;
      res.writeHead(status, { "content-type": "text/plain" }).end(refused?.message ?? "the preview is starting");
      req.resume();
      return;
    }
    const to = target;
    queue(res, () => {
      const upstream = request(
        // A connection of its own: a kept-alive one that Framework closes as it is reused fails the request.
        {
          host: "127.0.0.1",
          port: to,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, connection: "close" },
          agent: false
        },
        (response) => {
          const headers = { ...response.headers };
          delete headers.connection;
          res.writeHead(response.statusCode ?? 502, headers);
          response.pipe(res);
        }
      );
      // A reader who gave up: Framework's answer is no longer wanted.
      res.once("close", () => upstream.destroy());
      upstream.on("error", () => {
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end("the preview is not answering");
        else res.destroy();
      });
      req.pipe(upstream);
    });
  });
  server.on("upgrade", (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const refused = refusal(req, bound, { upgrade: true });
    if (refused || target === null) {
      refuseSocket(socket, refused?.status ?? 503, refused?.message ?? "the preview is starting");
      return;
    }
    const upstream = connect(target, "127.0.0.1", () => {
      const headers = [];
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${req.method} ${req.url} HTTP/${req.httpVersion}\r\n${headers.join("\r\n")}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    const end = () => {
      socket.destroy();
      upstream.destroy();
    };
    upstream.on("error", end);
    socket.on("error", end);
  });
  // A request line Node cannot parse at all.
  server.on("clientError", (_, socket: Socket) => {
    if (socket.writable) refuseSocket(socket, 400, "malformed request");
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      bound = typeof address === "object" && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${bound}/`,
        setTarget: (p) => (target = p),
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          })
      });
    });
  });
}
