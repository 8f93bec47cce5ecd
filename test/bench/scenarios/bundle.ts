/** Initial JS: the built index.html's entry script and modulepreload links, gzipped. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Log } from "../maps";
import type { Row } from "../report";
import { round } from "../stats";

export function bundleScenario(
  dist: string,
  rows: Row[],
  raw: Record<string, unknown>,
  log: Log,
): void {
  const bundle = measureBundle(dist);
  raw.bundle = bundle;
  rows.push({
    scenario: "Initial JS (gzip)",
    map: "-",
    unit: "KB",
    ours: bundle.gzipKB,
    note: `${bundle.files.length} file(s), ${bundle.rawKB} KB raw`,
    target: { kind: "abs", max: 250, label: "<= 250 KB" },
  });
  log(`initial JS ${bundle.gzipKB} KB gzipped`);
}

function measureBundle(dist: string) {
  const html = readFileSync(path.join(dist, "index.html"), "utf8");
  const files = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) {
    if (match[1]) files.add(match[1]);
  }
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) {
    if (match[1]) files.add(match[1]);
  }
  let raw = 0;
  let gzip = 0;
  const perFile: { file: string; rawKB: number; gzipKB: number }[] = [];
  for (const file of files) {
    const content = readFileSync(path.join(dist, file.replace(/^\.?\//, "")));
    const zipped = gzipSync(content, { level: 9 }).length;
    raw += content.length;
    gzip += zipped;
    perFile.push({ file, rawKB: round(content.length / 1024), gzipKB: round(zipped / 1024) });
  }
  if (files.size === 0) throw new Error("no entry script found in dist/index.html");
  return { files: perFile, rawKB: round(raw / 1024), gzipKB: round(gzip / 1024) };
}
