/**
 * Smoke test: the production build loads in Chromium and renders the app shell, without
 * console errors, uncaught errors or failed requests (enforced by the fixtures). Asserts only
 * on things that survive UI changes: the document title and a visible main landmark.
 */
import { expect, test } from "./fixtures";

test("the built app loads cleanly", async ({ appPage, appIssues }) => {
  await expect(appPage).toHaveTitle("Peermap");
  await expect(appPage.getByRole("main")).toBeVisible();
  expect(appIssues.all).toEqual([]);
});
