import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wheelPowers, zoomedAbout } from "../../../src/canvas/farWheel";

const LIMITS = { min: 0.05, max: 2.5 };
const close = (a: number, b: number) =>
  Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe("wheelPowers", () => {
  it("reads a wheel event as React Flow does: pixels, lines and pages, and a Mac's pinch", () => {
    // One notch of a mouse wheel in Chromium: 100 px, a fifth of a power of two.
    expect(wheelPowers({ deltaY: -100, deltaMode: 0, ctrlKey: false }, false)).toBeCloseTo(0.2);
    expect(wheelPowers({ deltaY: 100, deltaMode: 0, ctrlKey: false }, false)).toBeCloseTo(-0.2);
    expect(wheelPowers({ deltaY: -3, deltaMode: 1, ctrlKey: false }, false)).toBeCloseTo(0.15);
    expect(wheelPowers({ deltaY: -1, deltaMode: 2, ctrlKey: false }, false)).toBe(1);
    // A pinch on a Mac's trackpad arrives as a wheel with Ctrl held, in small deltas.
    expect(wheelPowers({ deltaY: -10, deltaMode: 0, ctrlKey: true }, true)).toBeCloseTo(0.2);
    expect(wheelPowers({ deltaY: -10, deltaMode: 0, ctrlKey: true }, false)).toBeCloseTo(0.02);
  });
});

describe("zoomedAbout", () => {
  it("doubles the zoom about the pointer, which stays over the same point of the board", () => {
    const view = { x: 100, y: 50, zoom: 0.1 };
    const at = { x: 600, y: 400 };
    const next = zoomedAbout(view, at, 1, LIMITS);
    expect(next.zoom).toBeCloseTo(0.2);
    // The board point under the pointer: (600 - 100) / 0.1 = 5,000 across, 3,500 down.
    expect((at.x - next.x) / next.zoom).toBeCloseTo(5000);
    expect((at.y - next.y) / next.zoom).toBeCloseTo(3500);
  });

  it("stops at the zoom limits", () => {
    const view = { x: 0, y: 0, zoom: 2 };
    expect(zoomedAbout(view, { x: 10, y: 10 }, 3, LIMITS).zoom).toBe(2.5);
    expect(zoomedAbout(view, { x: 10, y: 10 }, -20, LIMITS).zoom).toBe(0.05);
  });

  it("keeps the point under the pointer for any view, point and step, within the limits", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: LIMITS.min, max: LIMITS.max, noNaN: true }),
        fc.record({
          x: fc.double({ min: 0, max: 4000, noNaN: true }),
          y: fc.double({ min: 0, max: 3000, noNaN: true }),
        }),
        fc.double({ min: -8, max: 8, noNaN: true }),
        (x, y, zoom, at, powers) => {
          const next = zoomedAbout({ x, y, zoom }, at, powers, LIMITS);
          expect(next.zoom).toBeGreaterThanOrEqual(LIMITS.min);
          expect(next.zoom).toBeLessThanOrEqual(LIMITS.max);
          expect(close((at.x - next.x) / next.zoom, (at.x - x) / zoom)).toBe(true);
          expect(close((at.y - next.y) / next.zoom, (at.y - y) / zoom)).toBe(true);
        },
      ),
    );
  });
});
