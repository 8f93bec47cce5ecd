/**
 * Workshop rooms have poor Wi-Fi: after one visit, Peermap opens and works with no network
 * (its service worker keeps the built app), and a new version waits for the user to choose
 * "Reload" instead of reloading by itself mid-edit. The only spec with the service worker on
 * (playwright.config.ts blocks it for the others).
 */
import type { Page, Response } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectSaved, mapCard, skipPersistNotice } from "./storage-support";
import {
  addPeopleByForm,
  cardByName,
  EDITOR_VIEWPORT,
  inspectorName,
  openSampleMap,
  selectCard,
  toolbarTitle,
} from "./support/editor";
import { backHome, expectEditorOf } from "./support/home";
import { serveBuildWithVersions } from "./support/versioned-server";

test.use({ serviceWorkers: "allow", viewport: EDITOR_VIEWPORT });

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

/** Once the service worker controls the page, it has stored the whole built app. */
async function expectControlledByServiceWorker(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? "none"), {
      timeout: 10_000,
    })
    .toBe("activated");
}

test("after one visit, a map opens, takes an edit and keeps it with no network", async ({
  appPage: page,
  context,
}) => {
  await expectControlledByServiceWorker(page);
  await openSampleMap(page);
  await backHome(page);

  await context.setOffline(true);
  const answers: Response[] = [];
  page.on("response", (response) => answers.push(response));
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
  // The editor is a separate file, loaded when a map opens: it too comes from the browser.
  await mapCard(page, "Sample alliance")
    .getByRole("link", { name: "Open Sample alliance" })
    .click();
  await expectEditorOf(page, "Sample alliance");
  await addPeopleByForm(page, "Acme Software", "Sales", ["Olga Offline"]);
  await expect(cardByName(page, "Olga Offline")).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await expectEditorOf(page, "Sample alliance");
  await expect(cardByName(page, "Olga Offline")).toBeVisible();
  // Everything the page loaded with no network came from the service worker (a request that
  // went to the network would have failed, and the fixtures' error guard fails on that too).
  const loaded = answers.map((response) => new URL(response.url()).pathname);
  expect(loaded).toEqual(expect.arrayContaining(["/", expect.stringMatching(/EditorScreen/)]));
  expect(answers.filter((response) => !response.fromServiceWorker())).toEqual([]);
});

test("a new version waits for Reload, which keeps what was being typed", async ({ page }) => {
  const server = await serveBuildWithVersions();
  try {
    await page.goto(server.url);
    await expectControlledByServiceWorker(page);
    await openSampleMap(page);
    await selectCard(page, "Dana Whitfield");
    await inspectorName(page).fill("Dana Reyes");

    server.deployNextVersion();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page
      .getByRole("status")
      .filter({ hasText: "A new version of Peermap is ready" });
    await expect(prompt).toBeVisible({ timeout: 10_000 });
    // Nothing reloaded by itself: the name being typed is still in its field.
    await expect(inspectorName(page)).toHaveValue("Dana Reyes");

    await prompt.getByRole("button", { name: "Later" }).click();
    await expect(prompt).toHaveCount(0);
    // The new version still waits; it is offered again on the next visit.
    await page.reload();
    await expect(prompt).toBeVisible({ timeout: 10_000 });
    await expect(cardByName(page, "Dana Reyes")).toBeVisible();

    await selectCard(page, "Dana Reyes");
    await inspectorName(page).fill("Dana Whitfield-Reyes");
    const reloaded = page.waitForEvent("load");
    await prompt.getByRole("button", { name: "Reload" }).click();
    await reloaded;
    await expect(toolbarTitle(page)).toHaveText("Sample alliance");
    await expect(prompt).toHaveCount(0);
    const stillWaiting = () =>
      page.evaluate(async () =>
        Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
      );
    expect(await stillWaiting()).toBe(false); // The new version runs the page now.
    await expect(cardByName(page, "Dana Whitfield-Reyes")).toBeVisible();
  } finally {
    await server.close();
  }
});
