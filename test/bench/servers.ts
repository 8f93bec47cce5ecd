/** `vite preview` servers for the bench, on free loopback ports (see test/support/preview.ts). */
import { startPreview } from "../support/preview";

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
  const { server, url } = await startPreview(options);
  return { url, close: () => server.close() };
}
