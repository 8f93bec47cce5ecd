/**
 * Bad files: every kind of broken map file, and a spreadsheet without a name column, is
 * refused with an alert that says what is wrong (and where, as `people[3].tier`), and nothing
 * changes: not the open map (roster, gaps, cards, its exported file), not the home list.
 */

import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { exportJson } from "./support/downloads";
import { EDITOR_VIEWPORT } from "./support/editor";
import {
  backHome,
  editorSnapshot,
  expectEditorOf,
  goHome,
  homeSnapshot,
  mapCards,
  reloadHome,
} from "./support/home";
import { chooseFile, importMapFile, openImportDialog } from "./support/import";
import {
  type FilePayload,
  fixturePath,
  jsonFile,
  type MapFileJson,
  readFixture,
  textFile,
  WORKSHOP,
} from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

interface BadFile {
  title: string;
  make: (workshop: MapFileJson) => FilePayload;
  /** Lines the alert must show, in full. */
  expected: (string | RegExp)[];
  /** A spreadsheet: only offered with a map open, so not tried from the home screen. */
  csv?: boolean;
}

const clone = (value: MapFileJson): MapFileJson => structuredClone(value);
const edited = (name: string, edit: (file: MapFileJson) => void) => (workshop: MapFileJson) => {
  const file = clone(workshop);
  edit(file);
  return jsonFile(name, file);
};

const BAD_FILES: BadFile[] = [
  {
    title: "not JSON",
    make: (workshop) => {
      const text = JSON.stringify(workshop, null, 2);
      // Cut off half-way, as an interrupted download would leave it.
      return textFile("half-saved.json", text.slice(0, Math.floor(text.length / 2)));
    },
    expected: [
      '"half-saved.json" cannot be opened.',
      /^This file is not valid JSON: .+ \(line \d+, column \d+\)\. It may be damaged or only partly saved\.$/,
    ],
  },
  {
    title: "not a Peermap file",
    make: () => jsonFile("package.json", { name: "peermap", version: "0.1.0", private: true }),
    expected: [
      '"package.json" cannot be opened.',
      'This file is not a Peermap map: it has no "format": "peermap" marker.',
    ],
  },
  {
    title: "a newer version",
    make: edited("from-the-future.json", (file) => {
      file.version = 3;
      file.map.people[0].pronouns = "she/her";
    }),
    expected: [
      "This map was made by a newer Peermap (file version 3); this version reads up to version 2. Update Peermap and try again.",
    ],
  },
  {
    title: "broken references",
    make: edited("broken-references.json", (file) => {
      file.map.people[3].tier = "vp";
      file.map.relationships[4].target = "chris-novak";
    }),
    expected: [
      'people[3].tier: no tier with id "vp"',
      'relationships[4].target: no person with id "chris-novak"',
    ],
  },
  {
    title: "duplicate ids",
    make: edited("duplicate-ids.json", (file) => {
      file.map.tiers[5].id = "sales";
      file.map.relationships[2].id = "rel-priya-tom";
    }),
    expected: [
      'tiers[5].id: the tier id "sales" is already used by tiers[2]; ids must be unique',
      'relationships[2].id: the relationship id "rel-priya-tom" is already used by relationships[1]; ids must be unique',
    ],
  },
  {
    title: "a strength out of range",
    make: edited("strength-7.json", (file) => {
      file.map.relationships[1].strength = 7;
    }),
    expected: ["relationships[1].strength: must be a whole number from 1 to 5 (it is 7)"],
  },
  {
    title: "too large (over 5 MB)",
    make: (workshop) => {
      const file = clone(workshop);
      // Valid JSON of a map, but far bigger than anything Peermap reads.
      file.map.people = Array.from({ length: 24_000 }, (_, i) => ({
        id: `p${i}`,
        org: i % 2 ? "b" : "a",
        name: `Person number ${i} with a rather long name`,
        title: "A job title long enough to fill the file up quickly",
        tier: "sales",
        email: `person.number.${i}@example.com`,
      }));
      file.map.relationships = [];
      const payload = jsonFile("huge.json", file);
      expect(payload.buffer.length).toBeGreaterThan(5 * 1024 * 1024);
      return payload;
    },
    expected: [/^"huge\.json" is too large \(\d+(\.\d)? MB\); Peermap imports files up to 5 MB\.$/],
  },
  {
    title: "a __proto__ key",
    make: (workshop) => {
      const text = JSON.stringify(workshop, null, 2).replace(
        '"id": "dana",',
        '"id": "dana",\n        "__proto__": { "isAdmin": true },',
      );
      expect(text).toContain('"__proto__"');
      return textFile("proto.json", text, "application/json");
    },
    expected: [
      'people[0]: contains the forbidden key "__proto__"; Peermap refuses such keys for safety',
    ],
  },
  {
    // A file with headers but no name column is no longer refused: the preview asks which
    // column holds the names (import-roster-matching.spec.ts). One with no people still is.
    title: "a spreadsheet with headers but no people",
    csv: true,
    make: () => textFile("people.csv", "Name,Title,Organisation,Tier,Email\r\n\r\n", "text/csv"),
    expected: ['"people.csv" cannot be imported.', "This file has headers but no people."],
  },
];

/** Imports `file`, expects the alert to show `expected` and no way to go on, then closes. */
async function expectRefused(page: Page, file: FilePayload, expected: BadFile["expected"]) {
  const dialog = await openImportDialog(page);
  await chooseFile(dialog, file);
  const alert = dialog.getByRole("alert");
  await expect(alert).toBeVisible();
  const lines = (await alert.locator("p, li").allInnerTexts()).map((line) => line.trim());
  for (const line of expected) {
    if (typeof line === "string") expect(lines).toContain(line);
    else
      expect(
        lines.some((l) => line.test(l)),
        `${line} in ${JSON.stringify(lines)}`,
      ).toBe(true);
  }
  expect(lines.at(-1)).toBe("Nothing was changed.");
  // Nothing to import or add.
  await expect(dialog.getByRole("button", { name: /^(Import map|Add )/ })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
}

for (const bad of BAD_FILES) {
  test(`a file with ${bad.title} is refused and changes nothing`, async ({ appPage: page }) => {
    const workshop = await readFixture("small-workshop");
    const file = bad.make(workshop);

    await goHome(page);
    await importMapFile(
      page,
      fixturePath("lopsided-alliance"),
      "Northwind Analytics x Contoso Systems",
    );
    await backHome(page);
    await importMapFile(page, fixturePath("small-workshop"), WORKSHOP.name);
    const mapBefore = (await exportJson(page)).json.map;
    const editorBefore = await editorSnapshot(page);
    expect(editorBefore.roster).toContain("14 people, 1 not on canvas");
    await backHome(page);
    const homeBefore = await homeSnapshot(page);
    expect(homeBefore).toHaveLength(2);

    // With the map open, from the toolbar.
    await mapCards(page)
      .getByRole("link", { name: `Open ${WORKSHOP.name}` })
      .click();
    await expectEditorOf(page, WORKSHOP.name);
    await expectRefused(page, file, bad.expected);
    expect(await editorSnapshot(page)).toEqual(editorBefore);
    expect((await exportJson(page)).json.map).toEqual(mapBefore);

    // From the home screen (a map file; a spreadsheet needs an open map).
    await backHome(page);
    if (!bad.csv) await expectRefused(page, file, bad.expected);
    expect(await homeSnapshot(page)).toEqual(homeBefore);
    // And after a reload, from storage.
    await reloadHome(page);
    expect(await homeSnapshot(page)).toEqual(homeBefore);
  });
}
