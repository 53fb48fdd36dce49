import type { ScheduleFormat } from '../contract';
import type { ScheduleParseOptions, ScheduleParseResult } from './imported-schedule';
import { readScheduleJson } from './schedule-json';
import { readScheduleXml } from './schedule-xml';

/** json or xml by the first meaningful character, or null when it is neither. */
export function detectScheduleFormat(content: string): ScheduleFormat | null {
  const first = /\S/.exec(content.replace(/^\uFEFF/, ''))?.[0];
  if (first === '<') return 'xml';
  if (first === '{' || first === '[') return 'json';
  return null;
}

/**
 * Reads a pretalx/frab schedule.json or frab schedule.xml into the neutral ImportedSchedule.
 * Never throws: an unreadable file answers ok: false with a reason for the organizer.
 */
export function parseSchedule(
  content: string,
  format?: ScheduleFormat,
  options: ScheduleParseOptions = {},
): ScheduleParseResult {
  const body = content.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, reason: 'The file is empty.' };
  const kind = format ?? detectScheduleFormat(body);
  if (kind === 'xml') return readScheduleXml(body, options);
  if (kind === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (err) {
      return {
        ok: false,
        reason: `This is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
    return readScheduleJson(data, options);
  }
  return { ok: false, reason: 'This is neither a schedule.json nor a schedule.xml.' };
}
