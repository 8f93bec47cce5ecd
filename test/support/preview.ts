/**
 * `vite preview` on a free loopback port: the production build as the e2e tests and the
 * benchmark see it. Shared so both harnesses serve a build the same way.
 */
import net from "node:net";
import { type PreviewServer, preview } from "vite";

export const HOST = "127.0.0.1";

export interface PreviewOptions {
  /** The project root (its vite.config.ts applies). */
  root?: string;
  /** A page with its own Vite config instead of the app's. */
  configFile?: string;
  /** Where the build to serve is, when not the config's own outDir. */
  outDir?: string;
}

export async function startPreview(
  options: PreviewOptions = {},
): Promise<{ server: PreviewServer; url: string }> {
  let lastError: unknown;
  // A port found free can be taken before vite binds it; a few tries make that harmless.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    try {
      const server = await preview({
        ...(options.root ? { root: options.root } : {}),
        ...(options.configFile ? { configFile: options.configFile } : {}),
        ...(options.outDir ? { build: { outDir: options.outDir } } : {}),
        logLevel: "warn",
        preview: { host: HOST, port, strictPort: true, open: false },
      });
      return { server, url: `http://${HOST}:${port}/` };
    } catch (error) {
      lastError = error;
      if (!String(error).includes("already in use")) break;
    }
  }
  throw new Error(`vite preview failed to start: ${String(lastError)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen({ host: HOST, port: 0 }, () => {
      const address = probe.address();
      if (address === null || typeof address === "string") {
        probe.close();
        reject(new Error("could not read the probe socket's port"));
        return;
      }
      probe.close(() => resolve(address.port));
    });
  });
}
