import { conferenceSchema, type CreateConferenceInput } from '@shared/contract/conference';
import { apiPaths, withConfirm } from '@shared/contract/paths';
import { problemSchema, makeProblem } from '@shared/contract/problem';
import {
  sponsorSchema,
  sponsorTierSchema,
  type Sponsor,
  type SponsorInput,
  type SponsorTierInput,
} from '@shared/contract/sponsor';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { conferencesQueryOptions } from '@client/features/conference';
import { sponsorsQueryOptions } from '@client/features/sponsors';
import { apiFetch } from '@client/lib/api-client';
import { ApiError } from '@client/lib/api-error';

const noContent = z.undefined();
const tierListSchema = z.object({ tiers: z.array(sponsorTierSchema) });

/** Every sponsor write changes what the attendee page shows: refetch the one sponsor list. */
function useSponsorMutation<I, O>(slug: string, mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sponsorsQueryOptions(slug).queryKey }),
  });
}

export const useCreateTier = (slug: string) =>
  useSponsorMutation(slug, (input: SponsorTierInput) =>
    apiFetch(apiPaths.sponsorTiers(slug), sponsorTierSchema, { method: 'POST', json: input }),
  );

export const useUpdateTier = (slug: string) =>
  useSponsorMutation(slug, ({ id, input }: { id: string; input: SponsorTierInput }) =>
    apiFetch(apiPaths.sponsorTier(slug, id), sponsorTierSchema, { method: 'PUT', json: input }),
  );

export const useReorderTiers = (slug: string) =>
  useSponsorMutation(slug, (tierIds: string[]) =>
    apiFetch(apiPaths.sponsorTierOrder(slug), tierListSchema, { method: 'PUT', json: { tierIds } }),
  );

/** Without `confirm` a tier with sponsors answers sponsor_tier_in_use, naming them. */
export const useDeleteTier = (slug: string) =>
  useSponsorMutation(slug, ({ id, confirm }: { id: string; confirm: boolean }) =>
    apiFetch(withConfirm(apiPaths.sponsorTier(slug, id), confirm), noContent, { method: 'DELETE' }),
  );

export const useCreateSponsor = (slug: string) =>
  useSponsorMutation(slug, (input: SponsorInput) =>
    apiFetch(apiPaths.sponsors(slug), sponsorSchema, { method: 'POST', json: input }),
  );

export const useUpdateSponsor = (slug: string) =>
  useSponsorMutation(slug, ({ id, input }: { id: string; input: SponsorInput }) =>
    apiFetch(apiPaths.sponsor(slug, id), sponsorSchema, { method: 'PUT', json: input }),
  );

export const useDeleteSponsor = (slug: string) =>
  useSponsorMutation(slug, (id: string) =>
    apiFetch(apiPaths.sponsor(slug, id), noContent, { method: 'DELETE' }),
  );

/**
 * Sends the file itself as the body. The server judges the type by the bytes, so the declared
 * type is only a courtesy; apiFetch sends JSON only, hence this small fetch of its own.
 */
export async function uploadLogo(slug: string, id: string, file: Blob): Promise<Sponsor> {
  const response = await fetch(apiPaths.sponsorLogo(slug, id), {
    method: 'PUT',
    credentials: 'include',
    headers: {
      accept: 'application/json, application/problem+json',
      'content-type': file.type || 'application/octet-stream',
    },
    body: file,
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const problem = problemSchema.safeParse(body);
    throw new ApiError(
      problem.success
        ? problem.data
        : {
            ...makeProblem(response.status === 413 ? 'logo_too_large' : 'bad_request'),
            status: response.status,
          },
    );
  }
  return sponsorSchema.parse(body);
}

export const useUploadLogo = (slug: string) =>
  useSponsorMutation(slug, ({ id, file }: { id: string; file: Blob }) => uploadLogo(slug, id, file));

export const useRemoveLogo = (slug: string) =>
  useSponsorMutation(slug, (id: string) =>
    apiFetch(apiPaths.sponsorLogo(slug, id), sponsorSchema, { method: 'DELETE' }),
  );

export function useCreateEdition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateConferenceInput) =>
      apiFetch(apiPaths.conferences(), conferenceSchema, { method: 'POST', json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conferencesQueryOptions().queryKey }),
  });
}
