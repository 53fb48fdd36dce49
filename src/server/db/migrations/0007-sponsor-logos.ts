import { type Kysely } from 'kysely';

/**
 * Sponsor logos, stored in the database so Lanyard serves them itself (never hot-linked) and a
 * backup of the database is a backup of the logos. The image is base64 text: the one binary
 * representation that SQLite, PGlite and Postgres store and return alike through Kysely.
 * `hash` (SHA-256 of the bytes, hex) versions the served URL, so it can be cached for a year.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sponsor_logos')
    .addColumn('sponsor_id', 'text', (c) => c.primaryKey().references('sponsors.id').onDelete('cascade'))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sponsor_logos').ifExists().execute();
}
