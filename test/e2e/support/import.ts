/** Importing files through the Import dialog, from the home screen or the editor's toolbar. */
import { expect, type Locator, type Page } from "@playwright/test";
import { toolbar } from "./editor";
import { expectEditorOf, goHome } from "./home";
import {
  type FilePayload,
  type FixtureName,
  fixturePath,
  type MapFileJson,
  readFixture,
} from "./map-files";

export const importDialog = (page: Page): Locator => page.getByRole("dialog", { name: "Import" });

/** Opens the Import dialog from the home screen's or the toolbar's Import button. */
export async function openImportDialog(page: Page): Promise<Locator> {
  const inEditor = await toolbar(page).isVisible();
  const scope = inEditor ? toolbar(page) : page.locator("main.home");
  await scope.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Hands a file to the open Import dialog through its file input. */
export async function chooseFile(dialog: Locator, file: FilePayload | string): Promise<void> {
  await dialog.locator('input[type="file"]').setInputFiles(file);
}

/** Hands a file to the open Import dialog the way a user does: the file chooser. */
export async function chooseFileWithChooser(
  page: Page,
  dialog: Locator,
  file: FilePayload | string,
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    dialog.getByText("Choose a file…").click(),
  ]);
  await chooser.setFiles(file);
}

/**
 * Imports a map file from wherever the page is (home or editor) and waits for it to open.
 * With `choice`, the file's id is expected to be stored already and that option is picked.
 */
export async function importMapFile(
  page: Page,
  file: FilePayload | string,
  expectedName: string,
  choice?: "copy" | "replace",
): Promise<void> {
  const dialog = await openImportDialog(page);
  await chooseFile(dialog, file);
  const importButton = dialog.getByRole("button", { name: "Import map" });
  await expect(importButton).toBeEnabled();
  if (choice) {
    const option = choice === "copy" ? "Import as a copy" : "Replace the stored map";
    await dialog.getByRole("radio", { name: option }).check();
  }
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expectEditorOf(page, expectedName);
}

/** Imports a test/fixtures map from the home screen and waits for its editor. */
export async function openFixtureMap(page: Page, name: FixtureName): Promise<MapFileJson> {
  const fixture = await readFixture(name);
  await goHome(page);
  await importMapFile(page, fixturePath(name), fixture.map.name);
  return fixture;
}
