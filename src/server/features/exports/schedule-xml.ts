import type { FrabEvent, FrabSchedule } from './frab-schedule';
import { XmlWriter } from './xml-writer';

// Simple types of frab-schedule.xml.xsd for optional values: where ours do not fit, the
// optional element or attribute is left out rather than making the file invalid.
const PRETALX_CODE = /^[0-9A-Z]{6}$/;
const VOC_SLUG = /^[a-z0-9_]{4,}-[a-z0-9_-]{4,}$/;

function writeEvent(xml: XmlWriter, e: FrabEvent) {
  xml.start('event', { guid: e.guid, id: e.id, code: PRETALX_CODE.test(e.code) ? e.code : undefined });
  xml
    .element('date', e.date)
    .element('start', e.start)
    .element('duration', e.duration)
    .element('room', e.room);
  if (VOC_SLUG.test(e.slug)) xml.element('slug', e.slug);
  xml
    .element('url', e.url)
    .start('recording')
    .element('license')
    .element('optout', String(e.doNotRecord))
    .end()
    .element('title', e.title)
    .element('subtitle')
    .element('track', e.track ?? '')
    .element('type', e.type)
    .element('language', e.language)
    .element('abstract')
    .element('description', e.description)
    .start('persons');
  for (const p of e.persons) xml.element('person', p.name, { guid: p.guid });
  xml.end().start('links');
  for (const l of e.links) xml.element('link', l.title, { href: l.url, type: l.type });
  xml.end().element('attachments').end();
}

/**
 * frab schedule.xml, valid against frab-schedule.xml.xsd: the schedule's children are an
 * xs:sequence (generator, url, version, conference, day...), so their order is fixed; an
 * event's children are an xs:all, written in the order frab and pretalx use.
 */
export function scheduleXml(schedule: FrabSchedule): string {
  const xml = new XmlWriter().start('schedule');
  xml
    .element('generator', '', { name: schedule.generator.name, version: schedule.generator.version })
    .element('url', schedule.xmlUrl)
    .element('version', schedule.version)
    .start('conference')
    .element('acronym', schedule.acronym)
    .element('title', schedule.title)
    .element('start', schedule.start)
    .element('end', schedule.end)
    .element('days', String(schedule.days.length))
    .element('timeslot_duration', schedule.timeslotDuration)
    .element('base_url', schedule.baseUrl)
    .element('time_zone_name', schedule.timeZone);
  for (const t of schedule.tracks) xml.element('track', '', { name: t.name, color: t.color });
  xml.end();
  for (const day of schedule.days) {
    xml.start('day', { index: day.index, date: day.date, start: day.start, end: day.end });
    for (const { room, events } of day.rooms) {
      xml.start('room', { name: room.name, guid: room.guid });
      for (const e of events) writeEvent(xml, e);
      xml.end();
    }
    xml.end();
  }
  return xml.end().toString();
}
