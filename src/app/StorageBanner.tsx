import {
  dismissPersistNotice,
  PERSIST_NOTICE,
  usePersistNotice,
  useStorageStatus,
} from "../persistence/hooks";

/**
 * Says at once when the browser is not keeping the work, and what to do about it. A strip
 * above the screen that pushes it down, so it never hides part of the map.
 */
export function StorageBanner() {
  const storage = useStorageStatus();
  const adviceShowing = usePersistNotice((s) => s.showing);
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
  if (adviceShowing) {
    // Shown once per browser (storagePersistence.ts), until dismissed.
    return (
      <div className="banner banner-info" role="status">
        <p>{PERSIST_NOTICE}</p>
        <button type="button" className="btn btn-sm" onClick={dismissPersistNotice}>
          Got it
        </button>
      </div>
    );
  }
  return null;
}
