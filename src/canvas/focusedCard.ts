import { create } from "zustand";

/**
 * The card the keyboard is on (focus-visible), which shows its "Link to…" button like a
 * selected card. One small store, as for the hovered line: each card asks only whether it is
 * the one, so a focus move re-renders the two cards it leaves and reaches.
 */
export const useFocusedCard = create<{ id: string | null }>(() => ({ id: null }));

const cardOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof HTMLElement ? target.closest<HTMLElement>(".react-flow__node-person") : null;

/** The canvas's focusin: a card reached by the keyboard (not by a click) becomes the one. */
export function trackCardFocus(event: { target: EventTarget | null }): void {
  const card = cardOf(event.target);
  if (!card || card !== event.target || !card.matches(":focus-visible")) return;
  useFocusedCard.setState({ id: card.dataset.id ?? null });
}

/** The canvas's focusout: leaving the card (its own button does not count) clears it. */
export function trackCardBlur(event: {
  target: EventTarget | null;
  relatedTarget: EventTarget | null;
}): void {
  const from = cardOf(event.target);
  if (from && from === cardOf(event.relatedTarget)) return;
  if (useFocusedCard.getState().id !== null) useFocusedCard.setState({ id: null });
}

/** The person whose card has the keyboard now, if any (L links from them). */
export function keyboardCardId(): string | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return undefined;
  return active.matches(".react-flow__node-person:focus-visible") ? active.dataset.id : undefined;
}
