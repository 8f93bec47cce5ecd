/**
 * Puts benchmark maps straight into the app's IndexedDB, as rows of the app's own schema
 * (src/persistence/db.ts; rows made by src/persistence/rows.ts in Node). Runs in the page,
 * after the app has created the database, so nothing in the app is exposed for the bench.
 */

export interface StoredMapRows {
  header: unknown;
  people: unknown[];
  relationships: unknown[];
}

export interface WriteRowsInput {
  dbName: string;
  /** Table names of the current schema: all must exist, or the app's schema has moved on. */
  stores: string[];
  maps: StoredMapRows[];
}

/** Self-contained: serialised by Playwright into the page. */
export function writeRows({ dbName, stores, maps }: WriteRowsInput): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onupgradeneeded = () => {
      request.transaction?.abort();
      reject(new Error(`database ${dbName} does not exist yet: open the app first`));
    };
    request.onerror = () => reject(request.error ?? new Error("indexedDB.open failed"));
    request.onsuccess = () => {
      const db = request.result;
      const missing = stores.filter((name) => !db.objectStoreNames.contains(name));
      if (missing.length > 0) {
        db.close();
        reject(new Error(`database ${dbName} has no table(s) ${missing.join(", ")}`));
        return;
      }
      const tx = db.transaction(["maps", "people", "relationships"], "readwrite");
      for (const map of maps) {
        tx.objectStore("maps").put(map.header);
        for (const row of map.people) tx.objectStore("people").put(row);
        for (const row of map.relationships) tx.objectStore("relationships").put(row);
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error ?? new Error("write failed"));
      };
    };
  });
}
