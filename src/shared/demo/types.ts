import type { Conference, Session, Speaker, Sponsor, SponsorTier } from '../contract';

/** One demo edition in contract shape; the server seeds it, the MSW store serves it. */
export interface DemoEdition {
  conference: Conference;
  sessions: Session[];
  speakers: Speaker[];
  sponsorTiers: SponsorTier[];
  sponsors: Sponsor[];
}

export interface DemoOptions {
  /**
   * Move the editions so the flagship's first day falls on this date (YYYY-MM-DD), keeping
   * times of day: now/next, shift sign-up and check-in can then be tried live.
   */
  shiftTo?: string;
}
