/**
 * Files dropped on the window open the Import dialog with them; files the home screen cannot
 * take (a spreadsheet with no map open, a file of another kind) are refused there plainly.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { EDITOR_VIEWPORT, roster } from "./support/editor";
import { expectEditorOf, goHome, homeSnapshot } from "./support/home";
import { chooseFile, importDialog, importMapFile, openImportDialog } from "./support/import";
import { fixturePath, readFixture, textFile, WORKSHOP } from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

/** Drags a file made in the page over `selector` and drops it there, as the OS would. */
async function dropFile(page: Page, selector: string, name: string, text: string, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      return transfer;
    },
    { name, text, type },
  );
  await page.dispatchEvent(selector, "dragenter", { dataTransfer });
  await page.dispatchEvent(selector, "dragover", { dataTransfer });
  await page.dispatchEvent(selector, "drop", { dataTransfer });
}

test("a map file dropped on the home screen opens the Import dialog with it", async ({
  appPage: page,
}) => {
  const fixture = await readFixture("small-workshop");
  await goHome(page);
  await dropFile(page, "main.home", "workshop.json", JSON.stringify(fixture), "application/json");
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(".import-summary")).toHaveText(
    `${WORKSHOP.name}: Acme Software × Globex Cloud, 14 people, 8 relationships.`,
  );
  await dialog.getByRole("button", { name: "Import map" }).click();
  await expectEditorOf(page, WORKSHOP.name);
  await expect(roster(page).locator(".roster-summary")).toHaveText("14 people, 1 not on canvas");
});

test("a spreadsheet dropped on the editor opens its preview; on the dialog, another file replaces it", async ({
  appPage: page,
}) => {
  await goHome(page);
  await importMapFile(page, fixturePath("small-workshop"), WORKSHOP.name);
  await dropFile(
    page,
    "header.toolbar",
    "two.csv",
    "Name,Organisation,Tier\nZoe Quinn,Globex Cloud,Sales\nYusuf Ali,Acme Software,Marketing\n",
    "text/csv",
  );
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("tbody tr")).toHaveCount(2);
  await expect(dialog.getByRole("button", { name: "Add 2 people" })).toBeEnabled();

  // Dropped on the dialog's own drop zone, a second file takes the first one's place.
  await dropFile(
    page,
    ".import-drop",
    "three.csv",
    "Name,Organisation,Tier\nA One,a,Sales\nB Two,b,Sales\nC Three,b,Sales\n",
    "text/csv",
  );
  await expect(dialog.locator("tbody tr")).toHaveCount(3);
  await dialog.getByRole("button", { name: "Add 3 people" }).click();
  // Placed on the canvas in their tiers; only the one unplaced before still waits.
  await expect(roster(page).locator(".roster-summary")).toHaveText("17 people, 1 not on canvas");
});

test("from the home screen, a spreadsheet or another kind of file is refused and nothing changes", async ({
  appPage: page,
}) => {
  await goHome(page);
  await importMapFile(page, fixturePath("small-workshop"), WORKSHOP.name);
  await page.goto("/#/");
  const before = await homeSnapshot(page);
  expect(before).toHaveLength(1);

  const cases = [
    {
      file: textFile("people.csv", "Name,Organisation,Tier\nZoe,Globex Cloud,Sales\n", "text/csv"),
      message: "Open a map first: a spreadsheet of people is added to the open map.",
    },
    {
      file: textFile("map.txt", JSON.stringify(await readFixture("small-workshop"))),
      message:
        '"map.txt" is not a file Peermap can import. Choose a Peermap map (.json) or a spreadsheet of people saved as CSV (.csv).',
    },
  ];
  for (const { file, message } of cases) {
    const dialog = await openImportDialog(page);
    await chooseFile(dialog, file);
    const alert = dialog.getByRole("alert");
    await expect(alert.locator("p").first()).toHaveText(message);
    await expect(alert).toContainText("Nothing was changed.");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
  }
  expect(await homeSnapshot(page)).toEqual(before);
});
