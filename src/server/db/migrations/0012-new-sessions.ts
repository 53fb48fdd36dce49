import { type Kysely } from 'kysely';

/**
 * Sessions an organizer created in the console and has not published yet. They live here, not
 * in `sessions`, so no attendee read path (lists, exports, search, videos, changelog) can show
 * one by forgetting a filter; publishing moves the row into `sessions` under the same id, code
 * and guid (the slug comes from the title then). `draft` is the whole editable content as JSON (SessionCreate, speaker codes included).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('session_creations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('guid', 'text', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('session_creations_code', ['conference_id', 'code'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('session_creations').ifExists().execute();
}
