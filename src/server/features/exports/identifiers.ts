import { createHash } from 'node:crypto';

/** Lanyard's own UUID namespace, so names hashed here never collide with another tool's. */
export const LANYARD_NAMESPACE = '0b7d6f5e-3c1a-4e8b-9a2d-6f4c1e8b7a30';

/**
 * RFC 9562 name-based UUID (version 5). Rooms and speakers have no uuid column, but the
 * exchange formats want one that stays the same from export to export.
 */
export function uuidV5(name: string, namespace = LANYARD_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const MAX_ID = 0x7fffffff;

/**
 * The deprecated integer `id` every frab reader still requires, derived from each guid so it
 * does not change when other sessions are added or removed. 31 bits fit a Java int (EventFahrplan,
 * Giggity). Two guids landing on the same number is a one-in-millions event for a big schedule;
 * it is resolved by taking the next free number in guid order, so the result stays deterministic.
 */
export function eventIds(guids: readonly string[]): Map<string, number> {
  const ids = new Map<string, number>();
  const taken = new Set<number>();
  for (const guid of [...new Set(guids)].sort()) {
    let id = Number.parseInt(guid.replaceAll('-', '').slice(0, 8), 16) & MAX_ID || 1;
    while (taken.has(id)) id = id === MAX_ID ? 1 : id + 1;
    taken.add(id);
    ids.set(guid, id);
  }
  return ids;
}
