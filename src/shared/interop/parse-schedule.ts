import type { ScheduleFormat } from '../contract';
import { decodeScheduleBytes } from './decode-bytes';
import type { ScheduleParseOptions, ScheduleParseResult } from './imported-schedule';
import { readScheduleIcs } from './schedule-ics';
import { readScheduleJson } from './schedule-json';
import { readScheduleXml } from './schedule-xml';

/** json, xml or ics by the first meaningful characters, or null when it is none of them. */
export function detectScheduleFormat(content: string): ScheduleFormat | null {
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (/^<!doctype\s+html|^<html[\s>]/i.test(head)) return null;
  if (head.startsWith('<')) return 'xml';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return null;
}

/** What a file that is no schedule seems to be, in a sentence for the organizer. */
function notASchedule(head: string): string {
  if (/^<!doctype\s+html|^<html[\s>]/i.test(head))
    return 'This is a web page (HTML), not a schedule file. Look on it for a link to the schedule.xml, schedule.json or .ics.';
  if (/^BEGIN:VCARD/i.test(head)) return 'This is a contact card (vCard), not a schedule.';
  if (/^%PDF/.test(head)) return 'This is a PDF document, not a schedule file.';
  if (/^[^,\n]+(,[^,\n]+)+\r?\n/.test(head))
    return 'This looks like a CSV table, not a schedule. Lanyard reads schedule.xml, schedule.json and iCalendar (.ics) files.';
  return 'This is neither a schedule.xml, a schedule.json nor an iCalendar (.ics) file.';
}

/**
 * Reads a pretalx/frab/Pentabarf/wafer schedule.xml, a frab/pretalx/schedule2 schedule.json or
 * an iCalendar feed into the neutral ImportedSchedule. Bytes are decoded here (BOM, XML encoding
 * declaration, iCalendar folds across multi-byte characters). Never throws: an unreadable file
 * answers ok: false with a reason for the organizer.
 */
export function parseSchedule(
  content: string | Uint8Array,
  format?: ScheduleFormat,
  options: ScheduleParseOptions = {},
): ScheduleParseResult {
  const decoded = typeof content === 'string' ? { text: content, note: null } : decodeScheduleBytes(content);
  const body = decoded.text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, reason: 'The file is empty.' };
  const kind = format ?? detectScheduleFormat(body);
  const result = read(body, kind, options);
  if (result.ok && decoded.note) {
    result.schedule.warnings.unshift({
      code: 'text_decoding',
      event: null,
      message: `The file was read as ${decoded.note}.`,
    });
  }
  return result;
}

function read(body: string, kind: ScheduleFormat | null, options: ScheduleParseOptions): ScheduleParseResult {
  if (kind === 'ics') return readScheduleIcs(body, options);
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
  return { ok: false, reason: notASchedule(body.trimStart().slice(0, 2000)) };
}
