import { type TimeSlot } from './group-by-start';

/** The slot "now" is in: the first whose sessions have not all ended. -1 when the day is over. */
export function nowSlotIndex(slots: readonly TimeSlot[], now: Date): number {
  const t = now.getTime();
  return slots.findIndex((slot) => slot.sessions.some((s) => Date.parse(s.endsAt) > t));
}
