/**
 * The gap report: a short Markdown summary of a map's gaps, to paste into an email, a wiki or
 * meeting notes after a workshop. Plain Markdown (headings, bullets, bold), nothing exotic, so
 * it reads well both rendered and as raw text.
 */
import { COVERAGE_UNMEASURED, coverageFromIndex, peopleCoverageFromIndex } from "../coverage";
import { GAP_SEVERITIES, type GapSeverity, gapsFromIndex } from "../gaps";
import {
  DEFAULT_ORGS,
  type OrgKey,
  type PeerMap,
  type Person,
  type Relationship,
  strengthLabel,
} from "../model";
import { buildTierIndex } from "../tierIndex";

export const SEVERITY_HEADINGS: Readonly<Record<GapSeverity, string>> = {
  critical: "Critical",
  warning: "Warning",
  info: "Info",
};

/** Relationships at or below this strength (2 Weak, 1 Strained) are listed by name. */
const LISTED_UP_TO = 2;

/**
 * User text made inert: characters Markdown would read as formatting are escaped, line breaks
 * become spaces, so a name like "*Ops*" or a note with a "#" cannot restyle the report.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .trim();
}

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
): string[] {
  const tierNames = new Map(map.tiers.map((tier) => [tier.id, tier.name]));
  const who = (person: Person) => {
    const tier = tierNames.get(person.tierId);
    const where = [orgs[person.org], tier].filter(Boolean).map((s) => escapeMarkdown(s ?? ""));
    return `**${escapeMarkdown(person.name)}** (${where.join(", ")})`;
  };
  const lines: string[] = [];
  const weak = map.relationships.filter((r) => r.strength <= LISTED_UP_TO);
  // Most strained first; otherwise in the map's order.
  weak.sort((p, q) => p.strength - q.strength);
  for (const relationship of weak) {
    const ends = endsOf(relationship, personById);
    if (!ends) continue;
    const [first, second] = ends;
    const details = [strengthLabel(relationship.strength)];
    if (first.org === second.org) details.push("internal");
    if (relationship.lastContact) details.push(`last contact ${relationship.lastContact}`);
    const notes = relationship.notes ? ` ${escapeMarkdown(relationship.notes)}` : "";
    lines.push(`- ${who(first)} – ${who(second)}: ${details.join("; ")}.${notes}`);
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

/**
 * The report for `map` as of `date` (shown as given, e.g. "2024-05-14"): title, date, coverage,
 * counts, every gap under its severity (most severe first, in the gaps panel's order), then the
 * relationships rated Weak or Strained.
 */
export function gapReportMarkdown(map: PeerMap, date: string): string {
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
  const [a, b] = [escapeMarkdown(orgs.a), escapeMarkdown(orgs.b)];

  const lines = [
    `# Gap report: ${escapeMarkdown(map.name) || "Untitled map"}`,
    "",
    `**${a}** × **${b}** · ${escapeMarkdown(date)}`,
    "",
    "## Summary",
    "",
    coverage === null || peopleCoverage === null
      ? `- Coverage: **—**. ${COVERAGE_UNMEASURED}`
      : `- Coverage: **${coverage}%** of staffed tiers have a healthy link between peers ` +
        `(healthy means ${strengthLabel(map.settings.healthyThreshold)} or stronger); ` +
        `**${peopleCoverage}%** of placed people have a healthy link to a peer of their tier.`,
    `- People: ${map.people.length.toLocaleString("en-US")} (${a} ${bySide.a}, ${b} ${bySide.b})` +
      (unplaced > 0 ? `; ${unplaced} not yet placed on the map.` : "."),
    `- Relationships: ${map.relationships.length.toLocaleString("en-US")}, ` +
      `${crossOrg.toLocaleString("en-US")} of them between ${a} and ${b}.`,
    `- Gaps: ${count("critical")} critical, ${plural(count("warning"), "warning")}, ` +
      `${count("info")} info.`,
  ];

  for (const severity of GAP_SEVERITIES) {
    const ofSeverity = gaps.filter((gap) => gap.severity === severity);
    lines.push("", `## ${SEVERITY_HEADINGS[severity]} (${ofSeverity.length})`, "");
    if (ofSeverity.length === 0) lines.push("None.");
    for (const gap of ofSeverity) lines.push(`- ${escapeMarkdown(gap.message)}`);
  }

  const weak = weakRelationshipLines(map, personById, orgs);
  lines.push("", `## Weak and strained relationships (${weak.length})`, "");
  if (weak.length === 0) lines.push("None.");
  lines.push(...weak);
  return `${lines.join("\n")}\n`;
}
