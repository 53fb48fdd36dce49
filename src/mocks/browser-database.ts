import initSqlJs, { type Database } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

/**
 * The in-page server's SQLite (sql.js), kept in IndexedDB so a reload, a deep link opened in a
 * new tab or tomorrow's visit finds what the visitor did: their login, claimed shifts, scans.
 * A copy saved on another day is dropped: the demo conference runs "today", so yesterday's
 * copy would show a conference that has moved on.
 */
const STORE = 'databases';
const KEY = 'lanyard-demo';

interface SavedCopy {
  day: string;
  version: string;
  bytes: Uint8Array;
}

const today = () => new Date().toISOString().slice(0, 10);

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('lanyard-demo', 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('IndexedDB refused to open'));
  });
}

function request<T>(run: (store: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode): Promise<T> {
  return openStore().then(
    (idb) =>
      new Promise<T>((resolve, reject) => {
        const req = run(idb.transaction(STORE, mode).objectStore(STORE));
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
      }),
  );
}

export interface BrowserDatabase {
  db: Database;
  /** True when the copy was restored, false when it starts empty (to be migrated and seeded). */
  restored: boolean;
  /** Saves the current state; resolves once it is stored (saves run one after another). */
  save(): Promise<void>;
  /** Forgets the saved copy: the next load starts from a fresh demo. */
  forget(): Promise<void>;
}

export async function openBrowserDatabase(version: string): Promise<BrowserDatabase> {
  const SQL = await initSqlJs({ locateFile: () => wasmUrl });
  const saved = await request<SavedCopy | undefined>((s) => s.get(KEY), 'readonly').catch(() => undefined);
  const usable = saved && saved.day === today() && saved.version === version;
  const db = usable ? new SQL.Database(saved.bytes) : new SQL.Database();
  const foreignKeys = () => db.run('pragma foreign_keys = on');
  foreignKeys();

  let saving = Promise.resolve();
  const saveNow = async () => {
    // export() closes and reopens the database, which resets its pragmas.
    const bytes = db.export();
    foreignKeys();
    const copy: SavedCopy = { day: today(), version, bytes };
    await request((s) => s.put(copy, KEY), 'readwrite').catch((err: unknown) => {
      console.warn('The demo could not save its database; it will start fresh next time.', err);
    });
  };
  return {
    db,
    restored: Boolean(usable),
    save() {
      saving = saving.then(saveNow);
      return saving;
    },
    forget: () => request((s) => s.delete(KEY), 'readwrite').then(() => undefined),
  };
}
