import { describe, expect, it } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH } from "../../../src/design/geometry";
import { CARD_TITLE_LINES, FONT, SIZE } from "../../../src/design/tokens";
import { cardSteps, type PlacedCard } from "../../../src/export/picture/cards";
import type { Font, MeasureText, TextStep } from "../../../src/export/picture/scene";
import { aMap } from "../builders";

/** A stand-in for canvas text metrics: every character is 0.6 em wide. */
const measure: MeasureText = (text: string, font: Font) =>
  text.length * (font.size * 0.6 + (font.letterSpacing ?? 0));
const TEXT_WIDTH = CARD_WIDTH - SIZE.cardBand - 1 - 2 * SIZE.cardPaddingX;

function card(title: string): PlacedCard {
  const person = aMap()
    .withTiers("Sales")
    .withPerson("p", { org: "a", tier: "Sales", name: "Pat Doe", title })
    .build().people[0];
  if (!person) throw new Error("no person");
  return { person, x: 100, y: 50, color: "#123456", tierName: "Sales", unpaired: false };
}

const textsOf = (title: string) =>
  cardSteps(card(title), measure).filter((s): s is TextStep => s.kind === "text");

describe("a card's title in the picture", () => {
  it("takes one line, with the tier under it, when it fits", () => {
    const texts = textsOf("Sales Lead");
    expect(texts.map((t) => t.text)).toEqual(["Pat Doe", "Sales Lead", "SALES"]);
  });

  it("wraps to two lines instead of being cut, and the tier line gives way", () => {
    const title = "Director, Strategic Alliances EMEA";
    expect(measure(title, FONT.cardTitle)).toBeGreaterThan(TEXT_WIDTH);
    const texts = textsOf(title);
    const lines = texts.filter((t) => t.font === FONT.cardTitle);
    expect(lines).toHaveLength(CARD_TITLE_LINES);
    expect(lines.map((t) => t.text).join(" ")).toBe(title);
    expect(texts.some((t) => t.text === "SALES")).toBe(false);
    for (const t of texts) {
      expect(measure(t.text, t.font)).toBeLessThanOrEqual(TEXT_WIDTH);
      // Every line inside the card, one below the other.
      expect(t.y).toBeGreaterThan(50);
      expect(t.y + t.font.size / 2).toBeLessThan(50 + CARD_HEIGHT);
    }
    expect((lines[1]?.y ?? 0) - (lines[0]?.y ?? 0)).toBeCloseTo(FONT.cardTitle.size * 1.25, 1);
  });

  it("shortens only a title longer than two lines, with …", () => {
    const lines = textsOf(
      "Head of Worldwide Strategic Partnerships and Alliances Programmes",
    ).filter((t) => t.font === FONT.cardTitle);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.text.endsWith("…")).toBe(true);
    expect(lines[0]?.text.endsWith("…")).toBe(false);
  });
});
