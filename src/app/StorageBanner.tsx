import { useStorageStatus } from "../persistence/hooks";

/** Says at once when the browser is not keeping the work, and what to do about it. */
export function StorageBanner() {
  const storage = useStorageStatus();
  if (storage.mode === "memory") {
    return (
      <div className="banner banner-error" role="alert">
        <p>
          <strong>Your work is not being saved:</strong> {storage.reason}. Keep this tab open and
          use “Export JSON” to keep a copy.
        </p>
      </div>
    );
  }
  if (storage.mode === "outdated") {
    return (
      <div className="banner banner-warning" role="alert">
        <p>
          Peermap was updated in another tab. Reload this tab to keep working; your saved work is
          safe.
        </p>
        <button type="button" className="btn btn-sm" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  return null;
}
