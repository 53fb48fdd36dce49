/**
 * Data about other people that staff keep on their device to work offline (the desk's copy of
 * ticket holders' names and emails) lives under one prefix, so logging out can forget all of it
 * without the auth feature knowing each staff feature. Queued scans are not private data of this
 * kind: they must survive a logout until they are uploaded.
 */
export const PRIVATE_STORAGE_PREFIX = 'lanyard:private:';

export function privateStorageKey(name: string): string {
  return `${PRIVATE_STORAGE_PREFIX}${name}`;
}

export function forgetPrivateStorage(storage: Storage = localStorage): void {
  try {
    for (let i = storage.length - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (key?.startsWith(PRIVATE_STORAGE_PREFIX)) storage.removeItem(key);
    }
  } catch {
    // Storage refused (private mode): nothing was stored either.
  }
}
