/**
 * Tier health: one word per tier, from the gap rules (docs/gaps.md), for the lane labels, the
 * pictures and the gap report. Colour is a second carrier only: every level has a label.
 */
import type { MapAnalysis } from "./gaps";

/** Worst first; "empty" is a tier with nobody in it, which has nothing to judge yet. */
export const HEALTH_LEVELS = ["red", "amber", "green", "empty"] as const;
export type HealthLevel = (typeof HEALTH_LEVELS)[number];

/** The words that carry each level wherever it is shown. */
export const HEALTH_LABELS: Readonly<Record<HealthLevel, string>> = {
  red: "At risk",
  amber: "Needs work",
  green: "Healthy",
  empty: "Nobody yet",
};

export interface TierHealth {
  tierId: string;
  tierName: string;
  level: HealthLevel;
  label: string;
  /** Why, in a few words: "1 critical gap", "2 warnings", "no critical gaps or warnings". */
  reason: string;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Each tier, in tier order: red when a critical gap names it, else amber when a warning does,
 * else green; a tier with nobody in it is "empty". Info gaps (someone unpaired) leave a tier
 * green: they are hints, not problems.
 */
export function tierHealth(analysis: Pick<MapAnalysis, "gaps" | "tiers">): TierHealth[] {
  const critical = new Map<string, number>();
  const warnings = new Map<string, number>();
  for (const gap of analysis.gaps) {
    if (gap.tierId === undefined || gap.severity === "info") continue;
    const tally = gap.severity === "critical" ? critical : warnings;
    tally.set(gap.tierId, (tally.get(gap.tierId) ?? 0) + 1);
  }
  return analysis.tiers.map(({ tierId, tierName, state }) => {
    const reds = critical.get(tierId) ?? 0;
    const ambers = warnings.get(tierId) ?? 0;
    const [level, reason]: [HealthLevel, string] =
      reds > 0
        ? ["red", count(reds, "critical gap", "critical gaps")]
        : ambers > 0
          ? ["amber", count(ambers, "warning", "warnings")]
          : state === "empty"
            ? ["empty", "nobody in this tier"]
            : ["green", "no critical gaps or warnings"];
    return { tierId, tierName, level, label: HEALTH_LABELS[level], reason };
  });
}

/** "Sales — At risk (1 critical gap)": how the report writes one tier's health. */
export const tierHealthLine = (health: TierHealth): string =>
  `${health.tierName.trim() || "An unnamed tier"} — ${health.label} (${health.reason})`;
