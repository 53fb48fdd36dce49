import type { Transaction } from 'kysely';
import type { SendMessage, User } from '@shared/contract';
import type { ConferenceRow, Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { assertCoordinates, requireVolunteerRole } from '../roles';
import type { MessageTarget } from '../volunteer-messages';
import { findShiftRows } from './repository';

/** The shift or role a coordinator writes to, once `user` is known to coordinate it. */
export const coordinatedTarget =
  (conference: ConferenceRow, user: User, target: SendMessage['target']) =>
  async (trx: Transaction<Database>): Promise<MessageTarget> => {
    if (target.kind === 'shift') {
      const shiftId = target.shiftId;
      const [shift] = await findShiftRows(trx, { conferenceId: conference.id, id: shiftId });
      if (!shift) throw new HttpProblem('shift_not_found', `There is no shift "${shiftId}".`);
      assertCoordinates(user, { coordinator_user_id: shift.coordinator_user_id, name: shift.role_name });
      return {
        kind: 'shift',
        shiftId: shift.id,
        label: `${shift.role_name} · ${shift.place}`,
        shift: {
          roleName: shift.role_name,
          place: shift.place,
          startsAt: shift.starts_at,
          endsAt: shift.ends_at,
        },
      };
    }
    const role = await requireVolunteerRole(trx, conference, target.role);
    assertCoordinates(user, role);
    return { kind: 'role', roleId: role.id, label: role.name };
  };
