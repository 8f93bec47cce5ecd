/**
 * The whole PNG picture of a map as a scene: the title band (name, organisations, date,
 * coverage), then the board, the relationship lines, the cards and the legend, exactly where
 * the canvas has them, so the picture looks like the screen without copying the screen; and,
 * when asked, the top gaps in a box beside the map.
 */
import { LEGEND_HEIGHT } from "../../design/geometry";
import { ghostLinkId, gutterOf, linksOf, routeLinks } from "../../design/routing";
import { COLOR } from "../../design/tokens";
import { coverageScore, percentText } from "../../domain/coverage";
import type { MapAnalysis } from "../../domain/gaps";
import { type CanvasLayout, canvasPosition, computeLayout } from "../../domain/layout";
import { DEFAULT_ORGS, type PeerMap } from "../../domain/model";
import { tierHealth } from "../../domain/tierHealth";
import {
  type Box,
  EXPORT_MARGIN,
  type PngGeometry,
  type PngOptions,
  pngGeometry,
} from "../pngGeometry";
import { boardSteps } from "./board";
import { cardSteps, type PlacedCard } from "./cards";
import { ghostStep, relationshipStep } from "./edges";
import { gapsBoxSteps } from "./gapsBox";
import { legendSteps } from "./legend";
import { fitText, type MeasureText, type Scene, type SceneStep } from "./scene";

const TITLE = { size: 30, weight: 700 };
const SUBTITLE = { size: 17, weight: 500 };

/** The picture's geometry: the board is the lanes plus, with "title and legend", the legend. */
export function mapPictureGeometry(
  map: PeerMap,
  options: PngOptions,
  layout: CanvasLayout = computeLayout(map),
): PngGeometry {
  const boardHeight = layout.height + (options.titleAndLegend ? LEGEND_HEIGHT : 0);
  return pngGeometry(layout.width, boardHeight, options);
}

/** Map name, then the organisations (with their colours), the date and the coverage. */
function titleSteps(box: Box, map: PeerMap, date: string, measure: MeasureText): SceneStep[] {
  const left = box.x + EXPORT_MARGIN;
  const right = box.x + box.width - EXPORT_MARGIN;
  const steps: SceneStep[] = [
    {
      kind: "text",
      text: fitText(measure, map.name, TITLE, right - left),
      x: left,
      y: box.y + 44,
      font: TITLE,
      color: COLOR.ink,
    },
  ];
  const y = box.y + 80;
  let x = left;
  for (const org of ["a", "b"] as const) {
    steps.push({ kind: "rect", x, y: y - 6, width: 12, height: 12, fill: map.orgs[org].color });
    x += 18;
    const name = fitText(
      measure,
      map.orgs[org].name.trim() || DEFAULT_ORGS[org].name,
      SUBTITLE,
      360,
    );
    steps.push({ kind: "text", text: name, x, y, font: SUBTITLE, color: COLOR.ink2 });
    x += measure(name, SUBTITLE) + 12;
    if (org === "a") {
      steps.push({ kind: "text", text: "×", x, y, font: SUBTITLE, color: COLOR.ink2 });
      x += measure("×", SUBTITLE) + 12;
    }
  }
  const rest = `·  ${date}  ·  Coverage ${percentText(coverageScore(map))}`;
  steps.push({
    kind: "text",
    text: fitText(measure, rest, SUBTITLE, Math.max(0, right - x)),
    x,
    y,
    font: SUBTITLE,
    color: COLOR.ink2,
  });
  steps.push({
    kind: "rect",
    x: left,
    y: box.y + box.height - 2,
    width: right - left,
    height: 1,
    fill: COLOR.line,
  });
  return steps;
}

/** Cards with where they are drawn; people still in the roster are not on the board. */
function placedCards(map: PeerMap, analysis: MapAnalysis, layout: CanvasLayout): PlacedCard[] {
  const tierNames = new Map(map.tiers.map((t) => [t.id, t.name]));
  return map.people.flatMap((person) => {
    const at = canvasPosition(layout, person);
    if (!at) return [];
    return [
      {
        person,
        ...at,
        color: map.orgs[person.org].color,
        tierName: tierNames.get(person.tierId) ?? "",
        unpaired: analysis.unpairedIds.has(person.id),
      },
    ];
  });
}

/** Board, lines (real ones, then suggested ones) and cards, in canvas coordinates. */
export function boardScene(
  map: PeerMap,
  analysis: MapAnalysis,
  measure: MeasureText,
  withLegend: boolean,
  layout: CanvasLayout = computeLayout(map),
): SceneStep[] {
  const cards = placedCards(map, analysis, layout);
  const byId = new Map(cards.map((card) => [card.person.id, card]));
  const steps = boardSteps(layout, map.orgs, map.people, measure, tierHealth(analysis));
  // The same routing as the canvas (toFlow), so both draw every line along the same path.
  const routes = routeLinks(
    gutterOf(layout),
    new Map(cards.map((card) => [card.person.id, { x: card.x, y: card.y, org: card.person.org }])),
    linksOf(map.relationships, analysis.suggestions),
  );
  for (const r of map.relationships) {
    const from = byId.get(r.source);
    const to = byId.get(r.target);
    const route = routes.get(r.id);
    if (from && to && route)
      steps.push(
        relationshipStep(route.d, r.strength, from.person.org === to.person.org, r.planned),
      );
  }
  for (const s of analysis.suggestions) {
    const route = routes.get(ghostLinkId(s));
    if (route) steps.push(ghostStep(route.d));
  }
  for (const card of cards) steps.push(...cardSteps(card, measure));
  if (withLegend) steps.push(...legendSteps(layout, measure));
  return steps;
}

export interface PictureInput {
  map: PeerMap;
  analysis: MapAnalysis;
  options: PngOptions;
  /** The date printed in the title band, as the user reads dates. */
  date: string;
  measure: MeasureText;
}

/** The whole picture, in picture units (multiply by `geometry.scale` for pixels). */
export function pictureScene({ map, analysis, options, date, measure }: PictureInput): {
  scene: Scene;
  geometry: PngGeometry;
} {
  const layout = computeLayout(map);
  const geometry = mapPictureGeometry(map, options, layout);
  const steps: SceneStep[] = [];
  if (geometry.header) steps.push(...titleSteps(geometry.header, map, date, measure));
  steps.push({
    kind: "group",
    x: geometry.mapAt.x + EXPORT_MARGIN,
    y: geometry.mapAt.y + EXPORT_MARGIN,
    steps: boardScene(map, analysis, measure, options.titleAndLegend, layout),
  });
  if (geometry.gapsBox) steps.push(...gapsBoxSteps(geometry.gapsBox, analysis.gaps, measure));
  const background = options.background === "white" ? COLOR.surface : undefined;
  const scene = { width: geometry.width, height: geometry.height, background, steps };
  return { scene, geometry };
}
