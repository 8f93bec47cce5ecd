/**
 * Writing IndexedDB rows behind the app's back, as an older Peermap or a bug might have left
 * them. Raw IndexedDB API only; the app must not be open on that map while this runs.
 */
import type { Page } from "@playwright/test";
import { DB_NAME } from "../storage-support";

/** Merge `changes` into the stored person or relationship `id` of map `mapId`. */
export function patchStoredRecord(
  page: Page,
  table: "people" | "relationships",
  mapId: string,
  id: string,
  changes: Record<string, unknown>,
): Promise<void> {
  return page.evaluate(
    ({ dbName, table, mapId, id, changes }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(table, "readwrite");
          const store = tx.objectStore(table);
          const read = store.get([mapId, id]);
          read.onsuccess = () => {
            if (!read.result) reject(new Error(`no ${table} row ${id}`));
            else store.put({ ...read.result, ...changes });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    { dbName: DB_NAME, table, mapId, id, changes },
  );
}
