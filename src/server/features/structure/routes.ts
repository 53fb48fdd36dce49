import {
  apiRoutes,
  conferenceDaySchema,
  confirmQuerySchema,
  createRoomSchema,
  createSpeakerSchema,
  createTrackSchema,
  deleteResultSchema,
  roomSchema,
  speakerSchema,
  trackSchema,
  updateConferenceDaySchema,
  updateRoomSchema,
  updateSpeakerSchema,
  updateTrackSchema,
  type ConferenceDay,
  type DeleteResult,
  type Room,
  type Speaker,
  type Track,
} from '@shared/contract';
import type { AppDeps } from '../../deps';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { codeParam } from '../../http/params';
import { conferenceOf } from '../conferences';
import { publishChange } from '../stream';
import { dateParam, idParam } from './params';
import * as service from './service';

/** A delete that changed sessions published a schedule version: both topics moved. */
async function announce(deps: AppDeps, slug: string, topic: 'conference' | 'speakers', result: DeleteResult) {
  await publishChange(deps, slug, topic);
  if (result.sessionsChanged > 0) {
    await publishChange(deps, slug, 'sessions');
    if (topic !== 'conference') await publishChange(deps, slug, 'conference');
  }
}

const auth = 'organizer';
const guarded = ['unauthenticated', 'forbidden', 'conference_not_found'] as const;

/** The organizer's edits of an edition's structure: rooms, tracks, days and speakers. */
export const structureEndpoints = endpointGroup('structure', { tag: 'structure' }, [
  endpoint({
    method: 'post',
    path: apiRoutes.rooms,
    summary: 'Add a room (last, unless a position is given)',
    body: createRoomSchema,
    responses: { 201: roomSchema },
    problems: [...guarded, 'room_taken'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const input = await body();
        const room: Room = await service.createRoom(deps, conference, user(), input);
        await publishChange(deps, conference.slug, 'conference');
        return c.json(room, 201);
      },
  }),
  endpoint({
    method: 'patch',
    path: apiRoutes.room,
    summary: "Change a room's name, slug, position or live-stream URL",
    body: updateRoomSchema,
    responses: { 200: roomSchema },
    problems: [...guarded, 'room_not_found', 'room_taken'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const id = idParam(c);
        const input = await body();
        const room: Room = await service.updateRoom(deps, conference, user(), id, input);
        await publishChange(deps, conference.slug, 'conference');
        return c.json(room);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.room,
    summary:
      'Delete a room; with sessions in it, 409 room_in_use lists them until ?confirm=true, which moves them to no room in a new schedule version',
    responses: { 200: deleteResultSchema },
    problems: [...guarded, 'room_not_found', 'room_in_use'],
    query: confirmQuerySchema,
    auth,
    handler:
      (deps) =>
      async (c, { user, query }) => {
        const conference = await conferenceOf(deps, c);
        const result = await service.deleteRoom(deps, conference, user(), idParam(c), query().confirm);
        await announce(deps, conference.slug, 'conference', result);
        return c.json(result);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.tracks,
    summary: 'Add a track; its colour must be readable on white (4.5:1)',
    body: createTrackSchema,
    responses: { 201: trackSchema },
    problems: [...guarded, 'track_taken'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const input = await body();
        const track: Track = await service.createTrack(deps, conference, user(), input);
        await publishChange(deps, conference.slug, 'conference');
        return c.json(track, 201);
      },
  }),
  endpoint({
    method: 'patch',
    path: apiRoutes.track,
    summary: "Change a track's name, slug or colour",
    body: updateTrackSchema,
    responses: { 200: trackSchema },
    problems: [...guarded, 'track_not_found', 'track_taken'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const id = idParam(c);
        const input = await body();
        const track: Track = await service.updateTrack(deps, conference, user(), id, input);
        await publishChange(deps, conference.slug, 'conference');
        return c.json(track);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.track,
    summary:
      'Delete a track; with sessions in it, 409 track_in_use lists them until ?confirm=true, which leaves them without a track in a new schedule version',
    responses: { 200: deleteResultSchema },
    problems: [...guarded, 'track_not_found', 'track_in_use'],
    query: confirmQuerySchema,
    auth,
    handler:
      (deps) =>
      async (c, { user, query }) => {
        const conference = await conferenceOf(deps, c);
        const result = await service.deleteTrack(deps, conference, user(), idParam(c), query().confirm);
        await announce(deps, conference.slug, 'conference', result);
        return c.json(result);
      },
  }),
  endpoint({
    method: 'patch',
    path: apiRoutes.conferenceDay,
    summary: "Change a conference day's label, opening hours or note",
    body: updateConferenceDaySchema,
    responses: { 200: conferenceDaySchema },
    problems: [...guarded, 'conference_day_not_found'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const date = dateParam(c);
        const input = await body();
        const day: ConferenceDay = await service.updateDay(deps, conference, user(), date, input);
        await publishChange(deps, conference.slug, 'conference');
        return c.json(day);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.speakers,
    summary: 'Add a speaker; the server picks the code',
    body: createSpeakerSchema,
    responses: { 201: speakerSchema },
    problems: [...guarded],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const input = await body();
        const speaker: Speaker = await service.createSpeaker(deps, conference, user(), input);
        await publishChange(deps, conference.slug, 'speakers');
        return c.json(speaker, 201);
      },
  }),
  endpoint({
    method: 'patch',
    path: apiRoutes.speaker,
    summary: "Change a speaker's name, affiliation or bio",
    body: updateSpeakerSchema,
    responses: { 200: speakerSchema },
    problems: [...guarded, 'speaker_not_found'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const code = codeParam(c);
        const input = await body();
        const speaker: Speaker = await service.updateSpeaker(deps, conference, user(), code, input);
        // Session bylines carry the speaker's name.
        await publishChange(deps, conference.slug, 'speakers');
        await publishChange(deps, conference.slug, 'sessions');
        return c.json(speaker);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.speaker,
    summary:
      'Delete a speaker; on sessions, 409 speaker_in_use lists them until ?confirm=true, which takes them off those sessions in a new schedule version',
    responses: { 200: deleteResultSchema },
    problems: [...guarded, 'speaker_not_found', 'speaker_in_use'],
    query: confirmQuerySchema,
    auth,
    handler:
      (deps) =>
      async (c, { user, query }) => {
        const conference = await conferenceOf(deps, c);
        const result = await service.deleteSpeaker(deps, conference, user(), codeParam(c), query().confirm);
        await announce(deps, conference.slug, 'speakers', result);
        return c.json(result);
      },
  }),
]);
