import { makeProblem, type ProblemCode, problemCodes } from '@shared/contract/problem';
import { describe, expect, it } from 'vitest';
import { loadPageMessages } from '@client/i18n';
import { enPages } from '@client/i18n/en-pages';
import { ApiError } from '@client/lib/api-error';
import { describeProblem, localiseTimes, problemMessage, wordedProblem } from './problem-messages';

const refusal = (code: ProblemCode, detail?: string, errors?: Record<string, string[]>) =>
  new ApiError(makeProblem(code, detail, errors));

describe('the problem registry', () => {
  // First, while only the first screen's strings are loaded (as on an attendee's first visit).
  it('before a page’s strings load, tells a page’s refusal in the server’s words, not a key', () => {
    expect(problemMessage(refusal('room_taken'))).toBe(problemCodes.room_taken.title);
    expect(problemMessage(refusal('shift_not_found', 'There is no shift "x".'))).toBe(
      'There is no shift "x".',
    );
    // The first screen's own sentences are there from the start.
    expect(problemMessage(refusal('invalid_credentials'))).toBe(
      'The email or password is wrong. Check both and try again.',
    );
  });

  it('has a sentence in the catalogs for every code it words, and only for contract codes', async () => {
    await loadPageMessages();
    const sentences = Object.keys(enPages).filter((key) => /^problem\.[a-z_]+$/.test(key));
    for (const key of sentences) {
      const code = key.slice('problem.'.length);
      expect(code in problemCodes, key).toBe(true);
      expect(wordedProblem(refusal(code as ProblemCode)), key).not.toBeNull();
    }
  });

  it('leads with our sentence and drops a detail that only restates the code', async () => {
    await loadPageMessages();
    expect(describeProblem(refusal('room_taken', 'There is already a room "foyer".'))).toEqual({
      message: 'Another room already uses this slug or name.',
      detail: null,
    });
    // shift_full's detail is meant for API clients.
    expect(describeProblem(refusal('shift_full', 'Send {"waitlist": true}')).detail).toBeNull();
  });

  it('adds the server’s facts for codes whose detail names this case, with the app’s times', async () => {
    await loadPageMessages();
    const overlaps = refusal(
      'overlaps_shift',
      'It overlaps your Session host shift at Ada Byron from 2025-10-18 10:00 (Europe/Paris).',
    );
    expect(describeProblem(overlaps)).toEqual({
      message: 'This shift overlaps one of your shifts.',
      detail: 'It overlaps your Session host shift at Ada Byron from Sat 18 Oct 10:00.',
    });
    expect(problemMessage(overlaps)).toBe(
      'This shift overlaps one of your shifts. It overlaps your Session host shift at Ada Byron from Sat 18 Oct 10:00.',
    );
    expect(describeProblem(refusal('import_unreadable')).detail).toBeNull();
  });

  it('uses a screen’s own sentence where it has one, the general one elsewhere', async () => {
    await loadPageMessages();
    const forbidden = refusal('forbidden', 'This needs the organizer role.');
    expect(problemMessage(forbidden)).toBe('Your account may not do this. Ask an organizer if it should.');
    expect(problemMessage(forbidden, 'people')).toBe(
      'Only organizers can change roles, and your account no longer is one.',
    );
    expect(problemMessage(forbidden, 'volunteer')).toBe(
      'Only organizers and the role’s coordinator can do this.',
    );
    expect(problemMessage(refusal('user_not_found'), 'coordination')).toBe(
      'That account no longer exists; choose another coordinator.',
    );
    expect(problemMessage(refusal('room_taken'), 'people')).toBe(
      'Another room already uses this slug or name.',
    );
    // A 404 page names what is missing only where it knows the code.
    expect(wordedProblem(refusal('session_not_found'), 'notFound')).toBe(
      'There is no session with this code.',
    );
    expect(wordedProblem(refusal('not_found'), 'notFound')).toBeNull();
  });

  it('falls back to the server’s detail, then its title, for codes it has no sentence for', async () => {
    await loadPageMessages();
    expect(problemMessage(refusal('exits_not_counted', 'Scan entries on this list.'))).toBe(
      'Scan entries on this list.',
    );
    expect(problemMessage(refusal('internal_error'))).toBe(problemCodes.internal_error.title);
  });

  it('says the network failed, or that something went wrong, for what is not a refusal', () => {
    expect(problemMessage(new TypeError('Failed to fetch'))).toBe(
      'The server could not be reached. Check your connection and try again.',
    );
    expect(problemMessage(new Error('boom'))).toBe('Something went wrong. Please try again.');
    expect(wordedProblem(new Error('boom'))).toBeNull();
  });

  it('writes the server’s times the way the app does', () => {
    expect(localiseTimes('Sign-up opens at 2025-10-17 09:00 (Europe/Paris).')).toBe(
      'Sign-up opens at Fri 17 Oct 09:00.',
    );
    expect(localiseTimes('From 2025-10-18 10:00 on.')).toBe('From Sat 18 Oct 10:00 on.');
  });
});
