import { type Kysely } from 'kysely';

/**
 * Schedule publishing. `session_drafts` holds an organizer's unpublished edit of a session (only
 * the fields that differ, as JSON), one per session; attendees read `sessions`, which changes
 * only when a version is published. `schedule_changes` is the changelog: one entry per session
 * per published version, read by attendees asking what changed since the version they saw.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('session_drafts')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('sessions.id').onDelete('cascade'))
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('patch', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('session_drafts_conference')
    .on('session_drafts')
    .column('conference_id')
    .execute();

  await db.schema
    .createTable('schedule_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('session_code', 'text', (c) => c.notNull())
    .addColumn('entry', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('schedule_changes_one_per_version', ['conference_id', 'version', 'session_code'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('schedule_changes').ifExists().execute();
  await db.schema.dropTable('session_drafts').ifExists().execute();
}
