import { type Attendance, attendances, type RosterEntry } from '@shared/contract/signup';
import { t } from '@client/i18n';
import { secondaryButton } from '@client/ui/button-styles';
import { ProblemAlert } from '@client/ui/forms/problem-alert';
import { useRoster } from '../api/get-roster';
import { useRecordAttendance } from '../api/record-attendance';
import { muted } from '@client/ui/staff-styles';

const pressed =
  'aria-pressed:border-indigo-800 aria-pressed:bg-indigo-700 aria-pressed:text-white dark:aria-pressed:border-indigo-200 dark:aria-pressed:bg-indigo-300 dark:aria-pressed:text-slate-950';

function AttendanceButtons({
  entry,
  onChange,
  busy,
}: {
  entry: RosterEntry;
  onChange: (attendance: Attendance | null) => void;
  busy: boolean;
}) {
  return (
    <div
      role="group"
      aria-label={t('volunteer.roster.attendanceOf', { name: entry.user.name })}
      className="flex flex-wrap gap-2"
    >
      {attendances.map((a) => {
        const on = entry.attendance === a;
        return (
          <button
            key={a}
            type="button"
            aria-pressed={on}
            disabled={busy}
            className={`${secondaryButton} ${pressed}`}
            // Tapping the marked one again clears it, for a slip of the thumb.
            onClick={() => onChange(on ? null : a)}
          >
            {t(`volunteer.attendance.${a}`)}
          </button>
        );
      })}
    </div>
  );
}

/** Who holds a place and who waits, with how to reach them; marks who came. */
export function RosterPeople({ slug, shiftId }: { slug: string; shiftId: string }) {
  const roster = useRoster(slug, shiftId);
  const record = useRecordAttendance(slug, shiftId);
  if (roster.isPending) return <p className={muted}>{t('app.loading')}</p>;
  if (roster.isError) return <ProblemAlert error={roster.error} screen="volunteer" />;
  const { entries } = roster.data;
  if (entries.length === 0) return <p className={muted}>{t('volunteer.roster.nobody')}</p>;
  return (
    <>
      {record.error ? <ProblemAlert error={record.error} screen="volunteer" /> : null}
      <ul className="divide-y divide-slate-200 dark:divide-slate-700">
        {entries.map((entry) => (
          <li key={entry.user.id} className="space-y-1 py-3">
            <p className="font-semibold text-slate-900 dark:text-slate-50">
              {entry.user.name}
              {entry.status === 'waiting' ? (
                <span className="ml-2 text-sm font-medium">
                  {t('volunteer.roster.waiting', { position: entry.position ?? 1 })}
                </span>
              ) : null}
              {entry.status === 'offered-for-handover' ? (
                <span className="ml-2 text-sm font-medium">{t('volunteer.roster.offered')}</span>
              ) : null}
            </p>
            <p className={muted}>
              <a href={`mailto:${entry.user.email}`} className="underline">
                {entry.user.email}
              </a>
              {entry.profile?.contact ? ` · ${entry.profile.contact}` : ''}
              {entry.profile?.languages.length ? ` · ${entry.profile.languages.join(', ')}` : ''}
            </p>
            {entry.status !== 'waiting' ? (
              <AttendanceButtons
                entry={entry}
                busy={record.isPending}
                onChange={(attendance) => record.mutate({ userId: entry.user.id, attendance })}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
