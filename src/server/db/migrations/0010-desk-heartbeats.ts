import { type Kysely } from 'kysely';

/**
 * The latest heartbeat of each check-in desk: one row per (conference, desk), overwritten
 * every 15 s. A desk that stops writing is shown offline from the age of its row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('desk_heartbeats')
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('desk_name', 'text', (c) => c.notNull())
    .addColumn('list_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('online', 'integer', (c) => c.notNull())
    .addColumn('queued', 'integer', (c) => c.notNull())
    .addColumn('last_upload_at', 'text')
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('desk_heartbeats_pk', ['conference_id', 'desk_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('desk_heartbeats').execute();
}
