import { type CheckInList, checkInListSchema, type SaveCheckInList } from '@shared/contract/check-in';
import { apiPaths, withConfirm } from '@shared/contract/paths';
import {
  type CreateTicket,
  type CreateTicketType,
  type SigningKeyList,
  signingKeyListSchema,
  type Ticket,
  type TicketBulk,
  type TicketBulkResult,
  ticketBulkResultSchema,
  type TicketImport,
  type TicketImportResult,
  ticketImportResultSchema,
  ticketSchema,
  type TicketType,
  ticketTypeSchema,
  type UpdateTicket,
  type UpdateTicketType,
} from '@shared/contract/ticket';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { checkInKeys, ticketKeys } from '@client/features/check-in';
import { apiFetch } from '@client/lib/api-client';

const nothing = z.undefined();

/** After any ticket write: the list, the types, the keys and the desk lists may all have moved. */
function useRefresh(slug: string) {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ticketKeys.all(slug) }),
      queryClient.invalidateQueries({ queryKey: checkInKeys.lists(slug) }),
    ]);
  };
}

export function useCreateTicket(slug: string) {
  const onSuccess = useRefresh(slug);
  return useMutation({
    mutationFn: (input: CreateTicket): Promise<Ticket> =>
      apiFetch(apiPaths.tickets(slug), ticketSchema, { method: 'POST', json: input }),
    onSuccess,
  });
}

export function useUpdateTicket(slug: string) {
  const onSuccess = useRefresh(slug);
  return useMutation({
    mutationFn: ({ id, ...update }: UpdateTicket & { id: string }): Promise<Ticket> =>
      apiFetch(apiPaths.ticketById(slug, id), ticketSchema, { method: 'PATCH', json: update }),
    onSuccess,
  });
}

/** Cancel, block or move several tickets at once; the server changes all of them or none. */
export function useBulkTickets(slug: string) {
  const onSuccess = useRefresh(slug);
  return useMutation({
    mutationFn: (bulk: TicketBulk): Promise<TicketBulkResult> =>
      apiFetch(apiPaths.ticketBulk(slug), ticketBulkResultSchema, { method: 'POST', json: bulk }),
    onSuccess,
  });
}

export function useImportTickets(slug: string) {
  const refresh = useRefresh(slug);
  return useMutation({
    mutationFn: (input: TicketImport): Promise<TicketImportResult> =>
      apiFetch(apiPaths.ticketImport(slug), ticketImportResultSchema, { method: 'POST', json: input }),
    onSuccess: async (_result, input) => {
      if (!input.dryRun) await refresh();
    },
  });
}

export function useSaveTicketType(slug: string) {
  const onSuccess = useRefresh(slug);
  return useMutation({
    mutationFn: ({ id, ...input }: CreateTicketType & { id?: string }): Promise<TicketType> =>
      id
        ? apiFetch(apiPaths.ticketType(slug, id), ticketTypeSchema, {
            method: 'PUT',
            json: { name: input.name, validDays: input.validDays } satisfies UpdateTicketType,
          })
        : apiFetch(apiPaths.ticketTypes(slug), ticketTypeSchema, { method: 'POST', json: input }),
    onSuccess,
  });
}

export function useDeleteTicketType(slug: string) {
  const onSuccess = useRefresh(slug);
  return useMutation({
    mutationFn: ({ id, confirm }: { id: string; confirm: boolean }): Promise<undefined> =>
      apiFetch(withConfirm(apiPaths.ticketType(slug, id), confirm), nothing, { method: 'DELETE' }),
    onSuccess,
  });
}

export function useSaveCheckInList(slug: string) {
  const onSuccess = useRefresh(slug);
  return useMutation({
    mutationFn: ({ id, ...input }: SaveCheckInList & { id?: string }): Promise<CheckInList> =>
      apiFetch(id ? apiPaths.checkInList(slug, id) : apiPaths.checkInLists(slug), checkInListSchema, {
        method: id ? 'PUT' : 'POST',
        json: input,
      }),
    onSuccess,
  });
}

export function useDeleteCheckInList(slug: string) {
  const onSuccess = useRefresh(slug);
  return useMutation({
    mutationFn: (id: string): Promise<undefined> =>
      apiFetch(apiPaths.checkInList(slug, id), nothing, { method: 'DELETE' }),
    onSuccess,
  });
}

export function useRotateSigningKey(slug: string) {
  const onSuccess = useRefresh(slug);
  return useMutation({
    mutationFn: (revokeCurrent: boolean): Promise<SigningKeyList> =>
      apiFetch(apiPaths.checkInKeys(slug), signingKeyListSchema, {
        method: 'POST',
        json: { revokeCurrent },
      }),
    onSuccess,
  });
}
