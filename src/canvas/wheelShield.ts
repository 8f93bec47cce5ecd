/**
 * While a wheel gesture moves the view, one empty layer over the board takes the pointer
 * (canvas.css, `is-steered`): the browser hit-tests every wheel step, and re-checks hover after
 * every frame, and on a 1,000-person map at fit each test walked every card and its handles
 * (5–7 ms a step, against about 1 ms on the layer). Events on the layer are the pane's own,
 * so React Flow goes on zooming.
 *
 * Only a wheel gesture raises it, with the pointer resting: the first move of the pointer, or
 * a press, lowers it, so what the pointer aims at next is the card or line under it. A drag of
 * the pane moves the pointer from the start, and an animated move (find, focus) has no event.
 */
const STEERED = "is-steered";

export function raiseWheelShield(pane: HTMLElement, wheel: WheelEvent): () => void {
  const lower = () => {
    pane.classList.remove(STEERED);
    window.removeEventListener("pointermove", onPointer, true);
    window.removeEventListener("pointerdown", onPointer, true);
  };
  // Chromium re-checks hover without a pointer event; a pointermove that has not left the
  // wheel's point is not the user aiming.
  function onPointer(event: PointerEvent) {
    const moved =
      Math.abs(event.clientX - wheel.clientX) > 1 || Math.abs(event.clientY - wheel.clientY) > 1;
    if (moved || event.type === "pointerdown") lower();
  }
  pane.classList.add(STEERED);
  window.addEventListener("pointermove", onPointer, true);
  window.addEventListener("pointerdown", onPointer, true);
  return lower;
}
