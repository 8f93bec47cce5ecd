import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseMap, type Gap } from "../../../src/domain/gaps";
import type { PeerMap, Relationship } from "../../../src/domain/model";
import { tierHealth } from "../../../src/domain/tierHealth";
import { arbPeerMap, arbStrength } from "../arbitraries";

/** A map, and the same map with planned links added between any of its people. */
const arbWithPlanned = arbPeerMap({ withDebris: true })
  .filter((map) => map.people.length > 1)
  .chain((before) => {
    const ids = before.people.map((person) => person.id);
    const planned = fc.record({
      source: fc.constantFrom(...ids),
      target: fc.constantFrom(...ids),
      strength: arbStrength,
      targetStrength: fc.option(arbStrength, { nil: undefined }),
    });
    return fc.array(planned, { minLength: 1, maxLength: 6 }).map((links): [PeerMap, PeerMap] => [
      before,
      {
        ...before,
        relationships: [
          ...before.relationships,
          ...links.map(
            ({ targetStrength, ...link }, i): Relationship => ({
              id: `planned-${i}`,
              ...link,
              planned: true,
              ...(targetStrength !== undefined && { targetStrength }),
            }),
          ),
        ],
      },
    ]);
  });

const ids = (gaps: Gap[]) => gaps.map((gap) => gap.id);

describe("planned links never count as existing", () => {
  it("leave coverage, gaps, suggestions and tier health exactly as they were", () => {
    fc.assert(
      fc.property(arbWithPlanned, ([before, after]) => {
        const [was, now] = [analyseMap(before), analyseMap(after)];
        expect(now.coverage).toBe(was.coverage);
        expect(now.peopleCoverage).toBe(was.peopleCoverage);
        expect(now.tiers).toEqual(was.tiers);
        expect(ids(now.gaps)).toEqual(ids(was.gaps));
        expect(now.gaps).toEqual(was.gaps);
        expect(tierHealth(now)).toEqual(tierHealth(was));
        // Ghosts stay in the tiers that had them, and never end at someone already planned for.
        const tiers = new Set(was.suggestions.map((s) => s.tierId));
        const plannedEnds = new Set(
          after.relationships.filter((r) => r.planned).flatMap((r) => [r.source, r.target]),
        );
        for (const s of now.suggestions) {
          expect(tiers).toContain(s.tierId);
          const planned = [s.source, s.target].filter((id) => plannedEnds.has(id));
          // Only a planned link to someone of another tier or the same side leaves a person free.
          for (const id of planned) {
            const peers = after.relationships.filter(
              (r) => r.planned && (r.source === id || r.target === id),
            );
            const byId = new Map(after.people.map((p) => [p.id, p]));
            const me = byId.get(id);
            for (const r of peers) {
              const other = byId.get(r.source === id ? r.target : r.source);
              expect(
                other === undefined || other.org === me?.org || other.tierId !== me?.tierId,
              ).toBe(true);
            }
          }
        }
      }),
    );
  });

  it("a link turned from existing to planned can only lower coverage", () => {
    fc.assert(
      fc.property(
        arbPeerMap().filter((map) => map.relationships.length > 0),
        fc.nat(),
        (map, pick) => {
          const at = pick % map.relationships.length;
          const planned: PeerMap = {
            ...map,
            relationships: map.relationships.map((r, i) =>
              i === at ? { ...r, planned: true } : r,
            ),
          };
          const [was, now] = [analyseMap(map), analyseMap(planned)];
          if (was.coverage === null) return;
          expect(now.coverage ?? 0).toBeLessThanOrEqual(was.coverage);
          expect(now.peopleCoverage ?? 0).toBeLessThanOrEqual(was.peopleCoverage ?? 0);
        },
      ),
    );
  });
});
