import type { PeerMap } from "../domain/model";
import { mapToExport } from "../export/audience";
import { copyGapReport, downloadGapReport } from "../export/download";
import { PartnerSafeSwitch } from "../export/PartnerSafeSwitch";

/** The gap report for meeting notes: to the clipboard (formatted and Markdown), or as a file. */
export function GapReportActions() {
  const withMap = (action: (map: PeerMap) => unknown) => () => {
    const map = mapToExport();
    if (map) void action(map);
  };
  return (
    <fieldset className="gap-report-actions" aria-label="Gap report">
      <button type="button" className="btn btn-sm" onClick={withMap(copyGapReport)}>
        Copy gap report
      </button>
      <button type="button" className="btn btn-sm" onClick={withMap(downloadGapReport)}>
        Download report (.md)
      </button>
      <PartnerSafeSwitch />
    </fieldset>
  );
}
