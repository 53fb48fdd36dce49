import type { Session } from '@shared/contract';

/**
 * The content columns of a sessions row from the contract's shape: what seeding writes and
 * publishing overwrites. Identity (id, conference, code, guid, slug) stays with the caller.
 */
export function sessionContentColumns(s: Session, updatedAt: string) {
  return {
    title: s.title,
    type: s.type,
    format: s.format,
    language: s.language,
    status: s.status,
    track_id: s.trackId,
    room_id: s.roomId,
    starts_at: s.startsAt,
    ends_at: s.endsAt,
    description: s.description,
    recording_opt_out: s.recordingOptOut ? 1 : 0,
    youtube_url: s.links.youtube,
    media_ccc_de_url: s.links.mediaCccDe,
    slides_url: s.links.slides,
    video_url: s.links.video ?? null,
    updated_at: updatedAt,
  };
}
