import { memo, useMemo } from "react";
import { HEALTH_PILL } from "../design/geometry";
import { HEALTH_COLOR, healthPillText } from "../design/health";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  type CanvasLayout,
  CELL_PADDING,
  HEADER_HEIGHT,
  LABEL_BAND_WIDTH,
  vacantCells,
} from "../domain/layout";
import { ORG_KEYS, type Organisation, type OrgKey, type Person } from "../domain/model";
import type { TierHealth } from "../domain/tierHealth";
import { Legend } from "./Legend";
import { ViewportLayer } from "./ViewportLayer";

interface LanesProps {
  layout: CanvasLayout;
  orgs: Record<OrgKey, Organisation>;
  people: readonly Person[];
  /** Each tier's health, for the pill under its name; a tier with nobody in it gets none. */
  health?: readonly TierHealth[];
}

/**
 * Column headers and tier lanes, drawn inside the viewport so they pan, zoom and export
 * with the cards; they sit under the edges and take no pointer events.
 */
function LanesView({ layout, orgs, people, health }: LanesProps) {
  const vacant = useMemo(() => vacantCells(people), [people]);
  const healthOf = useMemo(() => new Map(health?.map((h) => [h.tierId, h])), [health]);
  return (
    <ViewportLayer>
      <div
        className="lanes"
        style={{ width: layout.width, height: layout.height }}
        aria-hidden="true"
      >
        {ORG_KEYS.map((org) => {
          const column = layout.columns[org];
          return (
            <div
              key={org}
              className="lanes-header"
              style={
                {
                  left: column.x,
                  width: column.width,
                  height: HEADER_HEIGHT,
                  "--org-color": orgs[org].color,
                } as React.CSSProperties
              }
            >
              <span className="lanes-header-name">{orgs[org].name}</span>
              <span className="lanes-header-side">{org === "a" ? "Our side" : "Partner side"}</span>
            </div>
          );
        })}
        {layout.lanes.map((lane) => (
          <div
            key={lane.tierId}
            className={`lane${lane.index % 2 ? " is-odd" : ""}`}
            style={{ top: lane.y, height: lane.height, width: layout.width }}
          >
            <div className="lane-label" style={{ width: LABEL_BAND_WIDTH }}>
              <span className="lane-label-index">{lane.index + 1}</span>
              <span className="lane-label-name">{lane.name}</span>
              <HealthPill health={healthOf.get(lane.tierId)} />
            </div>
            {ORG_KEYS.map((org) => (
              <div
                key={org}
                className="lane-cell"
                style={
                  {
                    left: layout.columns[org].x,
                    width: layout.columns[org].width,
                    "--org-color": orgs[org].color,
                  } as React.CSSProperties
                }
              >
                {vacant.has(`${org}:${lane.tierId}`) && (
                  <div
                    className="lane-vacant"
                    data-vacant={org}
                    style={{
                      left: CELL_PADDING,
                      top: CELL_PADDING,
                      width: CARD_WIDTH,
                      height: CARD_HEIGHT,
                    }}
                  >
                    <strong>Vacant</strong>
                    <span>Nobody at {orgs[org].name}</span>
                  </div>
                )}
              </div>
            ))}
          </div>
        ))}
        <Legend top={layout.height} width={layout.width} />
      </div>
    </ViewportLayer>
  );
}

/** "● At risk" in the level's colour: the words carry it, the colour only repeats them. */
function HealthPill({ health }: { health: TierHealth | undefined }) {
  if (!health || health.level === "empty") return null;
  return (
    <span
      className="lane-health"
      data-health={health.level}
      title={`${health.label}: ${health.reason}`}
      style={{
        // Inside the label's 1 px border: `right` counts from the padding box.
        right: HEALTH_PILL.right - 1,
        bottom: HEALTH_PILL.bottom,
        height: HEALTH_PILL.height,
        padding: `0 ${HEALTH_PILL.paddingX}px`,
        background: HEALTH_COLOR[health.level],
      }}
    >
      {healthPillText(health.label)}
    </span>
  );
}

export const Lanes = memo(LanesView);
