import { formatDay } from '@client/lib/format';
import { t } from '@client/i18n';
import { conferenceDayOf } from '@shared/time';
import { Alert } from '@client/ui/alert';
import { useSignoffRequests } from '../api/signoff-request-api';
import { formatShiftTime } from '../lib/format-shift';

/**
 * Approved requests for shifts still ahead: the shift has left "My shifts", so say why. It
 * appears live, as the stream refreshes the requests when the coordinator decides.
 */
export function SignoffRequestOutcomes({
  slug,
  userId,
  zone,
  now,
}: {
  slug: string;
  userId: string;
  zone: string;
  now: Date;
}) {
  const requests = useSignoffRequests(slug, userId);
  const approved = (requests.data?.mine ?? []).filter(
    (r) => r.status === 'approved' && Date.parse(r.shift.startsAt) > now.getTime(),
  );
  if (approved.length === 0) return null;
  return (
    <div className="mb-6" role="status">
      <Alert tone="success">
        <p className="font-semibold">{t('volunteering.request.approvedTitle')}</p>
        <ul>
          {approved.map((r) => (
            <li key={r.id}>
              {t('volunteering.request.approved', {
                role: r.shift.roleName,
                when: `${formatDay(conferenceDayOf(new Date(r.shift.startsAt), zone))} ${formatShiftTime(r.shift, zone)}`,
                name: r.decidedBy ?? t('volunteer.mine.aCoordinator'),
              })}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
