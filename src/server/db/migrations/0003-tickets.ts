import { type Kysely } from 'kysely';

/**
 * Tickets and check-in. The exactly-once admission lives in `admissions`: its primary key
 * (ticket, list, conference day, sequence) lets only one of any number of concurrent scans
 * take the next entry of a ticket on a list, on SQLite and Postgres alike, across processes.
 * The day is part of it because a multi-day pass enters once each day. Scans keep
 * every attempt, refused ones too; the unique (conference, client nonce) records a desk's
 * repeated upload once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ticket_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('valid_days', 'text', (c) => c.notNull().defaultTo('[]'))
    .addUniqueConstraint('ticket_types_conference_slug', ['conference_id', 'slug'])
    .addUniqueConstraint('ticket_types_conference_number', ['conference_id', 'number'])
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('type_id', 'text', (c) => c.notNull().references('ticket_types.id'))
    .addColumn('holder_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('company', 'text')
    .addColumn('country', 'text')
    .addColumn('order_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('valid'))
    .addColumn('note', 'text')
    .addColumn('secret', 'text', (c) => c.notNull().unique())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tickets_conference_order')
    .on('tickets')
    .columns(['conference_id', 'order_code'])
    .execute();
  await db.schema
    .createIndex('tickets_conference_changed')
    .on('tickets')
    .columns(['conference_id', 'changed_at'])
    .execute();
  await db.schema.createIndex('tickets_type').on('tickets').column('type_id').execute();

  await db.schema
    .createTable('ticket_signing_keys')
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('key_id', 'integer', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addPrimaryKeyConstraint('ticket_signing_keys_pk', ['conference_id', 'key_id'])
    .execute();

  await db.schema
    .createTable('check_in_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('ticket_type_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('days', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('counts_exits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('allows_reentry', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('check_in_lists_conference')
    .on('check_in_lists')
    .column('conference_id')
    .execute();

  await db.schema
    .createTable('scans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('list_id', 'text', (c) => c.notNull().references('check_in_lists.id'))
    .addColumn('ticket_id', 'text', (c) => c.references('tickets.id').onDelete('set null'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('desk_name', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('previous', 'text')
    .addColumn('note', 'text')
    .addColumn('payload', 'text')
    .addColumn('scanned_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('client_nonce', 'text', (c) => c.notNull())
    .addColumn('offline', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('desk_verdict', 'text')
    .addColumn('conflict', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('undone_at', 'text')
    .addUniqueConstraint('scans_conference_nonce', ['conference_id', 'client_nonce'])
    .execute();
  await db.schema
    .createIndex('scans_conference_uploaded')
    .on('scans')
    .columns(['conference_id', 'uploaded_at'])
    .execute();
  await db.schema.createIndex('scans_ticket').on('scans').column('ticket_id').execute();
  await db.schema.createIndex('scans_list').on('scans').column('list_id').execute();

  await db.schema
    .createTable('admissions')
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('list_id', 'text', (c) => c.notNull().references('check_in_lists.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id'))
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('desk_name', 'text', (c) => c.notNull())
    .addColumn('admitted_at', 'text', (c) => c.notNull())
    .addColumn('exited_at', 'text')
    .addPrimaryKeyConstraint('admissions_pk', ['ticket_id', 'list_id', 'day', 'sequence'])
    .execute();
  await db.schema.createIndex('admissions_list_day').on('admissions').columns(['list_id', 'day']).execute();
  await db.schema.createIndex('admissions_scan').on('admissions').column('scan_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'admissions',
    'scans',
    'check_in_lists',
    'ticket_signing_keys',
    'tickets',
    'ticket_types',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
