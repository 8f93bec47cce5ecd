/** `vite preview` servers on free loopback ports, like the e2e harness (test/e2e/global-setup.ts). */
import net from "node:net";
import { type PreviewServer, preview } from "vite";

const HOST = "127.0.0.1";

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a build: the app (`root` with its vite.config.ts, `outDir` where the bench built it)
 * or a page with its own config file.
 */
export async function serve(options: {
  root?: string;
  configFile?: string;
  outDir?: string;
}): Promise<Served> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    try {
      const server: PreviewServer = await preview({
        ...(options.root ? { root: options.root } : {}),
        ...(options.configFile ? { configFile: options.configFile } : {}),
        ...(options.outDir ? { build: { outDir: options.outDir } } : {}),
        logLevel: "warn",
        preview: { host: HOST, port, strictPort: true, open: false },
      });
      return { url: `http://${HOST}:${port}/`, close: () => server.close() };
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
