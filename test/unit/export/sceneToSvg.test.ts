import { describe, expect, it } from "vitest";
import { analyseMap } from "../../../src/domain/gaps";
import type { PeerMap } from "../../../src/domain/model";
import { pictureScene } from "../../../src/export/picture/mapScene";
import type { Font, MeasureText, Scene, SceneStep } from "../../../src/export/picture/scene";
import { escapeXml, sceneToSvg } from "../../../src/export/picture/sceneToSvg";
import { DEFAULT_PNG_OPTIONS, type PngOptions } from "../../../src/export/pngGeometry";
import { loadFixture } from "../fixtures";
import { allElements, parseXml, type XmlElement } from "./xmlTree";

const FAMILY = '"Segoe UI", system-ui, sans-serif';
const svgOf = (scene: Scene, title?: string) =>
  parseXml(sceneToSvg(scene, { fontFamily: FAMILY, title }));
const scene = (steps: SceneStep[], background?: string): Scene => ({
  width: 320,
  height: 180,
  background,
  steps,
});
const only = (root: XmlElement, name: string): XmlElement[] =>
  allElements(root).filter((e) => e.name === name);

const measure: MeasureText = (text: string, font: Font) => text.length * font.size * 0.6;
const picture = (map: PeerMap, options: Partial<PngOptions> = {}) =>
  pictureScene({
    map,
    analysis: analyseMap(map),
    options: { ...DEFAULT_PNG_OPTIONS, ...options },
    date: "2026-11-23",
    measure,
  }).scene;

