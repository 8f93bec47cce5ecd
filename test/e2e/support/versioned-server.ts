/**
 * The built app (dist/) served by a server whose service worker file a test can change, as a
 * deploy would. Playwright cannot route the browser's own fetch of a service worker script,
 * and the shared preview server must not change under the other specs.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { REPO_ROOT } from "../env";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".map": "application/json",
};

export interface VersionedServer {
  url: string;
  /** From now on, serve a service worker that differs from the last one: a new version. */
  deployNextVersion: () => void;
  close: () => Promise<void>;
}

export async function serveBuildWithVersions(): Promise<VersionedServer> {
  const root = path.join(REPO_ROOT, "dist");
  let version = 1;
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    const file = path.join(root, pathname === "/" ? "index.html" : pathname);
    try {
      if (!file.startsWith(root + path.sep)) throw new Error("outside the build");
      const content = await readFile(file);
      const body = pathname === "/sw.js" ? `${content}\n// version ${version}\n` : content;
      response.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
      });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    deployNextVersion: () => {
      version += 1;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
