import type { Kysely } from 'kysely';
import type { DemoEdition } from '@shared/demo';
import { demoVolunteerPlan } from '@shared/demo/volunteers';
import { writeJson } from '../db/json-column';
import type { Database } from '../db/schema';

const COORDINATOR = 'organizer@demo.test';
const VOLUNTEER = 'volunteer@demo.test';

/**
 * The flagship's volunteer roles and shifts, with the organizer coordinating and the demo
 * volunteer already in two open roles with two shifts. Needs the demo accounts.
 */
export async function seedDemoVolunteers(
  db: Kysely<Database>,
  editions: DemoEdition[],
  now: string,
): Promise<void> {
  const flagship = editions[0]!;
  const plan = demoVolunteerPlan(flagship);
  const conferenceId = `conf.${flagship.conference.slug}`;
  const roleId = (slug: string) => `${flagship.conference.slug}.role.${slug}`;

  await db.transaction().execute(async (trx) => {
    const accounts = await trx
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email', 'in', [COORDINATOR, VOLUNTEER])
      .execute();
    const idOf = (email: string) => accounts.find((a) => a.email === email)?.id ?? null;
    const coordinator = idOf(COORDINATOR);
    const volunteer = idOf(VOLUNTEER);

    await trx
      .insertInto('volunteer_roles')
      .values(
        plan.roles.map((r, position) => ({
          id: roleId(r.slug),
          conference_id: conferenceId,
          slug: r.slug,
          name: r.name,
          description: r.description,
          access: r.access,
          signup_opens_hours: r.signupOpensHours,
          sign_off_deadline_hours: r.signOffDeadlineHours,
          coordinator_user_id: coordinator,
          coordinator_contact: r.coordinatorContact,
          position,
          created_at: now,
        })),
      )
      .execute();
    for (let i = 0; i < plan.shifts.length; i += 200) {
      await trx
        .insertInto('shifts')
        .values(
          plan.shifts.slice(i, i + 200).map((s) => ({
            id: s.id,
            conference_id: conferenceId,
            role_id: roleId(s.role),
            place: s.place,
            starts_at: s.startsAt,
            ends_at: s.endsAt,
            capacity: s.capacity,
            description: '',
            created_at: now,
          })),
        )
        .execute();
    }
    if (!volunteer) return;
    await trx
      .insertInto('volunteer_role_members')
      .values(
        plan.volunteer.memberships.map((m) => ({
          role_id: roleId(m.role),
          user_id: volunteer,
          status: m.status,
          joined_at: now,
          confirmed_at: m.status === 'confirmed' ? now : null,
          confirmed_by: m.status === 'confirmed' ? coordinator : null,
        })),
      )
      .execute();
    if (plan.volunteer.shiftIds.length > 0) {
      await trx
        .insertInto('shift_signups')
        .values(
          plan.volunteer.shiftIds.map((shiftId) => ({
            id: `${shiftId}.signup.demo-volunteer`,
            shift_id: shiftId,
            user_id: volunteer,
            status: 'confirmed',
            queue_number: 1,
            attendance: null,
            attendance_at: null,
            created_at: now,
          })),
        )
        .execute();
    }
    await trx
      .insertInto('volunteer_profiles')
      .values({
        conference_id: conferenceId,
        user_id: volunteer,
        contact: 'Matrix: @vera:demo.test',
        shirt_size: 'M',
        languages: writeJson(['en', 'fr']),
        updated_at: now,
      })
      .execute();
  });
}
