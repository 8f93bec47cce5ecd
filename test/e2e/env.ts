/** Values shared between the e2e config, global setup and fixtures. */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root (this file lives in test/e2e). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Set by global-setup.ts to the preview server's URL; inherited by the test workers. */
export const BASE_URL_ENV = "PEERMAP_E2E_BASE_URL";
