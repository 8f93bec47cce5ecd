/** The marker every Peermap file carries, so a stray JSON file is recognised as "not ours". */
export const FORMAT_ID = "peermap";

/**
 * Hard limits on imported files. They exist so a hostile or broken file cannot freeze the tab
 * (size, counts) and so every field fits the UI (lengths). Lengths count UTF-16 code units, the
 * same unit as JavaScript's `string.length`.
 */
export const LIMITS = {
  /**
   * 5 MiB measured in UTF-16 code units of the decoded text, not bytes: the check must run on the
   * string before `JSON.parse`, and for plain-ASCII files the two are the same.
   */
  maxFileChars: 5 * 1024 * 1024,
  maxPeople: 10_000,
  maxRelationships: 50_000,
  /** Not in the original brief; each tier is a canvas lane, so more than this is unusable anyway. */
  maxTiers: 100,
  maxIdLength: 100,
  maxNameLength: 200,
  maxEmailLength: 320,
  maxNotesLength: 5_000,
  /** Actions per map, open and done together. */
  maxActions: 2_000,
  /** An action's text: a sentence or two, longer than a name. */
  maxActionLength: 1_000,
  /** Snapshots kept per map: four a year for fifty years, with room for ad-hoc reviews. */
  maxSnapshotsPerMap: 200,
  /** Keeps stray coordinates (e.g. 1e300) from pushing a card light-years off the canvas. */
  maxCoordinate: 1_000_000,
  /** A file with thousands of problems is not helped by a list of thousands of messages. */
  maxReportedErrors: 50,
  /**
   * Levels of objects and lists. A Peermap file has at most seven (file, snapshots, a
   * snapshot, its map, people, a person, its position); the rest is room for later versions. Checked on the text before it is
   * parsed, so a file nested millions deep is refused at once.
   */
  maxNesting: 32,
} as const;

/** Keys that could reach `Object.prototype` when a parsed file is spread or merged later. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);
