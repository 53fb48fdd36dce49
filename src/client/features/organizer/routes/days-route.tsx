import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs } from 'react-router';
import { useState } from 'react';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { ConsolePage } from '../components/console-page';
import { DayForm } from '../components/day-form';
import { EditableItem } from '../components/editable-item';

export const daysLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await queryClient.ensureQueryData(conferenceQueryOptions(slug));
    return null;
  };

/** Each day of the edition with its label, hours and note; the dates come from the edition. */
export function DaysRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <ConsolePage
      slug={slug}
      title={t('console.days.title')}
      intro={t('console.days.intro', { start: conference.startDate, end: conference.endDate })}
      status={status}
    >
      <ul className="space-y-3">
        {conference.days.map((day) => (
          <EditableItem
            key={day.date}
            title={day.label}
            editing={editing === day.date}
            onEdit={() => {
              setStatus(null);
              setEditing(day.date);
            }}
            facts={
              <>
                <p>
                  <time dateTime={day.date}>{day.date}</time> ·{' '}
                  {t('console.days.hours', { opens: day.opensAt, closes: day.closesAt })}
                </p>
                {day.note ? <p>{day.note}</p> : null}
              </>
            }
          >
            <DayForm
              key={`${day.date}:${day.label}:${day.opensAt}:${day.closesAt}:${day.note}`}
              slug={slug}
              day={day}
              onDone={(saved) => {
                setEditing(null);
                setStatus(t('console.form.saved', { name: saved.label }));
              }}
              onCancel={() => setEditing(null)}
            />
          </EditableItem>
        ))}
      </ul>
    </ConsolePage>
  );
}
