import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@client/i18n';
import {
  formatDateTimeWithZone,
  formatDayTime,
  formatTime,
  formatTimeRange,
  formatWeekdayTime,
} from './format';

const ZONE = 'Europe/Paris';
/** Wednesday 15 October 2025, 13:00 and 18:00 in Strasbourg. */
const START = '2025-10-15T11:00:00Z';
const END = '2025-10-15T16:00:00Z';

/** Every way a screen writes a time: schedule, grid and desk (formatTime, formatTimeRange), volunteer shifts (weekday), console and messages (day and time), the audit log. */
const screens = {
  time: () => formatTime(START, ZONE),
  range: () => formatTimeRange(START, END, ZONE),
  weekday: () => formatWeekdayTime(START, ZONE),
  dayTime: () => formatDayTime(START, ZONE),
  log: () => formatDateTimeWithZone(START, ZONE),
};

describe('one clock on every screen', () => {
  afterEach(() => setLocale(['en-GB']));

  it.each([['en-US'], ['en-GB'], ['en'], ['de-DE'], ['de-AT'], ['fr-FR'], ['fr-CA']])(
    'writes 13:00 in 24-hour time everywhere for a %s device',
    async (tag) => {
      await setLocale([tag]);
      for (const [screen, format] of Object.entries(screens)) {
        const text = format();
        expect(text, screen).toMatch(/13[:.h]00/);
        expect(text, screen).not.toMatch(/\b1:00|PM|AM|p\.m\.|a\.m\./i);
      }
      expect(screens.range()).toMatch(/13[:.h]00\s?[–-]\s?18[:.h]00/);
    },
  );

  it('writes the same instant identically whatever the device region of a language', async () => {
    const written = async (tag: string) => {
      await setLocale([tag]);
      return [formatTime(START, ZONE), formatTimeRange(START, END, ZONE)];
    };
    expect(await written('en-US')).toEqual(await written('en-GB'));
    expect(await written('fr-CA')).toEqual(await written('fr-FR'));
  });

  it('is the only place that builds a date or time format', () => {
    const root = join(process.cwd(), 'src/client');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.test.tsx'),
    );
    const builders = files.filter((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return /toLocale(Time|Date)?String|hour12|hourCycle|new Intl\.DateTimeFormat\([^)]*\{[^)]*hour/s.test(
        text,
      );
    });
    expect(builders.map((f) => f.replaceAll('\\', '/'))).toEqual(['lib/format.ts']);
  });
});
