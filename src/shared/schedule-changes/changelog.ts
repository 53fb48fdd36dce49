import type {
  ChangeField,
  PublishedChange,
  ScheduleChange,
  ScheduleChangeKind,
  Session,
  SessionPlace,
  SessionUpdate,
} from '../contract';

/** What a changelog compares; speakers by code or id, in billing order. */
export interface ChangeSubject {
  code: string;
  title: string;
  type: string;
  format: string;
  language: string;
  status: Session['status'];
  trackId: string | null;
  roomId: string | null;
  startsAt: string;
  endsAt: string;
  description: string;
  recordingOptOut: boolean;
  links: Session['links'];
  speakers: readonly string[];
}

export function subjectOf(session: Session): ChangeSubject {
  return { ...session, speakers: session.speakers.map((s) => s.code) };
}

const placeOf = (s: ChangeSubject): SessionPlace => ({
  roomId: s.roomId,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  status: s.status,
});

/**
 * Cancelling outranks moving, and moving (another room or another start) outranks any other
 * edit: attendees act on where and whether, so that is what the badge says.
 */
export function kindOf(before: SessionPlace | null, after: SessionPlace): ScheduleChangeKind {
  if (!before) return after.status === 'cancelled' ? 'cancelled' : 'new';
  if (after.status === 'cancelled' && before.status !== 'cancelled') return 'cancelled';
  if (after.status !== 'cancelled' && (before.roomId !== after.roomId || before.startsAt !== after.startsAt))
    return 'moved';
  return 'changed';
}

const sameLinks = (a: Session['links'], b: Session['links']) =>
  a.youtube === b.youtube && a.mediaCccDe === b.mediaCccDe && a.slides === b.slides;

function changedFields(before: ChangeSubject, after: ChangeSubject): ChangeField[] {
  const scalar = [
    'title',
    'type',
    'format',
    'language',
    'status',
    'trackId',
    'roomId',
    'startsAt',
    'endsAt',
    'description',
    'recordingOptOut',
  ] as const;
  const fields: ChangeField[] = scalar.filter((f) => before[f] !== after[f]);
  if (!sameLinks(before.links, after.links)) fields.push('links');
  if (before.speakers.join('\n') !== after.speakers.join('\n')) fields.push('speakers');
  return fields;
}

/** The changelog entry for one session, or null when nothing differs. */
export function describeChange(before: ChangeSubject | null, after: ChangeSubject): ScheduleChange | null {
  const fields = before ? changedFields(before, after) : [];
  if (before && fields.length === 0) return null;
  const from = before && placeOf(before);
  const to = placeOf(after);
  return { code: after.code, title: after.title, kind: kindOf(from, to), fields, before: from, after: to };
}

/**
 * A session with an organizer's draft laid over it. Drafted speakers are codes; `names` gives
 * their names (a code it does not know keeps the name the session has, else the code).
 */
export function applyUpdate(
  session: Session,
  update: SessionUpdate,
  names: ReadonlyMap<string, string> = new Map(),
): Session {
  const { links, speakerCodes, ...rest } = update;
  const speakers = speakerCodes
    ? speakerCodes.map((code) => ({
        code,
        name: names.get(code) ?? session.speakers.find((s) => s.code === code)?.name ?? code,
      }))
    : session.speakers;
  return { ...session, ...rest, speakers, links: { ...session.links, ...links } };
}

const speakerKey = (codes: readonly string[]) => codes.join('\n');

/**
 * The part of an update that differs from the published session, so a draft that puts a
 * field back holds nothing for it; an empty result means the draft can go.
 */
export function pruneUpdate(published: Session, update: SessionUpdate): SessionUpdate {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(update)) {
    if (key === 'links') continue;
    if (key === 'speakerCodes') {
      const codes = value as string[];
      if (speakerKey(codes) !== speakerKey(published.speakers.map((s) => s.code))) out[key] = codes;
      continue;
    }
    if (published[key as keyof Session] !== value) out[key] = value;
  }
  const links = Object.entries(update.links ?? {}).filter(
    ([key, value]) => published.links[key as keyof Session['links']] !== value,
  );
  if (links.length > 0) out.links = Object.fromEntries(links);
  return out as SessionUpdate;
}

/**
 * Several published changes of one session folded into one, from the first version's
 * "before" to the last one's "after": what an attendee who last looked before them all sees.
 */
export function foldChanges(changes: readonly PublishedChange[]): Map<string, ScheduleChange> {
  const bySession = new Map<string, PublishedChange[]>();
  for (const c of [...changes].sort((a, b) => a.version - b.version)) {
    bySession.set(c.code, [...(bySession.get(c.code) ?? []), c]);
  }
  const folded = new Map<string, ScheduleChange>();
  for (const [code, list] of bySession) {
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const fields = [...new Set(list.flatMap((c) => c.fields))];
    folded.set(code, {
      code,
      title: last.title,
      kind: kindOf(first.before, last.after),
      fields,
      before: first.before,
      after: last.after,
    });
  }
  return folded;
}
