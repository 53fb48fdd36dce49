import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs } from 'react-router';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { holderTicketQueryOptions, useHolderTicket } from '../api/get-holder-ticket';
import { QrCode } from '@client/ui/qr-code';

export const ticketLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    // A copy saved on this device answers at once (offline too); the query refreshes it after.
    await queryClient.ensureQueryData(
      holderTicketQueryOptions(requireParam(params, 'slug'), requireParam(params, 'secret')),
    );
    return null;
  };

/**
 * The holder's own ticket through their private link: the QR code as large as the screen
 * allows on white, their name, the ticket type and the days it admits. No account, no staff code.
 */
export function TicketRoute() {
  const slug = useRequiredParam('slug');
  const secret = useRequiredParam('secret');
  const ticket = useHolderTicket(slug, secret);
  const usable = ticket.status === 'valid';
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center bg-white px-4 py-6 text-slate-950">
      <p className="text-center text-base font-semibold">{ticket.conferenceName}</p>
      <h1 className="mt-1 text-center text-3xl font-bold">{ticket.holderName}</h1>
      <p className="text-center text-xl">{ticket.typeName}</p>
      {usable ? (
        <QrCode
          value={ticket.qr}
          label={t('holderTicket.qrLabel', { name: ticket.holderName })}
          className="my-4 aspect-square w-full max-w-[min(92vw,70vh)]"
        />
      ) : (
        <p
          role="alert"
          className="my-8 rounded-md border-4 border-red-800 p-4 text-center text-xl font-semibold text-red-900"
        >
          {t(`holderTicket.status.${ticket.status}`)}
        </p>
      )}
      <h2 className="text-sm font-semibold tracking-wide uppercase">{t('holderTicket.validOn')}</h2>
      <ul className="flex flex-wrap justify-center gap-2 text-lg">
        {ticket.validDays.map((day) => (
          <li key={day} className="rounded-md border border-slate-400 px-2 py-0.5">
            {formatDay(day)}
          </li>
        ))}
      </ul>
      <p className="mt-4 max-w-md text-center text-sm text-slate-700">{t('holderTicket.hint')}</p>
    </main>
  );
}
