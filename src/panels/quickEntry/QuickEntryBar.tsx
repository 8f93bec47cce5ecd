import "./quickEntry.css";
import {
  type ClipboardEvent,
  type CSSProperties,
  type FormEvent,
  type KeyboardEvent,
  memo,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { MAX_LENGTH } from "../../domain/mapLimits";
import { ORG_KEYS, type OrgKey } from "../../domain/model";
import { type PastedPerson, parsePastedList } from "../../domain/pastedList";
import { useMapStore } from "../../store/mapStore";
import { defaultTierId } from "../roster/rosterModel";
import { planList, quickAdd, quickAddList } from "./quickAdd";
import {
  QUICK_ENTRY_HANDLERS,
  type QuickEntryShortcutId,
  type QuickKeyPress,
} from "./quickEntryKeys";

const isChoice = (target: EventTarget) =>
  target instanceof HTMLSelectElement ||
  (target instanceof HTMLInputElement && target.type === "radio");

export interface QuickEntryKeys {
  /** Which of the bar's shortcuts a key press is (from the one shortcut table). */
  shortcutOf: (press: QuickKeyPress) => QuickEntryShortcutId | undefined;
  /** The keys of one of them, as the keyboard help shows them. */
  keysOf: (id: QuickEntryShortcutId) => readonly string[];
}

/**
 * Always above the canvas: organisation, tier, name, title; Enter in any field adds the person
 * to their tier's cell and keeps the bar ready for the next in the same place. A list pasted
 * into Name (one person a line) is offered as a whole, then added in one undo step.
 */
export const QuickEntryBar = memo(function QuickEntryBar({ keys }: { keys: QuickEntryKeys }) {
  const map = useMapStore((s) => s.map);
  const orgs = map?.orgs;
  const tiers = map?.tiers;
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const pasteAddRef = useRef<HTMLButtonElement>(null);
  const pasteCancelRef = useRef<HTMLButtonElement>(null);
  const [org, setOrg] = useState<OrgKey>("a");
  const [chosenTier, setChosenTier] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState<{ text: string; attempt: number } | null>(null);
  const [status, setStatus] = useState("");
  const [pasted, setPasted] = useState<PastedPerson[] | null>(null);
  const tierId = tiers ? defaultTierId(tiers, chosenTier) : undefined;
  const plan = map && pasted && tierId ? planList(map, pasted, org, tierId) : null;

  const refused = plan?.refused !== undefined;
  // The preview takes the keyboard: Enter adds the list, or, when it cannot be added, cancels.
  useEffect(() => {
    if (pasted) (refused ? pasteCancelRef : pasteAddRef).current?.focus();
  }, [pasted, refused]);

  if (!orgs || !tiers || !tierId) return null;

  const fail = (text: string) => setError((e) => ({ text, attempt: (e?.attempt ?? 0) + 1 }));
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    nameRef.current?.focus();
    const outcome = quickAdd({ org, tierId, name, title });
    if (!outcome.ok) {
      if (outcome.reason) fail(outcome.reason);
      return;
    }
    setStatus(outcome.sentence);
    setName("");
    setTitle("");
    setError(null);
  };
  const addList = () => {
    if (!pasted) return;
    const outcome = quickAddList(pasted, org, tierId);
    if (!outcome.ok) {
      if (outcome.reason) fail(outcome.reason);
      return;
    }
    setStatus(outcome.sentence);
    setPasted(null);
    setError(null);
    nameRef.current?.focus();
  };
  const cancelList = () => {
    setPasted(null);
    nameRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const shortcut = keys.shortcutOf(event);
    const action =
      shortcut &&
      QUICK_ENTRY_HANDLERS[shortcut](event, {
        onChoice: isChoice(event.target),
        onButton: event.target instanceof HTMLButtonElement,
        composing: event.nativeEvent.isComposing,
        previewing: pasted !== null,
      });
    if (action) {
      event.preventDefault();
      if (action.type === "tier") {
        const tier = tiers[action.index];
        if (tier) setChosenTier(tier.id);
      } else if (action.type === "toggleOrg") setOrg((o) => (o === "a" ? "b" : "a"));
      else if (action.type === "cancelList") cancelList();
      else if (pasted) addList();
      else submit();
      return;
    }
    // A letter on the switch must not reach the editor's shortcuts (P would start presenting).
    const onRadio = event.target instanceof HTMLInputElement && event.target.type === "radio";
    if (
      onRadio &&
      event.key.length === 1 &&
      event.key !== " " &&
      !event.ctrlKey &&
      !event.metaKey
    ) {
      event.preventDefault();
      return;
    }
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const people = parsePastedList(event.clipboardData.getData("text/plain"));
    if (!people) return; // One line: an ordinary paste into the field.
    event.preventDefault();
    const [first] = people;
    if (people.length > 1) setPasted(people);
    else if (first) {
      setName(first.name);
      setTitle(first.title ?? "");
    }
  };

  return (
    <form
      className="quick-entry"
      aria-label="Quick entry"
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      <div className="quick-entry-row">
        <div className="quick-org" role="radiogroup" aria-label="Organisation">
          {ORG_KEYS.map((key) => (
            <label
              key={key}
              className="quick-org-option"
              title={orgs[key].name}
              style={{ "--quick-org": orgs[key].color } as CSSProperties}
            >
              <input
                type="radio"
                name={`${id}-org`}
                value={key}
                checked={org === key}
                onChange={() => setOrg(key)}
              />
              <span className="quick-org-swatch" aria-hidden="true" />
              <span className="quick-org-name">{orgs[key].name}</span>
            </label>
          ))}
        </div>
        <label className="visually-hidden" htmlFor={`${id}-tier`}>
          Tier
        </label>
        <select
          id={`${id}-tier`}
          className="input quick-tier"
          value={tierId}
          aria-keyshortcuts="Alt+1 Alt+2 Alt+3 Alt+4 Alt+5 Alt+6 Alt+7 Alt+8 Alt+9"
          onChange={(event) => setChosenTier(event.target.value)}
        >
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.name}
            </option>
          ))}
        </select>
        <input
          ref={nameRef}
          className="input quick-name"
          aria-label="Name"
          placeholder="Name"
          value={name}
          autoComplete="off"
          maxLength={MAX_LENGTH.name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(event) => {
            setName(event.target.value);
            if (error) setError(null);
          }}
          onPaste={onPaste}
        />
        <input
          className="input quick-title"
          aria-label="Job title"
          placeholder="Job title"
          value={title}
          autoComplete="off"
          maxLength={MAX_LENGTH.title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="submit" className="btn btn-primary btn-sm">
          Add
        </button>
      </div>
      {plan ? (
        <div className="quick-entry-line quick-paste">
          <span className="quick-paste-question">{plan.question}</span>
          <button
            ref={pasteAddRef}
            type="button"
            className="btn btn-primary btn-sm"
            disabled={plan.refused !== undefined}
            onClick={addList}
          >
            Add {pasted?.length} people
          </button>
          <button
            ref={pasteCancelRef}
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={cancelList}
          >
            Cancel
          </button>
          <span className="quick-paste-names" title={pasted?.map((p) => p.name).join(", ")}>
            {pasted?.map((p) => p.name).join(", ")}
          </span>
        </div>
      ) : null}
      {error || plan?.refused ? (
        <p
          key={error?.attempt}
          id={`${id}-error`}
          role="alert"
          className="quick-entry-line error-text"
        >
          {plan?.refused ?? error?.text}
        </p>
      ) : (
        <p id={`${id}-hint`} className="quick-entry-line quick-entry-hint">
          <span role="status">{status}</span>
          {!status && "Enter adds the person · paste several lines into Name to add a list"}
          <span className="quick-entry-keys">
            {keys.keysOf("quickTier")[0]} tier · {keys.keysOf("quickOrg")[0]} organisation
          </span>
        </p>
      )}
    </form>
  );
});
