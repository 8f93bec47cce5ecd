import { useId } from "react";
import type { RosterChoices, RosterPreview } from "../domain/csv/roster";
import { FIELD_LABELS, ROSTER_FIELDS, type RosterField } from "../domain/csv/rosterColumns";
import {
  NEW_TIER,
  type OrgChoice,
  SKIP,
  type TierChoice,
  type ValueMatch,
} from "../domain/csv/rosterValues";
import type { Organisation, OrgKey, Tier } from "../domain/model";

export interface RosterMatchingProps {
  preview: RosterPreview;
  orgs: Record<OrgKey, Organisation>;
  tiers: readonly Tier[];
  onChange: (choices: RosterChoices) => void;
  /** A value was sent to a new tier: the import should create new tiers. */
  onNewTierChosen: () => void;
  disabled?: boolean;
}

const NOT_IN_FILE = "";

/** A select's value for a tier choice, and back. */
const tierValue = (choice: TierChoice): string =>
  typeof choice === "object" ? `tier:${choice.tierId}` : choice;
const tierChoice = (value: string): TierChoice =>
  value === NEW_TIER || value === SKIP ? value : { tierId: value.slice("tier:".length) };

const rowCount = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"}`;

/** Only the choices the user can see: the preview's current answers, one changed. */
function currentChoices(preview: RosterPreview): Required<RosterChoices> {
  const byKey = <C,>(values: readonly ValueMatch<C>[]) =>
    Object.fromEntries(values.map((v) => [v.key, v.chosen]));
  return {
    columns: preview.columns,
    orgs: byKey(preview.orgValues),
    tiers: byKey(preview.tierValues),
  };
}

/**
 * The matching step of a roster import: which column of the file holds each of Peermap's
 * fields, and what each organisation and tier value becomes on the map. Everything is
 * pre-filled by tolerant matching; each change reads the file again with the new answers.
 */
export function RosterMatching(props: RosterMatchingProps) {
  const { preview, orgs, tiers, onChange, onNewTierChosen, disabled } = props;
  const id = useId();
  const choices = currentChoices(preview);
  const setColumn = (field: RosterField, value: string) => {
    const columns = { ...choices.columns };
    if (value === NOT_IN_FILE) delete columns[field];
    else columns[field] = Number(value);
    onChange({ ...choices, columns });
  };
  const setOrg = (key: string, value: OrgChoice) =>
    onChange({ ...choices, orgs: { ...choices.orgs, [key]: value } });
  const setTier = (key: string, value: TierChoice) => {
    if (value === NEW_TIER) onNewTierChosen();
    onChange({ ...choices, tiers: { ...choices.tiers, [key]: value } });
  };

  return (
    <div className="import-matching">
      <fieldset className="export-group import-columns">
        <legend>Columns</legend>
        <p className="export-hint import-wide">
          Which column of the file holds each detail. Use Name, or First name and Last name.
        </p>
        {ROSTER_FIELDS.map((field) => (
          <div key={field} className="import-match">
            <label htmlFor={`${id}-${field}`}>{FIELD_LABELS[field]}</label>
            <select
              id={`${id}-${field}`}
              value={preview.columns[field] ?? NOT_IN_FILE}
              disabled={disabled}
              onChange={(event) => setColumn(field, event.target.value)}
            >
              <option value={NOT_IN_FILE}>— not in file —</option>
              {preview.headers.map((header, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position; headers may repeat
                <option key={index} value={index}>
                  {header || `Column ${index + 1}`}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      {preview.orgValues.length > 0 && (
        <fieldset className="export-group import-values" aria-describedby={`${id}-orgs`}>
          <legend>Organisations in the file</legend>
          <p id={`${id}-orgs`} className="export-hint import-wide">
            Each value and the organisation its people join.
          </p>
          {preview.orgValues.map((match) => (
            <label key={match.key} className="import-match">
              <span>
                “{match.value}” <small>({rowCount(match.rows)})</small>
              </span>
              <select
                aria-label={`Organisation for “${match.value}”`}
                value={match.chosen}
                disabled={disabled}
                onChange={(event) => setOrg(match.key, event.target.value as OrgChoice)}
              >
                <option value="a">{orgs.a.name}</option>
                <option value="b">{orgs.b.name}</option>
                <option value={SKIP}>Skip these rows</option>
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {preview.tierValues.length > 0 && (
        <fieldset className="export-group import-values" aria-describedby={`${id}-tiers`}>
          <legend>Tiers in the file</legend>
          <p id={`${id}-tiers`} className="export-hint import-wide">
            Each value and the tier its people are placed in.
          </p>
          {preview.tierValues.map((match) => (
            <label key={match.key} className="import-match">
              <span>
                “{match.value}” <small>({rowCount(match.rows)})</small>
              </span>
              <select
                aria-label={`Tier for “${match.value}”`}
                value={tierValue(match.chosen)}
                disabled={disabled}
                onChange={(event) => setTier(match.key, tierChoice(event.target.value))}
              >
                {tiers.map((tier) => (
                  <option key={tier.id} value={tierValue({ tierId: tier.id })}>
                    {tier.name}
                  </option>
                ))}
                <option value={NEW_TIER}>New tier “{match.value}”</option>
                <option value={SKIP}>Skip these rows</option>
              </select>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
