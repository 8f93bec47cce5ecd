/** Draws a scene on a 2D canvas, and measures text the way that canvas will draw it. */
import { CARD_SHADOW } from "../../design/tokens";
import type { Font, MeasureText, PathStep, Scene, SceneStep } from "./scene";

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const cssFont = (font: Font, family: string): string => `${font.weight} ${font.size}px ${family}`;

/** Text widths from `ctx` in `family`, remembered: names and labels repeat across a map. */
export function canvasMeasurer(ctx: Context, family: string): MeasureText {
  const widths = new Map<string, number>();
  return (text, font) => {
    const key = `${font.weight}|${font.size}|${font.letterSpacing ?? 0}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      ctx.font = cssFont(font, family);
      ctx.letterSpacing = `${font.letterSpacing ?? 0}px`;
      width = ctx.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
}

function strokeAndFill(
  ctx: Context,
  shape: Path2D | null,
  step: {
    fill?: string;
    stroke?: string;
    lineWidth?: number;
    dash?: number[];
    lineCap?: CanvasLineCap;
  },
): void {
  if (step.fill) {
    ctx.fillStyle = step.fill;
    if (shape) ctx.fill(shape);
    else ctx.fill();
  }
  if (step.stroke) {
    ctx.strokeStyle = step.stroke;
    ctx.lineWidth = step.lineWidth ?? 1;
    ctx.setLineDash(step.dash ?? []);
    ctx.lineCap = step.lineCap ?? "butt";
    if (shape) ctx.stroke(shape);
    else ctx.stroke();
  }
}

/**
 * Each path step's shape, parsed from its SVG data once: the live board (PaintedLayer) paints
 * the same steps on every frame of a zoom.
 */
const shapes = new WeakMap<PathStep, Path2D>();
function shapeOf(step: PathStep): Path2D {
  let shape = shapes.get(step);
  if (!shape) {
    shape = new Path2D(step.d);
    shapes.set(step, shape);
  }
  return shape;
}

function paintStep(ctx: Context, step: SceneStep, family: string): void {
  switch (step.kind) {
    case "rect": {
      if (step.shadow) {
        ctx.save();
        ctx.shadowColor = CARD_SHADOW.color;
        ctx.shadowBlur = CARD_SHADOW.blur;
        ctx.shadowOffsetY = CARD_SHADOW.offsetY;
      }
      ctx.beginPath();
      if (step.radii) ctx.roundRect(step.x, step.y, step.width, step.height, step.radii);
      else ctx.rect(step.x, step.y, step.width, step.height);
      strokeAndFill(ctx, null, step);
      if (step.shadow) ctx.restore();
      return;
    }
    case "circle": {
      ctx.beginPath();
      ctx.arc(step.cx, step.cy, step.r, 0, Math.PI * 2);
      strokeAndFill(ctx, null, step);
      return;
    }
    case "path": {
      const moved = step.x !== undefined || step.y !== undefined;
      if (moved) {
        ctx.save();
        ctx.translate(step.x ?? 0, step.y ?? 0);
      }
      strokeAndFill(ctx, shapeOf(step), step);
      if (moved) ctx.restore();
      return;
    }
    case "text": {
      if (!step.text) return;
      ctx.font = cssFont(step.font, family);
      ctx.letterSpacing = `${step.font.letterSpacing ?? 0}px`;
      ctx.fillStyle = step.color;
      ctx.textAlign = step.align ?? "left";
      ctx.fillText(step.text, step.x, step.y);
      return;
    }
    case "group": {
      ctx.save();
      ctx.translate(step.x, step.y);
      if (step.alpha !== undefined) ctx.globalAlpha *= step.alpha;
      for (const inner of step.steps) paintStep(ctx, inner, family);
      ctx.restore();
      return;
    }
  }
}

/** Paints `scene` at `scale` (device pixels per picture unit). */
export function paintScene(ctx: Context, scene: Scene, scale: number, family: string): void {
  if (scene.background) {
    ctx.fillStyle = scene.background;
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  }
  ctx.save();
  ctx.scale(scale, scale);
  paintSteps(ctx, scene.steps, family);
  ctx.restore();
}

/** Paints `steps` in the context's current transform (picture units to pixels). */
export function paintSteps(ctx: Context, steps: readonly SceneStep[], family: string): void {
  ctx.textBaseline = "middle";
  for (const step of steps) paintStep(ctx, step, family);
}
