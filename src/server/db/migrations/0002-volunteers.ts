import { type Kysely } from 'kysely';

/**
 * Volunteer roles, shifts and sign-ups. The unique (shift_id, user_id) pair backs the rule
 * that nobody holds two places on one shift; capacity is checked inside the sign-up
 * transaction, with the shift row locked on Postgres.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('volunteer_roles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('access', 'text', (c) => c.notNull())
    .addColumn('signup_opens_hours', 'integer', (c) => c.notNull())
    .addColumn('sign_off_deadline_hours', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('coordinator_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('coordinator_contact', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('volunteer_roles_conference_slug', ['conference_id', 'slug'])
    .execute();

  await db.schema
    .createTable('volunteer_role_members')
    .addColumn('role_id', 'text', (c) => c.notNull().references('volunteer_roles.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('volunteer_role_members_pk', ['role_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('volunteer_role_members_user')
    .on('volunteer_role_members')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('volunteer_profiles')
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact', 'text')
    .addColumn('shirt_size', 'text')
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('volunteer_profiles_pk', ['conference_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('volunteer_policies')
    .addColumn('conference_id', 'text', (c) =>
      c.primaryKey().references('conferences.id').onDelete('cascade'),
    )
    .addColumn('min_rest_hours', 'integer', (c) => c.notNull())
    .addColumn('max_hours_per_day', 'integer', (c) => c.notNull())
    .addColumn('no_show_limit', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('shifts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conference_id', 'text', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('role_id', 'text', (c) => c.notNull().references('volunteer_roles.id').onDelete('cascade'))
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('shifts_conference_start')
    .on('shifts')
    .columns(['conference_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('shifts_role').on('shifts').column('role_id').execute();

  await db.schema
    .createTable('shift_signups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('shift_id', 'text', (c) => c.notNull().references('shifts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    // Order of arrival on the shift: the waiting list is served lowest first.
    .addColumn('queue_number', 'integer', (c) => c.notNull())
    .addColumn('attendance', 'text')
    .addColumn('attendance_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('shift_signups_shift_user', ['shift_id', 'user_id'])
    .execute();
  await db.schema.createIndex('shift_signups_user').on('shift_signups').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'shift_signups',
    'shifts',
    'volunteer_policies',
    'volunteer_profiles',
    'volunteer_role_members',
    'volunteer_roles',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
