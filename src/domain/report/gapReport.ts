/**
 * The gap report: a short summary of a map's gaps, to paste into an email, a wiki or meeting
 * notes after a workshop. One pure function builds its structure (title, byline, sections of
 * bullet points made of plain and bold runs); two small renderers write it as Markdown
 * (reportMarkdown.ts) and as HTML (reportHtml.ts), so both always say the same thing.
 */
import { actionLine, openActionsAbout, openActionsByDue, subjectText } from "../actionLines";
import { compareMaps } from "../compare";
import {
  COVERAGE_UNMEASURED,
  coverageFromIndex,
  peopleCoverageFromIndex,
  tierStatesFromIndex,
} from "../coverage";
import { GAP_SEVERITIES, type Gap, type GapSeverity, gapsFromIndex, SEVERITY_NAMES } from "../gaps";
import {
  DEFAULT_ORGS,
  isExisting,
  type OrgKey,
  type PeerMap,
  type Person,
  type Relationship,
  strengthLabel,
} from "../model";
import { dayText } from "../snapshots";
import { tierHealth, tierHealthLine } from "../tierHealth";
import { buildTierIndex } from "../tierIndex";
import { type ChangeGroupKey, changeSentences } from "./changeSentences";

/** A piece of text, bold or not. Its text is user text or ours, never markup. */
export interface Run {
  text: string;
  bold?: boolean;
}

/** A line of text made of runs. */
export type Line = readonly Run[];

export interface ReportSection {
  heading: string;
  /** Bullet points; a section without any is left out of the report. */
  items: readonly Line[];
  /** Open actions listed under items[i] as tasks, when it has any. */
  tasks?: readonly (readonly Line[])[];
}

export interface GapReport {
  title: string;
  byline: Line;
  sections: readonly ReportSection[];
}

/** Relationships at or below this strength (2 Weak, 1 Strained) are listed by name. */
const LISTED_UP_TO = 2;

/** User text on one line: line breaks become spaces, so a note cannot break a bullet. */
export const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, " ").trim();

const plain = (text: string): Run => ({ text });
const bold = (text: string): Run => ({ text, bold: true });

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function orgNames(map: PeerMap): Record<OrgKey, string> {
  return {
    a: map.orgs.a.name.trim() || DEFAULT_ORGS.a.name,
    b: map.orgs.b.name.trim() || DEFAULT_ORGS.b.name,
  };
}

function weakRelationshipLines(
  map: PeerMap,
  personById: ReadonlyMap<string, Person>,
  orgs: Record<OrgKey, string>,
): Line[] {
  const tierNames = new Map(map.tiers.map((tier) => [tier.id, tier.name]));
  const who = (person: Person): Run[] => {
    const tier = tierNames.get(person.tierId);
    const where = [orgs[person.org], tier].filter(Boolean).map((s) => oneLine(s ?? ""));
    return [bold(oneLine(person.name)), plain(` (${where.join(", ")})`)];
  };
  const lines: Line[] = [];
  // A planned link is not rated yet: it has no strength to report.
  const weak = map.relationships.filter((r) => isExisting(r) && r.strength <= LISTED_UP_TO);
  // Most strained first; otherwise in the map's order.
  weak.sort((p, q) => p.strength - q.strength);
  for (const relationship of weak) {
    const ends = endsOf(relationship, personById);
    if (!ends) continue;
    const [first, second] = ends;
    const details = [strengthLabel(relationship.strength)];
    if (first.org === second.org) details.push("internal");
    if (relationship.lastContact) details.push(`last contact ${relationship.lastContact}`);
    const notes = relationship.notes ? ` ${oneLine(relationship.notes)}` : "";
    lines.push([
      ...who(first),
      plain(" – "),
      ...who(second),
      plain(`: ${details.join("; ")}.${notes}`),
    ]);
  }
  return lines;
}

/** Both people of a relationship, ours first; undefined when one of them is unknown. */
function endsOf(
  relationship: Relationship,
  personById: ReadonlyMap<string, Person>,
): [Person, Person] | undefined {
  const source = personById.get(relationship.source);
  const target = personById.get(relationship.target);
  if (!source || !target) return undefined;
  return source.org === "b" && target.org === "a" ? [target, source] : [source, target];
}

/** Open actions not listed under an open gap: on links, people, and gaps that have closed. */
function otherActionsSection(map: PeerMap, gaps: readonly Gap[], date: string): ReportSection {
  const open = new Set(gaps.map((gap) => gap.id));
  const items: Line[] = [];
  for (const action of openActionsByDue(map.actions)) {
    if (action.about.kind === "gap" && open.has(action.about.id)) continue;
    const subject = subjectText(map, action.about, gaps);
    items.push([
      bold(`${subject.kind}: ${subject.text}`),
      plain(` — ${actionLine(map, action, date)}`),
    ]);
  }
  return { heading: `Open actions (${items.length})`, items };
}

