/** Reading a picture's scene in tests: steady text metrics and the steps of one kind. */
import type { Font, MeasureText, SceneStep, TextStep } from "../../../src/export/picture/scene";

/** A stand-in for canvas text metrics: every character is 0.6 em wide. */
export const measure: MeasureText = (text: string, font: Font) =>
  text.length * (font.size * 0.6 + (font.letterSpacing ?? 0));

/** Every step, with groups opened. */
export const flat = (steps: readonly SceneStep[]): SceneStep[] =>
  steps.flatMap((step) => (step.kind === "group" ? flat(step.steps) : [step]));

export const textSteps = (steps: readonly SceneStep[]): TextStep[] =>
  flat(steps).filter((s): s is TextStep => s.kind === "text");
