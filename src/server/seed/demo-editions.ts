import type { Kysely } from 'kysely';
import type { DemoEdition } from '@shared/demo';
import { writeJson } from '../db/json-column';
import type { Database } from '../db/schema';
import { sessionContentColumns } from '../features/sessions';

/**
 * Writes demo editions in one transaction per edition: a crash half-way leaves no
 * half-seeded conference behind. Ids come from the demo data, so they are stable.
 */
export async function seedEditions(
  db: Kysely<Database>,
  editions: DemoEdition[],
  now: string,
): Promise<void> {
  for (const edition of editions) {
    await db.transaction().execute(async (trx) => {
      const { conference: c } = edition;
      const conferenceId = `conf.${c.slug}`;
      await trx
        .insertInto('conferences')
        .values({
          id: conferenceId,
          slug: c.slug,
          name: c.name,
          time_zone: c.timeZone,
          start_date: c.startDate,
          end_date: c.endDate,
          venue_name: c.venue.name,
          venue_address: c.venue.address,
          venue_directions: writeJson(c.venue.directions),
          schedule_version: c.scheduleVersion,
          created_at: now,
        })
        .execute();
      await trx
        .insertInto('conference_days')
        .values(
          c.days.map((d) => ({
            conference_id: conferenceId,
            date: d.date,
            label: d.label,
            opens_at: d.opensAt,
            closes_at: d.closesAt,
            note: d.note,
          })),
        )
        .execute();
      await trx
        .insertInto('rooms')
        .values(
          c.rooms.map((r) => ({
            id: r.id,
            conference_id: conferenceId,
            slug: r.slug,
            name: r.name,
            position: r.position,
            live_stream_url: r.liveStreamUrl,
          })),
        )
        .execute();
      await trx
        .insertInto('tracks')
        .values(c.tracks.map((t) => ({ ...t, conference_id: conferenceId })))
        .execute();

      const speakerId = (code: string) => `${c.slug}.speaker.${code}`;
      if (edition.speakers.length > 0) {
        await trx
          .insertInto('speakers')
          .values(
            edition.speakers.map((s) => ({
              id: speakerId(s.code),
              conference_id: conferenceId,
              code: s.code,
              name: s.name,
              affiliation: s.affiliation,
              bio: s.bio,
            })),
          )
          .execute();
      }
      for (const s of edition.sessions) {
        const sessionId = `${c.slug}.session.${s.code}`;
        await trx
          .insertInto('sessions')
          .values({
            id: sessionId,
            conference_id: conferenceId,
            code: s.code,
            guid: s.guid,
            slug: s.slug,
            ...sessionContentColumns(s, s.updatedAt),
          })
          .execute();
        if (s.speakers.length > 0) {
          await trx
            .insertInto('session_speakers')
            .values(
              s.speakers.map((sp, position) => ({
                session_id: sessionId,
                speaker_id: speakerId(sp.code),
                position,
              })),
            )
            .execute();
        }
      }
      if (edition.sponsorTiers.length > 0) {
        await trx
          .insertInto('sponsor_tiers')
          .values(
            edition.sponsorTiers.map((t) => ({
              id: t.id,
              conference_id: conferenceId,
              name: t.name,
              rank: t.rank,
              logo_size: t.logoSize,
              benefits: writeJson(t.benefits),
            })),
          )
          .execute();
      }
      if (edition.sponsors.length > 0) {
        await trx
          .insertInto('sponsors')
          .values(
            edition.sponsors.map((s, position) => ({
              id: s.id,
              conference_id: conferenceId,
              tier_id: s.tierId,
              slug: s.slug,
              name: s.name,
              url: s.url,
              packages: writeJson(s.packages),
              logo_url: s.logoUrl,
              description: s.description,
              position,
            })),
          )
          .execute();
      }
    });
  }
}
