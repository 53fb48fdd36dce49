import {
  type ConferenceDay,
  conferenceDaySchema,
  type Room,
  roomSchema,
  type Track,
  trackSchema,
} from '@shared/contract/conference';
import { apiPaths, withConfirm } from '@shared/contract/paths';
import { type Speaker, speakerSchema } from '@shared/contract/speaker';
import {
  type CreateRoom,
  type CreateSpeaker,
  type CreateTrack,
  type DeleteResult,
  deleteResultSchema,
  type UpdateConferenceDay,
  type UpdateRoom,
  type UpdateSpeaker,
  type UpdateTrack,
} from '@shared/contract/structure';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';

export const createRoom = (slug: string, input: CreateRoom): Promise<Room> =>
  apiFetch(apiPaths.rooms(slug), roomSchema, { method: 'POST', json: input });
export const updateRoom = (slug: string, id: string, input: UpdateRoom): Promise<Room> =>
  apiFetch(apiPaths.room(slug, id), roomSchema, { method: 'PATCH', json: input });
export const createTrack = (slug: string, input: CreateTrack): Promise<Track> =>
  apiFetch(apiPaths.tracks(slug), trackSchema, { method: 'POST', json: input });
export const updateTrack = (slug: string, id: string, input: UpdateTrack): Promise<Track> =>
  apiFetch(apiPaths.track(slug, id), trackSchema, { method: 'PATCH', json: input });
export const updateDay = (slug: string, date: string, input: UpdateConferenceDay): Promise<ConferenceDay> =>
  apiFetch(apiPaths.conferenceDay(slug, date), conferenceDaySchema, { method: 'PATCH', json: input });
export const createSpeaker = (slug: string, input: CreateSpeaker): Promise<Speaker> =>
  apiFetch(apiPaths.speakers(slug), speakerSchema, { method: 'POST', json: input });
export const updateSpeaker = (slug: string, code: string, input: UpdateSpeaker): Promise<Speaker> =>
  apiFetch(apiPaths.speaker(slug, code), speakerSchema, { method: 'PATCH', json: input });

/** A room, track or speaker delete; a 409 with dependents asks first (ui/forms/use-delete-with-dependents). */
export const deleteStructure = (path: string, confirm: boolean): Promise<DeleteResult> =>
  apiFetch(withConfirm(path, confirm), deleteResultSchema, { method: 'DELETE' });

/** What a structure change makes stale: the conference (rooms, tracks, days) and what shows them. */
export function invalidateStructure(queryClient: QueryClient, slug: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['conference', slug] }),
    queryClient.invalidateQueries({ queryKey: ['conferences'] }),
    queryClient.invalidateQueries({ queryKey: ['sessions', slug] }),
    queryClient.invalidateQueries({ queryKey: ['speakers', slug] }),
    queryClient.invalidateQueries({ queryKey: ['audit', slug] }),
  ]);
}

/** A save (create or update) that refreshes everything showing the structure once it lands. */
export function useStructureSave<I, O>(slug: string, save: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    // Not awaited: the caller's own onSuccess must run while its form is still mounted, before
    // the refetch re-renders the list (a renamed or deleted row remounts or disappears).
    onSuccess: () => void invalidateStructure(queryClient, slug),
  });
}

export function useStructureDelete(slug: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (confirm: boolean) => deleteStructure(path, confirm),
    onSuccess: () => void invalidateStructure(queryClient, slug),
  });
}
