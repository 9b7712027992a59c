/** The browser tests and the bench serve built sites like the PDF printer does, compressed like a web server. */
import { serveStatic as serve, type RunningServer } from "../../loaders/publish/staticServer.ts";

export type { RunningServer };

export function serveStatic(rootDir: string): Promise<RunningServer> {
  return serve(rootDir, { gzip: true });
}
