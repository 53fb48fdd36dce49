import { type Kysely } from 'kysely';

/**
 * Volunteer-side extras. Invite and briefing tokens are stored as their SHA-256 only, so a
 * leaked database does not leak working links. Feed tokens are kept as they are: the volunteer
 * must be able to see their subscription address again, and the feed only reads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('volunteer_invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('role_id', 'text', (c) => c.references('volunteer_roles.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('max_uses', 'integer')
    .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('volunteer_invites_conference')
    .on('volunteer_invites')
    .column('conference_id')
    .execute();

  // One row per person who used an invite: accepting twice must not use it up twice.
  await db.schema
    .createTable('volunteer_invite_uses')
    .addColumn('invite_id', 'text', (c) => c.notNull().references('volunteer_invites.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('used_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('volunteer_invite_uses_pk', ['invite_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('role_briefing_codes')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('role_id', 'text', (c) => c.notNull().references('volunteer_roles.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('signoff_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shift_id', 'text', (c) => c.notNull().references('shifts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('signoff_requests_shift')
    .on('signoff_requests')
    .columns(['shift_id', 'status'])
    .execute();
  await db.schema.createIndex('signoff_requests_user').on('signoff_requests').column('user_id').execute();

  await db.schema
    .createTable('volunteer_feeds')
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('volunteer_feeds_pk', ['conference_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'volunteer_feeds',
    'signoff_requests',
    'role_briefing_codes',
    'volunteer_invite_uses',
    'volunteer_invites',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
