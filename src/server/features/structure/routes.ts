import { Hono, type Context } from 'hono';
import {
  apiRoutes,
  createRoomSchema,
  createSpeakerSchema,
  createTrackSchema,
  updateConferenceDaySchema,
  updateRoomSchema,
  updateSpeakerSchema,
  updateTrackSchema,
  type ConferenceDay,
  type DeleteResult,
  type Room,
  type Speaker,
  type Track,
  type User,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson } from '../../http/body';
import { codeParam, slugParam } from '../../http/params';
import { HttpProblem } from '../../http/problem';
import { requireRole } from '../auth';
import { requireConference } from '../conferences';
import { publishChange } from '../stream';
import { confirmed, dateParam, idParam } from './params';
import * as service from './service';

const userOf = (c: Context<AppEnv>): User => {
  const user = c.get('user');
  if (!user) throw new HttpProblem('unauthenticated');
  return user;
};

/** The organizer's edits of an edition's structure: rooms, tracks, days and speakers. */
export function structureRoutes(deps: AppDeps) {
  const conferenceOf = (c: Context<AppEnv>) => requireConference(deps.db, slugParam(c));
  const organizer = requireRole('organizer');
  /** A delete that changed sessions published a schedule version: both topics moved. */
  const announce = async (slug: string, topic: 'conference' | 'speakers', result: DeleteResult) => {
    await publishChange(deps, slug, topic);
    if (result.sessionsChanged > 0) {
      await publishChange(deps, slug, 'sessions');
      if (topic !== 'conference') await publishChange(deps, slug, 'conference');
    }
  };
  return new Hono<AppEnv>()
    .post(apiRoutes.rooms, organizer, async (c) => {
      const conference = await conferenceOf(c);
      const input = await readJson(c, createRoomSchema);
      const body: Room = await service.createRoom(deps, conference, userOf(c), input);
      await publishChange(deps, conference.slug, 'conference');
      return c.json(body, 201);
    })
    .patch(apiRoutes.room, organizer, async (c) => {
      const conference = await conferenceOf(c);
      const id = idParam(c);
      const input = await readJson(c, updateRoomSchema);
      const body: Room = await service.updateRoom(deps, conference, userOf(c), id, input);
      await publishChange(deps, conference.slug, 'conference');
      return c.json(body);
    })
    .delete(apiRoutes.room, organizer, async (c) => {
      const conference = await conferenceOf(c);
      const body = await service.deleteRoom(deps, conference, userOf(c), idParam(c), confirmed(c));
      await announce(conference.slug, 'conference', body);
      return c.json(body);
    })
    .post(apiRoutes.tracks, organizer, async (c) => {
      const conference = await conferenceOf(c);
      const input = await readJson(c, createTrackSchema);
      const body: Track = await service.createTrack(deps, conference, userOf(c), input);
      await publishChange(deps, conference.slug, 'conference');
      return c.json(body, 201);
    })
    .patch(apiRoutes.track, organizer, async (c) => {
      const conference = await conferenceOf(c);
      const id = idParam(c);
      const input = await readJson(c, updateTrackSchema);
      const body: Track = await service.updateTrack(deps, conference, userOf(c), id, input);
      await publishChange(deps, conference.slug, 'conference');
      return c.json(body);
    })
    .delete(apiRoutes.track, organizer, async (c) => {
      const conference = await conferenceOf(c);
      const body = await service.deleteTrack(deps, conference, userOf(c), idParam(c), confirmed(c));
      await announce(conference.slug, 'conference', body);
      return c.json(body);
    })
    .patch(apiRoutes.conferenceDay, organizer, async (c) => {
      const conference = await conferenceOf(c);
      const date = dateParam(c);
      const input = await readJson(c, updateConferenceDaySchema);
      const body: ConferenceDay = await service.updateDay(deps, conference, userOf(c), date, input);
      await publishChange(deps, conference.slug, 'conference');
      return c.json(body);
    })
    .post(apiRoutes.speakers, organizer, async (c) => {
      const conference = await conferenceOf(c);
      const input = await readJson(c, createSpeakerSchema);
      const body: Speaker = await service.createSpeaker(deps, conference, userOf(c), input);
      await publishChange(deps, conference.slug, 'speakers');
      return c.json(body, 201);
    })
    .patch(apiRoutes.speaker, organizer, async (c) => {
      const conference = await conferenceOf(c);
      const code = codeParam(c);
      const input = await readJson(c, updateSpeakerSchema);
      const body: Speaker = await service.updateSpeaker(deps, conference, userOf(c), code, input);
      // Session bylines carry the speaker's name.
      await publishChange(deps, conference.slug, 'speakers');
      await publishChange(deps, conference.slug, 'sessions');
      return c.json(body);
    })
    .delete(apiRoutes.speaker, organizer, async (c) => {
      const conference = await conferenceOf(c);
      const body = await service.deleteSpeaker(deps, conference, userOf(c), codeParam(c), confirmed(c));
      await announce(conference.slug, 'speakers', body);
      return c.json(body);
    });
}
