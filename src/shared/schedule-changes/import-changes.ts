import type { ScheduleChange } from '../contract';
import type { CurrentSchedule, ImportPlan, SessionValues } from '../interop';
import { describeChange, type ChangeSubject } from './changelog';

// An import never touches the format, so both sides leave it out of the comparison.
const subject = (code: string, v: SessionValues): ChangeSubject => ({
  code,
  title: v.title,
  type: v.type,
  format: '',
  language: v.language,
  status: v.status,
  trackId: v.trackId,
  roomId: v.roomId,
  startsAt: v.startsAt,
  endsAt: v.endsAt,
  description: v.description,
  recordingOptOut: v.recordingOptOut,
  links: { youtube: v.youtube, mediaCccDe: v.mediaCccDe, slides: v.slides },
  speakers: v.speakerIds,
});

/** The changelog of an applied import: its new, changed and cancelled sessions. */
export function importChanges(current: CurrentSchedule, plan: ImportPlan): ScheduleChange[] {
  const before = new Map(current.sessions.map((s) => [s.id, s]));
  const out: ScheduleChange[] = [];
  for (const s of plan.added) out.push(describeChange(null, subject(s.code, s.values))!);
  for (const s of plan.changed) {
    const was = before.get(s.id);
    const change = describeChange(was ? subject(s.code, was) : null, subject(s.code, s.values));
    if (change) out.push(change);
  }
  for (const s of plan.removed) {
    const was = before.get(s.id);
    if (!was) continue;
    const change = describeChange(subject(s.code, was), subject(s.code, { ...was, status: 'cancelled' }));
    if (change) out.push(change);
  }
  return out;
}