describe("sceneToSvg", () => {
  it("is an SVG document exactly as big as the scene, in the font the text was measured in", () => {
    const root = svgOf(scene([]));
    expect(root.name).toBe("svg");
    expect(root.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(root.attrs).toMatchObject({ width: "320", height: "180", viewBox: "0 0 320 180" });
    expect(root.attrs["font-family"]).toBe(FAMILY);
  });

  it("fills the background only when the scene has one", () => {
    expect(only(svgOf(scene([], "#fff")), "rect")).toEqual([
      expect.objectContaining({ attrs: expect.objectContaining({ fill: "#fff", width: "320" }) }),
    ]);
    expect(only(svgOf(scene([])), "rect")).toHaveLength(0);
  });

  it("keeps text as text, with its size, weight, spacing and alignment", () => {
    const font = { size: 14, weight: 700, letterSpacing: 1.5 };
    const root = svgOf(
      scene([
        { kind: "text", text: "Dana Whitfield", x: 10, y: 20, font, color: "#0f172a" },
        { kind: "text", text: "VACANT", x: 50, y: 60, font, color: "#64748b", align: "center" },
      ]),
    );
    const [name, vacant] = only(root, "text");
    expect(name?.text).toBe("Dana Whitfield");
    expect(name?.attrs).toMatchObject({
      x: "10",
      "font-size": "14",
      "font-weight": "700",
      "letter-spacing": "1.5",
      fill: "#0f172a",
    });
    expect(name?.attrs["text-anchor"]).toBeUndefined();
    // The canvas centres text on y; SVG puts the baseline there, a little lower.
    expect(Number(name?.attrs.y)).toBeGreaterThan(20);
    expect(Number(name?.attrs.y)).toBeLessThan(20 + 14 / 2);
    expect(vacant?.attrs["text-anchor"]).toBe("middle");
  });

  it("escapes <, >, &, quotes and apostrophes, and drops what XML cannot hold", () => {
    const hostile = `Ann <b>"O'Brien"</b> & Co\u0000\u0007\uD800`;
    const svg = sceneToSvg(
      scene([
        {
          kind: "text",
          text: hostile,
          x: 0,
          y: 0,
          font: { size: 12, weight: 400 },
          color: "#000",
        },
      ]),
      { fontFamily: FAMILY, title: `Map "A" & <B>` },
    );
    expect(svg).not.toContain("<b>");
    const root = parseXml(svg);
    expect(only(root, "text")[0]?.text).toBe(`Ann <b>"O'Brien"</b> & Co`);
    expect(only(root, "title")[0]?.text).toBe(`Map "A" & <B>`);
    expect(escapeXml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&apos;");
  });

  it("draws dashes as stroke-dasharray, and a stroke-only path with no fill", () => {
    const root = svgOf(
      scene([
        {
          kind: "path",
          d: "M0 0 C 10 0, 20 10, 30 10",
          stroke: "#dc2626",
          lineWidth: 2,
          dash: [10, 7],
          lineCap: "round",
          x: 5,
          y: 6,
        },
      ]),
    );
    const [path] = only(root, "path");
    expect(path?.attrs).toMatchObject({
      d: "M0 0 C 10 0, 20 10, 30 10",
      fill: "none",
      stroke: "#dc2626",
      "stroke-width": "2",
      "stroke-dasharray": "10 7",
      "stroke-linecap": "round",
      transform: "translate(5 6)",
    });
  });

  it("writes translucent colours as a colour and an opacity", () => {
    const root = svgOf(
      scene([{ kind: "circle", cx: 5, cy: 6, r: 4, fill: "rgba(37, 99, 235, 0.08)" }]),
    );
    expect(only(root, "circle")[0]?.attrs).toMatchObject({
      cx: "5",
      r: "4",
      fill: "rgb(37, 99, 235)",
      "fill-opacity": "0.08",
    });
  });

  it("rounds rectangles: one radius as rx, one per corner as a path; shadows as a filter", () => {
    const root = svgOf(
      scene([
        { kind: "rect", x: 1, y: 2, width: 30, height: 20, radii: 8, fill: "#fff", shadow: true },
        { kind: "rect", x: 1, y: 2, width: 30, height: 20, radii: [8, 0, 0, 8], fill: "#2563eb" },
      ]),
    );
    const card = only(root, "rect")[0];
    expect(card?.attrs).toMatchObject({ rx: "8", filter: "url(#card-shadow)" });
    expect(only(root, "feDropShadow")).toHaveLength(1);
    const band = only(root, "path")[0];
    expect(band?.attrs.d).toMatch(/^M9 2H31L31 2V22L31 22H9A8 8 0 0 1 1 14V10A8 8 0 0 1 9 2Z$/);
    expect(band?.attrs.fill).toBe("#2563eb");
  });

  it("moves groups with a translate", () => {
    const root = svgOf(
      scene([{ kind: "group", x: 40, y: 140.5, steps: [{ kind: "circle", cx: 0, cy: 0, r: 1 }] }]),
    );
    const [group] = only(root, "g");
    expect(group?.attrs.transform).toBe("translate(40 140.5)");
    expect(group?.children.map((c) => c.name)).toEqual(["circle"]);
  });
});

describe("the SVG of the workshop map", () => {
  const map = loadFixture("small-workshop");

  it("is well formed, names every placed person in a <text>, and has the picture's size", () => {
    const picture16x9 = picture(map, { slide: true });
    const root = svgOf(picture16x9, map.name);
    expect(Number(root.attrs.width)).toBeCloseTo(picture16x9.width, 1);
    expect(Number(root.attrs.height)).toBeCloseTo(picture16x9.height, 1);
    const words = only(root, "text").map((t) => t.text);
    const placed = map.people.filter((p) => p.position);
    expect(placed.length).toBeGreaterThan(10);
    for (const person of placed) expect(words).toContain(person.name);
    expect(words).toContain(map.name);
  });

  it("has one element per drawing step", () => {
    const count = (steps: readonly SceneStep[]): number =>
      steps.reduce(
        (n, s) =>
          n + (s.kind === "group" ? 1 + count(s.steps) : s.kind === "text" && !s.text ? 0 : 1),
        0,
      );
    const transparent = picture(map, { background: "transparent" });
    const drawn = allElements(svgOf(transparent)).filter(
      (e) => !["svg", "defs", "filter", "feDropShadow"].includes(e.name),
    );
    expect(drawn).toHaveLength(count(transparent.steps));
  });
});
