/**
 * src/design is the look as data: pure TypeScript that may import only src/domain (and itself),
 * so the canvas, the panels and the picture painter can all depend on it without a cycle.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DESIGN = path.resolve(__dirname, "../../../src/design");
const files = readdirSync(DESIGN).filter((f) => f.endsWith(".ts"));
const importsOf = (source: string): string[] =>
  [...source.matchAll(/^\s*(?:import|export)[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1] ?? "");

describe("src/design", () => {
  it("is TypeScript only, no components", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(readdirSync(DESIGN).filter((f) => !f.endsWith(".ts"))).toEqual([]);
  });

  it("imports nothing but itself and src/domain", () => {
    const outside = files.flatMap((file) =>
      importsOf(readFileSync(path.join(DESIGN, file), "utf8"))
        .filter((from) => !/^\.\/[\w-]+$/.test(from) && !/^\.\.\/domain\//.test(from))
        .map((from) => `${file}: ${from}`),
    );
    expect(outside).toEqual([]);
  });

  it("touches no DOM", () => {
    const dom = files.filter((file) =>
      /\b(document|window|navigator|localStorage)\./.test(
        readFileSync(path.join(DESIGN, file), "utf8"),
      ),
    );
    expect(dom).toEqual([]);
  });

  it("is read the way the check reads it", () => {
    expect(
      importsOf('import { a } from "./tokens";\nexport { b } from "../domain/layout";'),
    ).toEqual(["./tokens", "../domain/layout"]);
    expect(importsOf('import { x } from "react";')).toEqual(["react"]);
  });
});
