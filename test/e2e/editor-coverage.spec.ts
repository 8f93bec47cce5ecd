/**
 * Coverage that means what it says: "—" and what to do until both organisations have someone
 * placed, then tier coverage and people coverage side by side, and a chip per tier with its state
 * in words. The sample alliance's figures are checked against the pure functions.
 */
import { coverageScore, peopleCoverage, tierStatesFromIndex } from "../../src/domain/coverage";
import { sampleAlliance } from "../../src/domain/sampleAlliance";
import { buildTierIndex } from "../../src/domain/tierIndex";
import { expect, test } from "./fixtures";
import {
  addPeopleByForm,
  connectCards,
  coverageText,
  DEFAULT_TIERS,
  EDITOR_VIEWPORT,
  gapsPanel,
  openNewMap,
  openSampleMap,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

const peopleText = (page: import("@playwright/test").Page) =>
  gapsPanel(page).locator(".gaps-people-text");
const tierChips = (page: import("@playwright/test").Page) =>
  gapsPanel(page).getByRole("list", { name: "Coverage by tier" }).getByRole("listitem");
const UNMEASURED = "Add people on both sides to measure coverage.";

test("a blank map says — and what is missing, then counts once both sides are placed", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  await expect(coverageText(page)).toHaveText("Coverage —");
  await expect(peopleText(page)).toHaveText("People —");
  await expect(gapsPanel(page)).toContainText(UNMEASURED);
  await expect(gapsPanel(page)).not.toContainText("100%");
  await expect(tierChips(page)).toHaveText(DEFAULT_TIERS.map((tier) => `○${tier}: nobody yet`));

  // One side only: still nothing to measure.
  await addPeopleByForm(page, "Our company", "Executive sponsor", ["Ada Lovelace"]);
  await expect(coverageText(page)).toHaveText("Coverage —");
  await expect(gapsPanel(page)).toContainText(UNMEASURED);
  await expect(tierChips(page).first()).toHaveText("◐Executive sponsor: one organisation only");

  // Someone on each side, unlinked: 0 %, and the sentence goes.
  await addPeopleByForm(page, "Partner", "Executive sponsor", ["Grace Hopper"]);
  await expect(coverageText(page)).toHaveText("Coverage 0%");
  await expect(peopleText(page)).toHaveText("People 0%");
  await expect(gapsPanel(page)).not.toContainText(UNMEASURED);
  await expect(tierChips(page).first()).toHaveText("✕Executive sponsor: no peer link");

  // A healthy link (new lines are 3 Working, the default threshold) covers the tier and both.
  await connectCards(page, "Ada Lovelace", "Grace Hopper");
  await expect(coverageText(page)).toHaveText("Coverage 100%");
  await expect(peopleText(page)).toHaveText("People 100%");
  await expect(tierChips(page).first()).toHaveText("✓Executive sponsor: healthy peer link");
  await expect(tierChips(page).nth(1)).toHaveText(`○${DEFAULT_TIERS[1]}: nobody yet`);

  // A one-sided second tier lowers tier coverage; the new person lowers people coverage.
  await addPeopleByForm(page, "Partner", DEFAULT_TIERS[1] as string, ["Alan Turing"]);
  await expect(coverageText(page)).toHaveText("Coverage 50%");
  await expect(peopleText(page)).toHaveText("People 66%");
  await expect(tierChips(page).nth(1)).toHaveText(`◐${DEFAULT_TIERS[1]}: one organisation only`);
});

test("the sample alliance shows both figures and each tier's state, as the pure rules say", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  const map = sampleAlliance(new Date().toISOString());
  const tiers = coverageScore(map);
  const people = peopleCoverage(map);
  expect(tiers).not.toBeNull();
  expect(people).not.toBeNull();
  await expect(coverageText(page)).toHaveText(`Coverage ${tiers}%`);
  await expect(peopleText(page)).toHaveText(`People ${people}%`);
  const labels = {
    covered: "healthy peer link",
    weak: "weak peer link only",
    missing: "no peer link",
    "one-sided": "one organisation only",
    empty: "nobody yet",
  };
  const expected = tierStatesFromIndex(buildTierIndex(map)).map(
    ({ tierName, state }) => `${tierName}: ${labels[state]}`,
  );
  await expect(tierChips(page)).toHaveText(
    expected.map((text) => new RegExp(`${text.replace(/[/]/g, "\\/")}$`)),
  );
  // The help text defines both figures in one sentence each.
  await expect(gapsPanel(page)).toContainText("Tier coverage: the share of tiers");
  await expect(gapsPanel(page)).toContainText("People coverage: the share of people placed");
});
