import {
  type FormatError,
  formatPath,
  issuesToErrors,
  plainErrorMap,
  quote,
  showValue,
} from "./format/errors";
import { fileName, modelSchema, soundModelSchema } from "./format/schema";
import { isStrength, type PeerMap, pairKey } from "./model";

/**
 * Checks an in-memory map against every rule a map file must satisfy, e.g. to spot a corrupt
 * record in storage before it reaches the canvas. Safe on garbage: the shape is checked first,
 * and the cross-record rules only run once the shape is sound. Returns [] for a valid map.
 *
 * `withinLimits: false` leaves out LIMITS (lengths, counts, coordinate range), for storage,
 * which keeps over-limit records rather than lose what a user typed.
 *
 * Paths use the file's field names (`people[3].tier`, not `tierId`) because they are shown to
 * users, who only ever see the file form.
 */
export function validateMap(map: PeerMap, options: { withinLimits?: boolean } = {}): FormatError[] {
  const schema = options.withinLimits === false ? soundModelSchema : modelSchema;
  const shape = schema.safeParse(map, { error: plainErrorMap });
  if (!shape.success) return issuesToErrors(shape.error.issues, modelPath);
  return checkMapInvariants(map);
}

const modelPath = (segments: readonly PropertyKey[]): string =>
  formatPath(segments.map((segment) => fileName(segment)));

const strengthMessage = (value: unknown): string =>
  `must be a whole number from 1 to 5 (it is ${showValue(value)})`;

/**
 * The rules that span records: unique ids, references that resolve, no self-links, one
 * relationship per pair, strengths in range. Assumes a structurally sound map (the file parser
 * runs it after its schema). One pass per list with Map indexes, so 50,000 relationships
 * stay linear.
 */
export function checkMapInvariants(map: PeerMap): FormatError[] {
  const errors: FormatError[] = [];
  if (!isStrength(map.settings.healthyThreshold)) {
    errors.push({
      path: "settings.healthyThreshold",
      message: strengthMessage(map.settings.healthyThreshold),
    });
  }

  const tierIds = indexIds(map.tiers, "tiers", "tier", errors);
  const personIds = indexIds(map.people, "people", "person", errors);
  map.people.forEach((person, i) => {
    if (!tierIds.has(person.tierId)) {
      errors.push({
        path: `people[${i}].tier`,
        message: `no tier with id ${quote(person.tierId)}`,
      });
    }
  });

  indexIds(map.relationships, "relationships", "relationship", errors);
  const firstWithPair = new Map<string, number>();
  map.relationships.forEach((relationship, i) => {
    const at = `relationships[${i}]`;
    const { source, target, strength } = relationship;
    if (!isStrength(strength))
      errors.push({ path: `${at}.strength`, message: strengthMessage(strength) });

    let bothExist = true;
    for (const end of ["source", "target"] as const) {
      if (!personIds.has(relationship[end])) {
        errors.push({
          path: `${at}.${end}`,
          message: `no person with id ${quote(relationship[end])}`,
        });
        bothExist = false;
      }
    }
    if (source === target) {
      errors.push({
        path: `${at}.target`,
        message: `is the same person as the source (${quote(source)}); a relationship must link two different people`,
      });
      return;
    }
    if (!bothExist) return;

    const pair = pairKey(source, target);
    const first = firstWithPair.get(pair);
    if (first === undefined) firstWithPair.set(pair, i);
    else {
      errors.push({
        path: at,
        message: `links the same two people (${quote(source)} and ${quote(target)}) as relationships[${first}]; keep one relationship per pair`,
      });
    }
  });
  // An action is found, edited and listed by its id.
  indexIds(map.actions, "actions", "action", errors);
  return errors;
}

/** Maps each id to its first index, reporting every later duplicate against that first one. */
function indexIds(
  items: readonly { id: string }[],
  list: string,
  noun: string,
  errors: FormatError[],
): Map<string, number> {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, i);
    else {
      errors.push({
        path: `${list}[${i}].id`,
        message: `the ${noun} id ${quote(item.id)} is already used by ${list}[${first}]; ids must be unique`,
      });
    }
  });
  return firstIndex;
}
