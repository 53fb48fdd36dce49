import type { RecordingMatch, RecordingMiss } from '../contract';
import { parseCsv } from '../tickets/csv';
import { httpUrl, lastPathSegment } from './field-rules';

/** A session as recording matching needs it. */
export interface LinkableSession {
  id: string;
  guid: string;
  code: string;
  title: string;
}

export interface RecordingLinking {
  matches: (RecordingMatch & { sessionId: string })[];
  misses: RecordingMiss[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function index(sessions: LinkableSession[]) {
  return {
    byGuid: new Map(sessions.map((s) => [s.guid.toLowerCase(), s])),
    byCode: new Map(sessions.map((s) => [s.code.toUpperCase(), s])),
  };
}

/** Later entries for a session already matched are reported, not silently applied twice. */
function claim(
  result: RecordingLinking,
  seen: Map<string, string>,
  ref: string,
  title: string | null,
  session: LinkableSession,
) {
  const first = seen.get(session.id);
  if (first) {
    result.misses.push({ ref, title, reason: `Session ${session.code} was already matched by ${first}.` });
    return false;
  }
  seen.set(session.id, ref);
  return true;
}

/**
 * media.ccc.de conference events to sessions: by guid, then by the pretalx code as the last
 * path segment of `link`, then by the second dash-separated part of `slug` (how the C3VOC
 * tools tie releases to schedules when guids differ).
 */
export function matchMediaCccDe(events: unknown[], sessions: LinkableSession[]): RecordingLinking {
  const { byGuid, byCode } = index(sessions);
  const result: RecordingLinking = { matches: [], misses: [] };
  const seen = new Map<string, string>();
  events.forEach((e, i) => {
    const event = isObj(e) ? e : {};
    const guid = str(event.guid).toLowerCase();
    const slug = str(event.slug);
    const title = str(event.title) || null;
    const ref = guid || slug || `events[${i}]`;
    const url =
      httpUrl(str(event.frontend_link)) ??
      (slug ? `https://media.ccc.de/v/${encodeURIComponent(slug)}` : null);
    if (!url) {
      result.misses.push({ ref, title, reason: 'The event has neither a frontend_link nor a slug.' });
      return;
    }
    const linkCode = lastPathSegment(str(event.link))?.toUpperCase();
    const slugCode = slug.split('-')[1]?.toUpperCase();
    const found: [LinkableSession | undefined, RecordingMatch['by']][] = [
      [guid ? byGuid.get(guid) : undefined, 'guid'],
      [linkCode ? byCode.get(linkCode) : undefined, 'code'],
      [slugCode ? byCode.get(slugCode) : undefined, 'slug'],
    ];
    const hit = found.find(([s]) => s);
    if (!hit) {
      result.misses.push({
        ref,
        title,
        reason: 'No session has this guid, or the code in its link or slug.',
      });
      return;
    }
    const session = hit[0]!;
    if (!claim(result, seen, ref, title, session)) return;
    result.matches.push({
      sessionId: session.id,
      code: session.code,
      title: session.title,
      link: 'mediaCccDe',
      url,
      by: hit[1],
    });
  });
  return result;
}

const YOUTUBE = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/i;
const normTitle = (t: string) => t.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A CSV of "session code or title, YouTube URL" (comma, semicolon or tab; an optional header
 * row). A title matches only when exactly one session has it. Throws CsvError when the file
 * cannot be read as CSV at all.
 */
export function matchYoutubeCsv(csv: string, sessions: LinkableSession[]): RecordingLinking {
  const { byCode } = index(sessions);
  const byTitle = new Map<string, LinkableSession[]>();
  for (const s of sessions) byTitle.set(normTitle(s.title), [...(byTitle.get(normTitle(s.title)) ?? []), s]);
  const result: RecordingLinking = { matches: [], misses: [] };
  const seen = new Map<string, string>();
  const records = parseCsv(csv);
  // A first row without a URL in its second column is a header.
  if (records[0] && !httpUrl(records[0].fields[1]?.trim())) records.shift();
  for (const { line, fields } of records) {
    const key = fields[0]?.trim() ?? '';
    const ref = `line ${line}`;
    const url = httpUrl(fields[1]?.trim());
    if (!url || !YOUTUBE.test(new URL(url).hostname)) {
      result.misses.push({ ref, title: key || null, reason: 'The second column is not a YouTube URL.' });
      continue;
    }
    const byKey = byCode.get(key.toUpperCase());
    const titled = byTitle.get(normTitle(key)) ?? [];
    const session = byKey ?? (titled.length === 1 ? titled[0] : undefined);
    if (!session) {
      const reason =
        titled.length > 1
          ? `${titled.length} sessions have this title; use the session code.`
          : 'No session has this code or title.';
      result.misses.push({ ref, title: key || null, reason });
      continue;
    }
    if (!claim(result, seen, ref, key, session)) continue;
    result.matches.push({
      sessionId: session.id,
      code: session.code,
      title: session.title,
      link: 'youtube',
      url,
      by: byKey ? 'code' : 'title',
    });
  }
  return result;
}
