import type { SchedulePatch, Session } from '../contract';

// A publish reaches every phone as a patch of the session list it holds instead of the whole
// list again (docs/decisions/0018-publish-storm.md). The server builds the patch from the
// current list and the codes changed since the client's version; the client applies it and
// compares digests, so a patched list either equals the one a refetch would give or is
// refetched. Types only from the contract: this runs on the attendee's first screen.

/** The share of the list past which a patch costs about what the list does. */
export const TOO_FAR_BEHIND_SHARE = 0.5;

/** Objects with their keys sorted, for JSON.stringify: equal values give equal text whatever built them. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key];
  return out;
}

/** cyrb53: a fast 53-bit string hash; enough to tell two lists apart, not a security measure. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The digest of a session list in its order; the same on the server and in the browser. */
export function sessionListDigest(sessions: readonly Session[]): string {
  return `${sessions.length}-${hash53(JSON.stringify(sessions, sortedKeys))}`;
}

/**
 * The patch from the list as it was at some version to `current`, given the codes of the
 * sessions published (added, changed, cancelled or removed) since that version.
 */
export function buildSchedulePatch(
  current: readonly Session[],
  changedCodes: ReadonlySet<string>,
  sessionTypes: string[],
): SchedulePatch {
  const total = current.length;
  const digest = sessionListDigest(current);
  if (changedCodes.size > total * TOO_FAR_BEHIND_SHARE)
    return { tooFarBehind: true, total, sessions: [], removed: [], digest, sessionTypes };
  const sessions: SchedulePatch['sessions'] = [];
  const listed = new Set<string>();
  current.forEach((session, position) => {
    listed.add(session.code);
    if (changedCodes.has(session.code)) sessions.push({ position, session });
  });
  const removed = [...changedCodes].filter((code) => !listed.has(code)).sort();
  return { tooFarBehind: false, total, sessions, removed, digest, sessionTypes };
}

/**
 * The list a patch makes of `held`: the sessions it names leave their old places, the
 * unchanged ones keep their order, and the changed ones go to their places in the current
 * list. Undefined when the patch is too far behind or does not fit the list held (its result
 * would not have the current list's length); the caller then fetches the list.
 */
export function applySchedulePatch(held: readonly Session[], patch: SchedulePatch): Session[] | undefined {
  if (patch.tooFarBehind) return undefined;
  const named = new Set([...patch.removed, ...patch.sessions.map((s) => s.session.code)]);
  const kept = held.filter((s) => !named.has(s.code));
  if (kept.length + patch.sessions.length !== patch.total) return undefined;
  const out: Session[] = [];
  let next = 0;
  for (const { position, session } of [...patch.sessions].sort((a, b) => a.position - b.position)) {
    while (out.length < position) {
      if (next >= kept.length) return undefined;
      out.push(kept[next++]!);
    }
    if (out.length !== position) return undefined;
    out.push(session);
  }
  while (next < kept.length) out.push(kept[next++]!);
  return out;
}
