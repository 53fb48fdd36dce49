import { type Kysely } from 'kysely';

/**
 * A session's recording on a site Lanyard does not embed (video.fosdem.org, Vimeo, a
 * university's media server): schedule files name such recordings, and dropping them lost every
 * FOSDEM video. It is shown as a link, next to the YouTube and media.ccc.de players.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('video_url', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('video_url').execute();
}
