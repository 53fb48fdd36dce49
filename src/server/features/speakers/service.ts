import type { Kysely } from 'kysely';
import type { Speaker } from '@shared/contract';
import type { ConferenceRow, Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { findSpeakerRows, findSpeakerSessionCodes } from './repository';

export async function listSpeakers(
  db: Kysely<Database>,
  conference: ConferenceRow,
  code?: string,
): Promise<Speaker[]> {
  const [rows, links] = await Promise.all([
    findSpeakerRows(db, conference.id, code),
    findSpeakerSessionCodes(db, conference.id),
  ]);
  const codes = new Map<string, string[]>();
  for (const l of links) codes.set(l.speaker_id, [...(codes.get(l.speaker_id) ?? []), l.code]);
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    affiliation: r.affiliation,
    bio: r.bio,
    sessionCodes: codes.get(r.id) ?? [],
  }));
}

export async function getSpeaker(db: Kysely<Database>, conference: ConferenceRow, code: string) {
  const [speaker] = await listSpeakers(db, conference, code);
  if (!speaker) throw new HttpProblem('speaker_not_found', `There is no speaker "${code}".`);
  return speaker;
}