/** The snapshot a report looks back to: its label, review date and frozen map. */
export interface SinceSnapshot {
  label: string;
  date: string;
  map: PeerMap;
}

/** What "Since" lists, in this order: gaps, then links (people's moves are in compare). */
const SINCE_GROUPS: readonly ChangeGroupKey[] = [
  "closed",
  "opened",
  "added",
  "removed",
  "stronger",
  "weaker",
];

function sinceSection(map: PeerMap, since: SinceSnapshot): ReportSection {
  const summary = changeSentences(since.map, map, compareMaps(since.map, map));
  const items: Line[] = [[plain(summary.coverage)]];
  for (const key of SINCE_GROUPS) {
    const group = summary.groups.find((candidate) => candidate.key === key);
    for (const sentence of group?.sentences ?? [])
      items.push([bold(`${group?.heading}:`), plain(` ${sentence.text}`)]);
  }
  if (items.length === 1) items.push([plain("No gap opened or closed, and no link changed.")]);
  return { heading: `Since ${oneLine(since.label)} (${dayText(since.date)})`, items };
}

/**
 * The report for `map` as of `date` (shown as given, e.g. "2024-05-14"): title, date, a
 * summary (coverage, counts), every gap under its severity (most severe first, in the gaps
 * panel's order), then the relationships rated Weak or Strained, then, given a snapshot, what
 * changed since it. Empty sections are left out.
 */
export function gapReport(map: PeerMap, date: string, since?: SinceSnapshot): GapReport {
  const index = buildTierIndex(map);
  const gaps = gapsFromIndex(index);
  const coverage = coverageFromIndex(index);
  const peopleCoverage = peopleCoverageFromIndex(index);
  const orgs = orgNames(map);
  const personById = new Map(map.people.map((person) => [person.id, person]));

  const bySide = { a: 0, b: 0 };
  let unplaced = 0;
  for (const person of map.people) {
    bySide[person.org] += 1;
    if (!person.position) unplaced += 1;
  }
  let crossOrg = 0;
  for (const relationship of map.relationships) {
    const ends = endsOf(relationship, personById);
    if (ends && ends[0].org !== ends[1].org) crossOrg += 1;
  }
  const count = (severity: GapSeverity) => gaps.filter((g) => g.severity === severity).length;
  const [a, b] = [oneLine(orgs.a), oneLine(orgs.b)];

  const summary: Line[] = [
    coverage === null || peopleCoverage === null
      ? [plain("Coverage: "), bold("—"), plain(`. ${COVERAGE_UNMEASURED}`)]
      : [
          plain("Coverage: "),
          bold(`${coverage}%`),
          plain(
            " of staffed tiers have a healthy link between peers " +
              `(healthy means ${strengthLabel(map.settings.healthyThreshold)} or stronger); `,
          ),
          bold(`${peopleCoverage}%`),
          plain(" of placed people have a healthy link to a peer of their tier."),
        ],
    [
      plain(
        `People: ${map.people.length.toLocaleString("en-US")} (${a} ${bySide.a}, ${b} ${bySide.b})` +
          (unplaced > 0 ? `; ${unplaced} not yet placed on the map.` : "."),
      ),
    ],
    [
      plain(
        `Relationships: ${map.relationships.length.toLocaleString("en-US")}, ` +
          `${crossOrg.toLocaleString("en-US")} of them between ${a} and ${b}.`,
      ),
    ],
    [
      plain(
        `Gaps: ${count("critical")} critical, ${plural(count("warning"), "warning")}, ` +
          `${count("info")} info.`,
      ),
    ],
  ];

  // Tiers with nobody in them have nothing to judge; the gap list says who is missing where.
  const health = tierHealth({ gaps, tiers: tierStatesFromIndex(index) }).filter(
    (h) => h.level !== "empty",
  );
  const sections: ReportSection[] = [
    { heading: "Summary", items: summary },
    { heading: "Tier health", items: health.map((h) => [plain(oneLine(tierHealthLine(h)))]) },
  ];
  for (const severity of GAP_SEVERITIES) {
    const ofSeverity = gaps.filter((gap) => gap.severity === severity);
    sections.push({
      heading: `${SEVERITY_NAMES[severity]} (${ofSeverity.length})`,
      items: ofSeverity.map((gap) => [plain(oneLine(gap.message))]),
      tasks: ofSeverity.map((gap) =>
        openActionsAbout(map, { kind: "gap", id: gap.id }).map((a) => [
          plain(actionLine(map, a, date)),
        ]),
      ),
    });
  }
  const weak = weakRelationshipLines(map, personById, orgs);
  sections.push({ heading: `Weak and strained relationships (${weak.length})`, items: weak });
  sections.push(otherActionsSection(map, gaps, date));
  if (since) sections.push(sinceSection(map, since));

  return {
    title: `Gap report: ${oneLine(map.name) || "Untitled map"}`,
    byline: [bold(a), plain(" × "), bold(b), plain(` · ${oneLine(date)}`)],
    sections: sections.filter((section) => section.items.length > 0),
  };
}
