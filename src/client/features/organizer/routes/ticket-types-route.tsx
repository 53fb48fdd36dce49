import { type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type LoaderFunctionArgs } from 'react-router';
import { requireRole } from '@client/features/auth';
import { signingKeysQueryOptions, ticketTypesQueryOptions, useTicketTypes } from '@client/features/check-in';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { PageHeading } from '@client/ui/page-heading';
import { TicketSigningKeys } from '../components/ticket-signing-keys';
import { TicketTypeForm } from '../components/ticket-type-form';
import { TicketTypeRow } from '../components/ticket-type-row';
import { TicketBackLink } from './ticket-list-route';
import { NewItemSection } from '../components/new-item-section';

export const ticketTypesLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(ticketTypesQueryOptions(slug)),
      queryClient.ensureQueryData(signingKeysQueryOptions(slug)),
    ]);
    return null;
  };

/** Ticket types (what a QR code says a ticket admits) and the keys that sign the codes. */
export function TicketTypesRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const types = useTicketTypes(slug).data?.ticketTypes ?? [];
  const days = conference.days.map((d) => d.date);
  const [adding, setAdding] = useState(false);

  return (
    <div className="max-w-4xl">
      <TicketBackLink slug={slug} label={t('ticketsAdmin.back')} />
      <PageHeading intro={t('ticketsAdmin.types.intro')}>{t('ticketsAdmin.types.title')}</PageHeading>
      <NewItemSection
        id="type-add"
        heading={t('ticketsAdmin.types.addTitle')}
        addLabel={t('ticketsAdmin.types.add')}
        open={adding}
        onOpen={() => setAdding(true)}
      >
        <TicketTypeForm slug={slug} days={days} onDone={() => setAdding(false)} />
      </NewItemSection>
      <ul className="space-y-3">
        {types.map((type) => (
          <TicketTypeRow key={type.id} slug={slug} type={type} days={days} />
        ))}
      </ul>
      <TicketSigningKeys slug={slug} />
    </div>
  );
}
