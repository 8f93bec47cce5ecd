import { useId } from "react";
import type { RosterChoices, RosterPreview, RosterRow } from "../domain/csv/roster";
import type { RosterImportPlan } from "../domain/csv/rosterApply";
import { choiceKey, NEW_TIER } from "../domain/csv/rosterValues";
import type { Organisation, OrgKey, Tier } from "../domain/model";
import { RosterMatching } from "./RosterMatching";

/** Rows shown in the table; more would make the dialog sluggish and nobody reads them. */
const SHOWN_ROWS = 200;
const SHOWN_PROBLEMS = 50;

export interface RosterImportPreviewProps {
  fileName: string;
  preview: RosterPreview;
  plan: RosterImportPlan;
  orgs: Record<OrgKey, Organisation>;
  tiers: readonly Tier[];
  onChoicesChange: (choices: RosterChoices) => void;
  createTiers: boolean;
  onCreateTiersChange: (value: boolean) => void;
  disabled?: boolean;
}

/**
 * What a spreadsheet of people would add to the open map: which column and value means what
 * (changeable), then row by row, with every problem.
 */
export function RosterImportPreview(props: RosterImportPreviewProps) {
  const { fileName, preview, plan, orgs, tiers, createTiers, onCreateTiersChange, disabled } =
    props;
  const captionId = useId();
  const shown = preview.rows.slice(0, SHOWN_ROWS);
  // Whole-file problems are said once, in the alert, not once per row.
  const reasons = preview.errors.length > 0 ? [] : plan.skip.flatMap((s) => s.reasons);
  const total = preview.rows.length;
  const tierName = new Map(tiers.map((tier) => [tier.id, tier.name]));
  const newKeys = new Set(
    preview.tierValues.filter((v) => v.chosen === NEW_TIER).map((v) => v.key),
  );
  const isNew = (row: RosterRow) =>
    row.tierId === undefined && newKeys.has(choiceKey(row.tierName));
  return (
    <>
      <p className="import-summary">
        <strong>{fileName}</strong>
        {total > 0 &&
          `: ${total.toLocaleString("en-US")} ${total === 1 ? "row" : "rows"} of people. Each is placed on the canvas in its tier.`}
      </p>
      <RosterMatching
        preview={preview}
        orgs={orgs}
        tiers={tiers}
        onChange={props.onChoicesChange}
        onNewTierChosen={() => onCreateTiersChange(true)}
        disabled={disabled}
      />
      {preview.errors.length > 0 && (
        <div className="export-alert" role="alert">
          {preview.errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
          <p>Nothing is added until this is fixed.</p>
        </div>
      )}
      {total > 0 && (
        <div className="import-table-wrap">
          <table className="import-table" aria-labelledby={captionId}>
            <caption id={captionId} className="visually-hidden">
              People in {fileName}
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Name</th>
                <th scope="col">Title</th>
                <th scope="col">Organisation</th>
                <th scope="col">Tier</th>
                <th scope="col">Email</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.line} className={row.problems.length > 0 ? "has-problem" : undefined}>
                  <td>{row.line}</td>
                  <td>{row.name}</td>
                  <td>{row.title}</td>
                  <td>{row.org ? orgs[row.org].name : ""}</td>
                  <td className={isNew(row) ? "is-new" : undefined}>
                    {tierName.get(row.tierId ?? "") ?? row.tierName}
                    {isNew(row) ? " (new)" : ""}
                  </td>
                  <td>{row.email}</td>
                  <td>
                    {row.problems.length > 0
                      ? row.problems.map((p) => p.replace(/^Row \d+: /, "")).join("; ")
                      : "OK"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > SHOWN_ROWS && (
        <p className="export-hint">
          Showing the first {SHOWN_ROWS} of {total.toLocaleString("en-US")} rows.
        </p>
      )}
      {preview.newTiers.length > 0 && (
        <label className="export-choice">
          <input
            type="checkbox"
            checked={createTiers}
            disabled={disabled}
            onChange={(event) => onCreateTiersChange(event.target.checked)}
          />
          Create {preview.newTiers.length} new {preview.newTiers.length === 1 ? "tier" : "tiers"}:{" "}
          {preview.newTiers.join(", ")}
        </label>
      )}
      {reasons.length > 0 && (
        <div className="export-note">
          <p>
            {plan.skip.length.toLocaleString("en-US")}{" "}
            {plan.skip.length === 1 ? "row is" : "rows are"} skipped:
          </p>
          <ul className="import-problems">
            {reasons.slice(0, SHOWN_PROBLEMS).map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {reasons.length > SHOWN_PROBLEMS && (
            <p>…and {(reasons.length - SHOWN_PROBLEMS).toLocaleString("en-US")} more.</p>
          )}
        </div>
      )}
    </>
  );
}
