/**
 * The IndexedDB database, through Dexie. One row per map header in `maps`, one row per person
 * and per relationship (keyed [mapId+id]), so an edit writes only the records it touched.
 *
 * Schema changes are explicit steps in SCHEMA_VERSIONS: never edit a published step; append a
 * new one with the tables it changes and, when existing data must be reshaped, an `upgrade`.
 */
import { Dexie, type DexieOptions, type Table, type Transaction } from "dexie";
import type {
  Action,
  MapSettings,
  Organisation,
  OrgKey,
  Person,
  Relationship,
  Tier,
} from "../domain/model";
import type { Snapshot, SnapshotSummary } from "../domain/snapshots";

export const DEFAULT_DB_NAME = "peermap";

/** The map header plus the derived fields the home screen lists without loading records. */
export interface MapRow {
  id: string;
  name: string;
  orgs: Record<OrgKey, Organisation>;
  tiers: Tier[];
  settings: MapSettings;
  /** Few and small, so they live in the header like the tiers (absent in rows saved before). */
  actions: Action[];
  createdAt: string;
  updatedAt: string;
  /**
   * The roster order (people) and list order (relationships) by id. Records are stored one
   * per row, so their order in the document lives here, written in the same transaction.
   */
  peopleOrder: string[];
  relationshipOrder: string[];
  peopleCount: number;
  relationshipCount: number;
  /** coverageScore of the map when it was saved, 0..100, or null when it measured nothing. */
  coverage: number | null;
}

/** A snapshot (src/domain/snapshots.ts) with its summary, so History lists without analysing. */
export type SnapshotRow = Snapshot & SnapshotSummary;

export type PersonRow = Person & { mapId: string };
export type RelationshipRow = Relationship & { mapId: string };
/** Primary key of a person or relationship row. */
export type RecordKey = [mapId: string, id: string];

export interface SchemaVersion {
  version: number;
  /** Dexie store specs of the tables this step adds or changes; null deletes a table. */
  stores: Record<string, string | null>;
  /** Reshapes existing data while the database is being upgraded to this version. */
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | undefined;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      maps: "id, updatedAt",
      people: "[mapId+id], mapId",
      relationships: "[mapId+id], mapId",
    },
  },
  {
    // Snapshots in their own table: maps, people and relationships are not touched, so the
    // upgrade reshapes nothing; it only has to leave every stored map as it was.
    version: 2,
    stores: { snapshots: "id, mapId, [mapId+date]" },
    upgrade: () => undefined,
  },
];

export class PeermapDb extends Dexie {
  // `declare`, not `!`: with class fields a plain declaration would overwrite the tables
  // Dexie sets up in its constructor.
  declare maps: Table<MapRow, string>;
  declare people: Table<PersonRow, RecordKey>;
  declare relationships: Table<RelationshipRow, RecordKey>;
  declare snapshots: Table<SnapshotRow, string>;

  constructor(name: string, versions: readonly SchemaVersion[], options?: DexieOptions) {
    super(name, options);
    for (const step of versions) {
      const version = this.version(step.version).stores(step.stores);
      const { upgrade } = step;
      if (upgrade) version.upgrade((tx) => upgrade(tx));
    }
  }
}

export interface OpenDbOptions {
  /** Test hook: the schema steps to declare (defaults to SCHEMA_VERSIONS). */
  versions?: readonly SchemaVersion[];
  /** Test hook: e.g. a fresh `new IDBFactory()` from fake-indexeddb. */
  indexedDB?: DexieOptions["indexedDB"];
  IDBKeyRange?: DexieOptions["IDBKeyRange"];
}

/**
 * A Dexie instance for the Peermap database, not yet opened (Dexie opens on first use, or call
 * `db.open()` to find out early whether storage works). Tests pass fresh names or factories.
 */
export function openPeermapDb(
  name: string = DEFAULT_DB_NAME,
  options: OpenDbOptions = {},
): PeermapDb {
  const dexieOptions: DexieOptions = {};
  if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
  if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
  return new PeermapDb(name, options.versions ?? SCHEMA_VERSIONS, dexieOptions);
}
