/**
 * The folder boundaries docs/architecture.md promises are Biome rules (biome.json's
 * overrides). This lints a scratch tree of probe files with the project's own biome.json, so
 * a rule that stops matching (a renamed option, a glob that no longer fits a relative path)
 * fails here instead of letting a wrong-way import through unnoticed.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const biome = path.join(root, "node_modules", "@biomejs", "biome", "bin", "biome");

/** Probe files: path under the scratch root, and one import per line. */
const probes: Record<string, string[]> = {
  "src/domain/probe.ts": [
    'import "./model";',
    'import "zod";',
    'import "../store/mapStore";',
    'import "../persistence/db";',
    'import "../canvas/toFlow";',
    'import "../panels";',
    'import "../app/App";',
    'import "../export/download";',
    'import "../design/tokens";',
  ],
  "src/domain/format/probe.ts": [
    'import "../model";',
    'import "./schema";',
    'import "../../store/selection";',
    'import "../../design/tokens";',
  ],
  "src/design/probe.ts": [
    'import "../domain/layout";',
    'import "./tokens";',
    'import "react";',
    'import "@xyflow/react";',
    'import "../canvas/Legend";',
    'import "../store/mapStore";',
    'import "../export/picture/board";',
  ],
};

/** The lines that must be refused: every import leaving the allowed folders. */
const refused = [
  "src/domain/probe.ts:3",
  "src/domain/probe.ts:4",
  "src/domain/probe.ts:5",
  "src/domain/probe.ts:6",
  "src/domain/probe.ts:7",
  "src/domain/probe.ts:8",
  "src/domain/probe.ts:9",
  "src/domain/format/probe.ts:3",
  "src/domain/format/probe.ts:4",
  "src/design/probe.ts:3",
  "src/design/probe.ts:4",
  "src/design/probe.ts:5",
  "src/design/probe.ts:6",
  "src/design/probe.ts:7",
];

let scratch = "";
beforeAll(() => {
  scratch = realpathSync(mkdtempSync(path.join(tmpdir(), "peermap-lint-")));
  copyFileSync(path.join(root, "biome.json"), path.join(scratch, "biome.json"));
  for (const [file, lines] of Object.entries(probes)) {
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    writeFileSync(path.join(scratch, file), `${lines.join("\n")}\n`);
  }
});
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("folder boundaries (biome.json)", () => {
  it("refuses exactly the imports that leave src/domain, or src/design for anything but the domain", () => {
    const run = spawnSync(
      process.execPath,
      [biome, "lint", "--vcs-enabled=false", "--reporter=github", "--max-diagnostics=none", "src"],
      { cwd: scratch, encoding: "utf8" },
    );
    // GitHub annotations: ::error title=<rule>,file=<path>,line=<n>,...::<message>
    const found = [...run.stdout.matchAll(/title=([^,]+),file=([^,]+),line=(\d+)/g)]
      .filter(([, rule]) => rule === "lint/style/noRestrictedImports")
      .map(([, , file, line]) => `${path.relative(scratch, file ?? "")}:${line}`);
    expect(run.stdout, run.stderr).toContain("noRestrictedImports");
    expect(found.sort()).toEqual([...refused].sort());
  }, 60_000);
});
