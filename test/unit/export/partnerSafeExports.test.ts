/**
 * Every export of a map with notes, emails and internal links, whole and "for the partner's
 * eyes": the whole one has the private strings (so these tests can fail), the partner's has
 * none of them and still has what the workshop is about.
 */
import { describe, expect, it } from "vitest";
import { INTERNAL_DASH } from "../../../src/design/strokes";
import { peerTableCsv } from "../../../src/domain/csv/peerTable";
import { parseMapFile, serializeMap } from "../../../src/domain/format";
import { analyseMap } from "../../../src/domain/gaps";
import type { PeerMap } from "../../../src/domain/model";
import { forThePartnersEyes } from "../../../src/domain/partnerSafe";
import { gapReportMarkdown } from "../../../src/domain/report/reportMarkdown";
import { boardScene, pictureScene } from "../../../src/export/picture/mapScene";
import type { Font, MeasureText, PathStep, SceneStep } from "../../../src/export/picture/scene";
import { sceneToSvg } from "../../../src/export/picture/sceneToSvg";
import { DEFAULT_PNG_OPTIONS } from "../../../src/export/pngGeometry";
import { aMap } from "../builders";

const PRIVATE = [
  "ada@acme.example",
  "Ada is leaving in June",
  "cy@globex.example",
  "Cy wants a discount",
  "Ada covers for Bea while she is away",
  "Priced too high, they said",
];
const PUBLIC = ["Ada Lovelace", "Bea Brown", "Cy Young", "Head of Sales", "2024-05-02"];

const map: PeerMap = aMap()
  .named("Acme x Globex")
  .withOrgs("Acme", "Globex")
  .withPerson("ada", {
    org: "a",
    tier: "Sales",
    name: "Ada Lovelace",
    title: "Head of Sales",
    email: PRIVATE[0],
    notes: PRIVATE[1],
    at: { x: 16, y: 16 },
  })
  .withPerson("bea", { org: "a", tier: "Sales", name: "Bea Brown", at: { x: 232, y: 16 } })
  .withPerson("cy", {
    org: "b",
    tier: "Sales",
    name: "Cy Young",
    email: PRIVATE[2],
    notes: PRIVATE[3],
    at: { x: 16, y: 16 },
  })
  .withLink("ada", "bea", 1, { id: "internal-ada-bea", notes: PRIVATE[4] })
  .withLink("ada", "cy", 2, { notes: PRIVATE[5], lastContact: "2024-05-02" })
  .build();
const shown = forThePartnersEyes(map);

/** Checks the whole export has every private string and the partner's none, both the rest. */
function expectPartnerSafe(exportOf: (map: PeerMap) => string, publicStrings = PUBLIC): void {
  const whole = exportOf(map);
  const partners = exportOf(shown);
  for (const text of PRIVATE.filter((t) => whole.includes(t))) {
    expect(partners, text).not.toContain(text);
  }
  for (const text of publicStrings) {
    expect(whole, text).toContain(text);
    expect(partners, text).toContain(text);
  }
}

const measure: MeasureText = (text: string, font: Font) => text.length * font.size * 0.6;

describe("for the partner's eyes, every export leaves out what is private", () => {
  it("the map file (JSON): no note, email or internal link, and it still reads back", () => {
    const json = (m: PeerMap) => serializeMap(m, "2024-05-14T09:00:00.000Z");
    for (const text of PRIVATE) expect(json(map)).toContain(text);
    expectPartnerSafe(json);
    expect(json(map)).toContain("internal-ada-bea");
    expect(json(shown)).not.toContain("internal-ada-bea");
    const back = parseMapFile(json(shown));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.map.people.map((p) => p.name)).toEqual(map.people.map((p) => p.name));
  });

  it("the peer table (CSV): no notes in the pair rows", () => {
    expect(peerTableCsv(map)).toContain(PRIVATE[5]);
    expectPartnerSafe(peerTableCsv, ["Ada Lovelace", "Cy Young", "Head of Sales", "2024-05-02"]);
  });

  it("the gap report (Markdown): no notes and no internal links among the weak ones", () => {
    const report = (m: PeerMap) => gapReportMarkdown(m, "2024-05-14");
    expect(report(map)).toContain(PRIVATE[4]);
    expect(report(map)).toContain("internal");
    expectPartnerSafe(report, ["Ada Lovelace", "Cy Young", "2024-05-02"]);
    expect(report(shown)).not.toContain("internal");
    expect(report(shown)).not.toMatch(/Ada Lovelace.*–.*Bea Brown/);
  });

  it("the picture (scene, PNG and SVG): no internal line, and the SVG has no private text", () => {
    const internalLines = (m: PeerMap) =>
      boardScene(m, analyseMap(m), measure, false)
        .filter((s: SceneStep): s is PathStep => s.kind === "path")
        .filter((p) => p.dash?.join() === INTERNAL_DASH.join());
    expect(internalLines(map)).toHaveLength(1);
    expect(internalLines(shown)).toHaveLength(0);
    const svg = (m: PeerMap) =>
      sceneToSvg(
        pictureScene({
          map: m,
          analysis: analyseMap(m),
          options: DEFAULT_PNG_OPTIONS,
          date: "2024-05-14",
          measure,
        }).scene,
        { fontFamily: "sans-serif", title: m.name },
      );
    expectPartnerSafe(svg, ["Ada Lovelace", "Bea Brown", "Cy Young", "Head of Sales"]);
  });
});
