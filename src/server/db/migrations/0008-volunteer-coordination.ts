import { type Kysely } from 'kysely';

/**
 * Volunteer coordination: the night-hours rule of the hours report, and messages from
 * coordinators (or the server, when a shift changes) to volunteers. Recipients are stored when
 * the message is sent, so a volunteer who joins a role later does not see older messages and
 * one who leaves keeps what they were told.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('volunteer_hours_policies')
    .addColumn('conference_id', 'text', (c) =>
      c.primaryKey().references('conferences.id').onDelete('cascade'),
    )
    .addColumn('night_start', 'text', (c) => c.notNull())
    .addColumn('night_end', 'text', (c) => c.notNull())
    // Hundredths, so the multiplier stays an integer column on every database.
    .addColumn('night_multiplier_pct', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('volunteer_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('sender_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_label', 'text', (c) => c.notNull())
    // A snapshot of the shift (ShiftSnapshot JSON): the shift itself may be gone.
    .addColumn('shift', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Order of sending within the edition: messages of one instant keep their order.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('volunteer_messages_conference')
    .on('volunteer_messages')
    .columns(['conference_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('volunteer_message_recipients')
    .addColumn('message_id', 'text', (c) =>
      c.notNull().references('volunteer_messages.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('volunteer_message_recipients_pk', ['message_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('volunteer_message_recipients_user')
    .on('volunteer_message_recipients')
    .column('user_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['volunteer_message_recipients', 'volunteer_messages', 'volunteer_hours_policies']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
