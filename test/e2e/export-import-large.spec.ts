/**
 * A big map file: 2,000 people, everyone placed, 3,000 relationships, made in the test (not
 * committed). It imports from the home screen and opens with its cards on the canvas.
 */
import { slotPosition } from "../../src/domain/cellPlaces";
import { expect, test } from "./fixtures";
import { exportJson } from "./support/downloads";
import { boxOf, canvas, cards, centre, EDITOR_VIEWPORT, gapsPanel, roster } from "./support/editor";
import { backHome, expectEditorOf, goHome, mapCards } from "./support/home";
import { chooseFile, openImportDialog } from "./support/import";
import { jsonFile, type MapFileJson } from "./support/map-files";
import { pixelAt } from "./support/painted";

test.use({ viewport: EDITOR_VIEWPORT });

const PEOPLE = 2_000;
const RELATIONSHIPS = 3_000;
const TIERS = ["Executive sponsor", "Alliance management", "Sales", "Marketing", "Delivery"];

/**
 * People spread over both organisations and five tiers, each in the next grid slot of their
 * cell; relationships between people of the same tier on either side (mostly) or of the tier
 * next door, every pair once, strengths 1–5 in turn.
 */
function bigMapFile(): MapFileJson {
  const tiers = TIERS.map((name, i) => ({ id: `tier-${i}`, name }));
  const slots = new Map<string, number>();
  const people = Array.from({ length: PEOPLE }, (_, i) => {
    const org = i % 2 === 0 ? "a" : "b";
    const tier = Math.floor(i / 2) % TIERS.length;
    const cell = `${org}:${tier}`;
    const slot = slots.get(cell) ?? 0;
    slots.set(cell, slot + 1);
    return {
      id: `person-${i}`,
      org,
      name: `Person ${String(i).padStart(4, "0")}`,
      title: `Title ${i % 37}`,
      tier: `tier-${tier}`,
      email: `person.${i}@example.com`,
      position: slotPosition(slot, org),
    };
  });
  const relationships: MapFileJson[] = [];
  const pairs = new Set<string>();
  for (let k = 0; relationships.length < RELATIONSHIPS; k++) {
    // Person 2j (ours) and 2j + 1 + 2·step·TIERS (theirs): same tier, different people.
    const ours = (2 * k) % PEOPLE;
    const step = Math.floor((2 * k) / PEOPLE);
    const theirs = (ours + 1 + 2 * TIERS.length * step + (k % 7 === 0 ? 2 : 0)) % PEOPLE;
    const key = `${ours}-${theirs}`;
    if (pairs.has(key) || ours === theirs) continue;
    pairs.add(key);
    relationships.push({
      id: `rel-${relationships.length}`,
      source: `person-${ours}`,
      target: `person-${theirs}`,
      strength: (relationships.length % 5) + 1,
    });
  }
  return {
    format: "peermap",
    version: 1,
    exportedAt: "2025-01-15T09:00:00.000Z",
    map: {
      id: "m-big-alliance",
      name: "Big alliance",
      orgs: { a: { name: "Initech", color: "#0f766e" }, b: { name: "Umbrella", color: "#7c3aed" } },
      tiers,
      settings: { healthyThreshold: 3 },
      people,
      relationships,
      createdAt: "2025-01-15T09:00:00.000Z",
      updatedAt: "2025-01-15T09:00:00.000Z",
    },
  };
}

test("a 2,000-person map file imports and opens", async ({ appPage: page }) => {
  test.setTimeout(150_000);
  const file = bigMapFile();
  expect(file.map.people).toHaveLength(PEOPLE);
  expect(file.map.relationships).toHaveLength(RELATIONSHIPS);

  await goHome(page);
  const dialog = await openImportDialog(page);
  await chooseFile(dialog, jsonFile("big-alliance.json", file));
  await expect(dialog.locator(".import-summary")).toHaveText(
    "Big alliance: Initech × Umbrella, 2,000 people, 3,000 relationships.",
  );
  await dialog.getByRole("button", { name: "Import map" }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expectEditorOf(page, "Big alliance", 30_000);

  // Everyone is in the roster, placed; cards are drawn on the canvas.
  await expect(roster(page).locator(".roster-summary")).toHaveText("2000 people", {
    timeout: 30_000,
  });
  await expect(cards(page).first()).toBeVisible({ timeout: 30_000 });
  expect(await cards(page).count()).toBeGreaterThan(0);
  // It opens far out, where cards are painted: painted from the start, before any zoom.
  const first = centre(await boxOf(cards(page).first()));
  await expect.poll(async () => (await pixelAt(page, first))?.[3]).toBeGreaterThan(0);
  await expect(canvas(page).locator(".lane-label-name")).toHaveText(TIERS);
  await expect(gapsPanel(page).locator(".gaps-coverage-text")).toBeVisible();

  // Stored as it was read: the export has every person and relationship.
  const exported = await exportJson(page);
  expect(exported.json.map.people).toHaveLength(PEOPLE);
  expect(exported.json.map.relationships).toHaveLength(RELATIONSHIPS);
  expect(exported.json.map.people).toEqual(file.map.people);

  await backHome(page);
  const card = mapCards(page).filter({ hasText: "Big alliance" });
  await expect(card.locator(".map-card-stats")).toContainText("People2000");
  await expect(card.locator(".map-card-stats")).toContainText("Relationships3000");
});
