import { type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type LoaderFunctionArgs } from 'react-router';
import { requireRole } from '@client/features/auth';
import {
  checkInListsQueryOptions,
  useCheckInLists,
  ticketTypesQueryOptions,
  useTicketTypes,
} from '@client/features/check-in';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { PageHeading } from '@client/ui/page-heading';
import { CheckInListForm } from '../components/check-in-list-form';
import { CheckInListRow } from '../components/check-in-list-row';
import { TicketBackLink } from './ticket-list-route';
import { NewItemSection } from '../components/new-item-section';

export const checkInListLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(ticketTypesQueryOptions(slug)),
      queryClient.ensureQueryData(checkInListsQueryOptions(slug)),
    ]);
    return null;
  };

/** The gates desks scan for: what each admits, and whether it counts people out and back in. */
export function CheckInListRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const types = useTicketTypes(slug).data?.ticketTypes ?? [];
  const lists = useCheckInLists(slug).data?.lists ?? [];
  const days = conference.days.map((d) => d.date);
  const [adding, setAdding] = useState(false);

  return (
    <div className="max-w-4xl">
      <TicketBackLink slug={slug} label={t('ticketsAdmin.back')} />
      <PageHeading intro={t('ticketsAdmin.lists.intro')}>{t('ticketsAdmin.lists.title')}</PageHeading>
      <NewItemSection
        id="list-add"
        heading={t('ticketsAdmin.lists.addTitle')}
        addLabel={t('ticketsAdmin.lists.add')}
        open={adding}
        onOpen={() => setAdding(true)}
      >
        <CheckInListForm slug={slug} types={types} days={days} onDone={() => setAdding(false)} />
      </NewItemSection>
      <ul className="space-y-3">
        {lists.map((list) => (
          <CheckInListRow key={list.id} slug={slug} list={list} types={types} days={days} />
        ))}
      </ul>
    </div>
  );
}
