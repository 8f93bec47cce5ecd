import { spotlightName } from "../domain/spotlight";
import { useMapStore } from "../store/mapStore";
import { clearSpotlight, useSpotlight } from "../store/spotlight";
import "./spotlight.css";

/**
 * Says what the canvas is focused on and how to leave it: dimming alone could be mistaken for
 * a fault, and is invisible to anyone who cannot see the contrast.
 */
export function SpotlightNotice() {
  const spotlight = useSpotlight((s) => s.spotlight);
  // The map too, so a rename shows at once; the notice is a line of text, cheap to redraw.
  const map = useMapStore((s) => s.map);
  const name = map && spotlight ? spotlightName(map, spotlight) : undefined;
  if (!name) return null;
  return (
    <div className="spotlight-notice" role="status">
      <span>
        Focused on <strong>{name}</strong> — F or Esc to clear
      </span>
      <button type="button" className="btn spotlight-clear" onClick={() => clearSpotlight()}>
        Clear focus
      </button>
    </div>
  );
}
