/** The colour of each tier health level; the label (src/domain/tierHealth.ts) says it too. */
import type { HealthLevel } from "../domain/tierHealth";
import { COLOR } from "./tokens";

export const HEALTH_COLOR: Readonly<Record<HealthLevel, string>> = {
  red: COLOR.danger,
  amber: COLOR.warning,
  green: COLOR.success,
  empty: COLOR.ink3,
};

/** What the pill says: a dot, then the level's words. */
export const healthPillText = (label: string): string => `● ${label}`;
