import { reloadForUpdate, updateLater, useAppUpdate } from "./appUpdate";

/**
 * "A new version of Peermap is ready": a slim strip above the screen (it pushes the screen
 * down rather than covering the canvas), until the user reloads or says "Later".
 */
export function UpdatePrompt() {
  const { version, dismissed, problem } = useAppUpdate();
  if (version === "none" || dismissed) return null;
  return (
    <div className="banner banner-info" role="status">
      <p>
        A new version of Peermap is ready — reload to use it (your work is saved first).
        {problem && (
          <strong className="banner-problem" role="alert">
            {" "}
            {problem}
          </strong>
        )}
      </p>
      <button
        type="button"
        className="btn btn-sm btn-primary"
        onClick={() => void reloadForUpdate()}
      >
        Reload
      </button>
      <button type="button" className="btn btn-sm" onClick={updateLater}>
        Later
      </button>
    </div>
  );
}
