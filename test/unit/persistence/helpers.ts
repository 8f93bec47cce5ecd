/** Shared set-up for persistence tests: fresh databases, a counting middleware, a map store. */
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { createStore } from "zustand/vanilla";
import type { PeerMap } from "../../../src/domain/model";
import { type OpenDbOptions, openPeermapDb, type PeermapDb } from "../../../src/persistence/db";
import { assembleMap, type LoadedMap } from "../../../src/persistence/readMap";
import { toMapRow, toPersonRow, toRelationshipRow } from "../../../src/persistence/rows";
import type { SessionMapStore } from "../../../src/persistence/sessionTypes";
import { aMap } from "../builders";

let counter = 0;
/** A unique database name, so no test sees another's data. */
export const dbName = (): string => `peermap-test-${++counter}`;

/** Fake IndexedDB options; pass the same factory to share one "browser" between tabs. */
export const fakeIdb = (factory: IDBFactory = new IDBFactory()): OpenDbOptions => ({
  indexedDB: factory,
  IDBKeyRange,
});

export function freshDb(name = dbName(), options: OpenDbOptions = fakeIdb()): PeermapDb {
  return openPeermapDb(name, options);
}

export interface WriteLog {
  /** "people put ada" style entries, one per record written or deleted. */
  entries: string[];
  clear(): void;
}

/** Records every row Dexie writes or deletes (below Dexie's API, at the DBCore level). */
export function logWrites(db: PeermapDb): WriteLog {
  const log: WriteLog = {
    entries: [],
    clear: () => {
      log.entries.length = 0;
    },
  };
  db.use({
    stack: "dbcore",
    name: "test-write-log",
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (req) => {
            if (req.type === "put" || req.type === "add") {
              for (const value of req.values) {
                const row = value as { id?: string };
                log.entries.push(`${tableName} ${req.type} ${row.id}`);
              }
            } else if (req.type === "delete") {
              for (const key of req.keys)
                log.entries.push(`${tableName} delete ${JSON.stringify(key)}`);
            } else log.entries.push(`${tableName} ${req.type}`);
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return log;
}

/** Acme x Globex with two tiers, three people, two relationships. */
export const acmeMap = (): PeerMap =>
  aMap()
    .named("Acme x Globex")
    .withOrgs("Acme", "Globex")
    .withTiers("Executive sponsor", "Sales")
    .withPerson("ada", {
      org: "a",
      tier: "Executive sponsor",
      name: "Ada Lovelace",
      at: { x: 16, y: 16 },
    })
    .withPerson("grace", {
      org: "b",
      tier: "Executive sponsor",
      name: "Grace Hopper",
      title: "CTO",
    })
    .withPerson("alan", { org: "a", tier: "Sales", name: "Alan Turing" })
    .withLink("ada", "grace", 4, { notes: "Met at the summit", lastContact: "2024-05-01" })
    .withLink("alan", "grace", 2)
    .build();

/** A minimal stand-in for useMapStore, so two "tabs" can each have one. */
export function testMapStore(initial: PeerMap | null = null): SessionMapStore & {
  setMap(map: PeerMap): void;
  externals: PeerMap[];
} {
  const externals: PeerMap[] = [];
  const store = createStore<ReturnType<SessionMapStore["getState"]>>()((set) => ({
    map: initial,
    openMap: (map) => set({ map }),
    closeMap: () => set({ map: null }),
    applyExternal: (map) => {
      externals.push(map);
      set({ map });
    },
    renameMap: (name) => {
      set((s) => (s.map ? { map: { ...s.map, name } } : s));
      return true;
    },
  }));
  return {
    getState: store.getState,
    subscribe: store.subscribe,
    setMap: (map) => store.setState({ map }),
    externals,
  };
}

/** Lets pending promise chains (and fake IndexedDB's scheduling) run. */
export const settle = async (rounds = 20): Promise<void> => {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** The rows the repository writes for `map`, read back as opening a stored map does. */
export const reloadFromRows = (map: PeerMap, now: string): LoadedMap =>
  assembleMap(
    map.id,
    {
      header: { ...toMapRow(map) },
      people: map.people.map((p) => toPersonRow(map.id, p)),
      relationships: map.relationships.map((r) => toRelationshipRow(map.id, r)),
    },
    now,
  );
