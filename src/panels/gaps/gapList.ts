/** Pure helpers behind the gaps panel: wording, and folding a long tail of minor gaps. */
import { COVERAGE_UNMEASURED, percentText, type TierState } from "../../domain/coverage";
import { sameItems } from "../../domain/equality";
import type { Gap } from "../../domain/gaps";

/** More "info" gaps than this are folded into one expandable row. */
export const INFO_FOLD_LIMIT = 8;

/** Tier coverage as the panel's headline: "Coverage 66%", or "Coverage —" before it can be measured. */
export const coverageText = (coverage: number | null): string =>
  `Coverage ${percentText(coverage === null ? null : Math.round(coverage))}`;

export const peopleCoverageText = (coverage: number | null): string =>
  `People ${percentText(coverage === null ? null : Math.round(coverage))}`;

/**
 * Tier coverage as a sentence for the room ("Coverage so far: 2 of 3 tiers" mid-reveal): the
 * tiers with a healthy peer link out of those with people in them (tierCoverageCount).
 */
export function coverageCountText(
  count: { covered: number; staffed: number } | null,
  soFar: boolean,
): string {
  if (!count) return COVERAGE_UNMEASURED;
  const tiers = count.staffed === 1 ? "tier" : "tiers";
  return `Coverage${soFar ? " so far" : ""}: ${count.covered} of ${count.staffed} ${tiers}`;
}

/** What the gaps panel says when there is no gap to list. */
export const noGapsText = (peopleCount: number): string =>
  peopleCount === 0
    ? "No gaps yet: add people to both organisations to see how well the tiers are linked."
    : "No gaps: every tier has a healthy peer link.";

/** Each tier state in words and a symbol, so a chip never speaks by colour alone. */
export const TIER_STATE_TEXT: Readonly<Record<TierState, { label: string; icon: string }>> = {
  covered: { label: "healthy peer link", icon: "✓" },
  weak: { label: "weak peer link only", icon: "~" },
  missing: { label: "no peer link", icon: "✕" },
  "one-sided": { label: "one organisation only", icon: "◐" },
  empty: { label: "nobody yet", icon: "○" },
};

export interface ArrangedGaps {
  /** Listed one by one, in the analysis order (most severe first). */
  shown: Gap[];
  /** Info gaps folded behind one row; empty when there are few enough to list. */
  folded: Gap[];
}

export function arrangeGaps(gaps: readonly Gap[], limit = INFO_FOLD_LIMIT): ArrangedGaps {
  const info = gaps.filter((gap) => gap.severity === "info");
  if (info.length <= limit) return { shown: [...gaps], folded: [] };
  return { shown: gaps.filter((gap) => gap.severity !== "info"), folded: info };
}

/** "9 unpaired people" when every folded gap is an unpaired person, else "9 more notes". */
export function foldedLabel(folded: readonly Gap[]): string {
  const n = folded.length;
  if (folded.every((gap) => gap.kind === "unpaired")) {
    return `${n} unpaired ${n === 1 ? "person" : "people"}`;
  }
  return `${n} more ${n === 1 ? "note" : "notes"}`;
}

/** Same content: lets a list item skip re-rendering when an edit left its gap unchanged. */
export const sameGap = (p: Gap, q: Gap): boolean =>
  p === q ||
  (p.id === q.id &&
    p.message === q.message &&
    p.severity === q.severity &&
    sameItems(p.personIds, q.personIds));

/** The selection is exactly this gap's people, in any order. */
export function isGapSelected(gap: Gap, selectedPeople: readonly string[]): boolean {
  if (gap.personIds.length === 0 || gap.personIds.length !== selectedPeople.length) return false;
  const selected = new Set(selectedPeople);
  return gap.personIds.every((id) => selected.has(id));
}
