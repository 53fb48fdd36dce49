import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** What the attendee last saw of a schedule, to mark what changed since. */
export interface SeenSnapshot {
  version: number;
  /** Session code → its updatedAt when last seen. */
  updatedAt: Record<string, string>;
}

/** One conference's personal plan, kept on the device only (no account needed). */
export interface ConferencePlan {
  starred: string[];
  seen: SeenSnapshot | null;
}

export interface MySchedule {
  conferences: Record<string, ConferencePlan>;
}

interface MyScheduleState extends MySchedule {
  toggleStar: (slug: string, code: string) => void;
  addStars: (slug: string, codes: readonly string[]) => void;
  replaceStars: (slug: string, codes: readonly string[]) => void;
  markSeen: (slug: string, snapshot: SeenSnapshot) => void;
}

export const MY_SCHEDULE_VERSION = 1;
const CODE = /^[A-Za-z0-9_-]{1,32}$/;
const EMPTY: readonly string[] = Object.freeze([]);
const emptyPlan = (): ConferencePlan => ({ starred: [], seen: null });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function cleanCodes(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((c): c is string => typeof c === 'string' && CODE.test(c)))];
}

function cleanSeen(value: unknown): SeenSnapshot | null {
  if (!isRecord(value) || typeof value.version !== 'number' || !isRecord(value.updatedAt)) return null;
  const updatedAt: Record<string, string> = {};
  for (const [code, at] of Object.entries(value.updatedAt)) {
    if (CODE.test(code) && typeof at === 'string') updatedAt[code] = at;
  }
  return { version: value.version, updatedAt };
}

/**
 * Reads what was stored, keeping what it can trust: this runs when the stored version differs
 * from the app's (later versions add their steps here). Anything unreadable yields an empty
 * plan rather than a broken app: a lost star beats a blank screen.
 */
export function migrateMySchedule(persisted: unknown, _version: number): MySchedule {
  const root = isRecord(persisted) && isRecord(persisted.conferences) ? persisted.conferences : {};
  const conferences: Record<string, ConferencePlan> = {};
  for (const [slug, value] of Object.entries(root)) {
    if (isRecord(value))
      conferences[slug] = { starred: cleanCodes(value.starred), seen: cleanSeen(value.seen) };
  }
  return { conferences };
}

function update(state: MySchedule, slug: string, change: (plan: ConferencePlan) => ConferencePlan) {
  return { conferences: { ...state.conferences, [slug]: change(state.conferences[slug] ?? emptyPlan()) } };
}

/** Stars and "last seen" snapshots per conference. Server data stays in the query cache. */
export const useMySchedule = create<MyScheduleState>()(
  persist(
    (set) => ({
      conferences: {},
      toggleStar: (slug, code) =>
        set((s) =>
          update(s, slug, (p) => ({
            ...p,
            starred: p.starred.includes(code) ? p.starred.filter((c) => c !== code) : [...p.starred, code],
          })),
        ),
      addStars: (slug, codes) =>
        set((s) => update(s, slug, (p) => ({ ...p, starred: [...new Set([...p.starred, ...codes])] }))),
      replaceStars: (slug, codes) =>
        set((s) => update(s, slug, (p) => ({ ...p, starred: [...new Set(codes)] }))),
      markSeen: (slug, seen) => set((s) => update(s, slug, (p) => ({ ...p, seen }))),
    }),
    {
      name: 'lanyard:my-schedule',
      version: MY_SCHEDULE_VERSION,
      storage: createJSONStorage(() => localStorage),
      migrate: migrateMySchedule,
      partialize: ({ conferences }) => ({ conferences }),
    },
  ),
);

export function useStarredCodes(slug: string): readonly string[] {
  return useMySchedule((s) => s.conferences[slug]?.starred ?? EMPTY);
}

export function useIsStarred(slug: string, code: string): boolean {
  return useMySchedule((s) => s.conferences[slug]?.starred.includes(code) ?? false);
}

export function useSeenSnapshot(slug: string): SeenSnapshot | null {
  return useMySchedule((s) => s.conferences[slug]?.seen ?? null);
}
