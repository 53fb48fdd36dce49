import { describe, expect, it } from 'vitest';
import { migratePreferences } from './preferences-store';

describe('preferences migration', () => {
  it.each([
    ['v0 device flag', { useDeviceTime: true }, 0, { timeZoneMode: 'device' }],
    ['v0 without flag', {}, 0, { timeZoneMode: 'conference' }],
    ['v1 kept', { timeZoneMode: 'device' }, 1, { timeZoneMode: 'device' }],
    ['garbage', 'nonsense', 1, { timeZoneMode: 'conference' }],
    ['unknown mode', { timeZoneMode: 'moon' }, 1, { timeZoneMode: 'conference' }],
  ])('%s', (_name, persisted, version, expected) => {
    expect(migratePreferences(persisted, version)).toEqual(expected);
  });
});
