/**
 * Generators of schedule files as real conferences publish them, each with the quirks that broke
 * the importer (issues #10 and #17): Pentabarf (FOSDEM) XML without guids or dates, wafer
 * (DebConf) XML with non-RFC hex guids, guids that are no UUIDs at all, a merged congress file
 * whose sub-schedules reuse person ids and encode every character as a reference, frab and
 * c3voc schedule2 JSON with recording fields, and iCalendar feeds as pretalx, Sched and Indico
 * write them (octet folds through multi-byte characters, CR CR LF, legacy zone names).
 *
 * Everything is deterministic: a seeded generator picks names, titles and times, so a failing
 * test names the same file every run. Files are small (10-60 events) but shaped like the real
 * ones, with non-ASCII names and HTML in abstracts.
 */

/** mulberry32: a small seeded PRNG, enough to vary fixtures reproducibly. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('');
  return { next, int, pick, hex };
}
type Rng = ReturnType<typeof seeded>;

export const PEOPLE = [
  'Zoë Ångström',
  'Jürgen Weiß',
  'Łukasz Wiśniewski',
  'Ana Peñalosa',
  'Søren Kierkegård',
  'Antonín Dvořák',
  'Émilie Brontë',
  'Çağrı Öztürk',
  'Nguyễn Thị Minh',
  'Björn Þórsson',
  'Małgorzata Żak',
  'José Ramón Núñez',
  'François Lefèvre',
  'Chloé Dupré',
  'Ólafur Guðmundsson',
  'Ines Müller-Lüdenscheid',
  'Αλέξανδρος Παπαδόπουλος',
  'Дмитрий Иванов',
  '李雷',
  'Siobhán Ní Bhriain',
  'Ðorđe Petrović',
  'Hélène Brisebois',
  'Kāne Kahananui',
  'Renée O’Connor',
  'Tomás Ó Súilleabháin',
  'Grzegorz Brzęczyszczykiewicz',
] as const;

const TOPICS = [
  'Reproducible builds',
  'Rust in the kernel',
  'Mesh networks for Gemeinden',
  'Über-secure boot',
  'Privacy-preserving telemetry',
  'Funkgeräte & SDR',
  'The state of Wayland',
  'Open hardware for Schüler*innen',
  'Post-quantum TLS',
  'Accessible maps',
  'Bootstrapping compilers',
  'Lötkurs für Anfänger',
  'Community governance',
  'Packaging Python, again',
  'Energy-aware scheduling',
  'Decentralised identity',
  'Fuzzing parsers',
  'Café networking',
] as const;

const ANGLES = ['an introduction', 'lessons learned', 'what went wrong', 'a deep dive', '10 years on'];

/** A title such as "Fuzzing parsers: lessons learned". */
const titleOf = (rng: Rng, n: number) => `${TOPICS[n % TOPICS.length]}: ${rng.pick(ANGLES)}`;

/** An abstract with HTML markup, as pretalx and Pentabarf store it (escaped in the file). */
const htmlAbstract = (rng: Rng, title: string) =>
  `<p>In this talk about <em>${title.split(':')[0]}</em>, we look at ${rng.pick([
    'the tools',
    'the people',
    'the trade-offs',
  ])} & the road ahead.</p><ul><li>Why it matters</li><li>What’s next</li></ul>`;

/** A v4 UUID from the seeded generator. */
const uuid4 = (rng: Rng) =>
  `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`;

/** XML text: the five specials escaped, nothing else. */
export const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** XML text as writers that emit ASCII only do it: every non-ASCII character, ' and CR as a reference. */
export const escRefs = (s: string) =>
  esc(s).replace(/[^\n\t\x20-\x7e]|'/gu, (c) => `&#${c.codePointAt(0)}${';'}`);

/** Text a CDATA section in an ASCII file can hold: accents dropped, quotes plain. */
const ascii = (s: string) =>
  s
    .replace(/’/g, "'")
    .normalize('NFD')
    .replace(/[^\x20-\x7e\n]/g, '');

/** A person's UUID, the same in every event that names them (schedule2 derives it from the email). */
const personGuid = (p: number) =>
  `5e1f0a7c-${String(1000 + p).padStart(4, '0')}-4a00-8000-${String(p).padStart(12, '0')}`;

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

export interface Fixture {
  /** Short name, also the conference slug. */
  name: string;
  /** What a real file of this kind is (for test names). */
  kind: string;
  format: 'xml' | 'json' | 'ics';
  bytes: Buffer;
  /** The edition this file belongs to. */
  conference: { startDate: string; endDate: string; timeZone: string };
  /** Warning codes the import must give (each at least once). */
  warnings: string[];
  /** What the preview must say the file was recognised as. */
  layout: string;
}

/* ------------------------------------------------------------------------------------------ */
/* Pentabarf (FOSDEM)                                                                          */
/* ------------------------------------------------------------------------------------------ */

/**
 * FOSDEM's Pentabarf export: events with an integer id and a slug, no guid, no <date> (the start
 * is <day date> + <start> in Brussels time, and the file names no zone), day_change 09:00, persons
 * as `<person id>Name</person>`, links to video.fosdem.org recordings, feedback and chat.
 */
export function pentabarfFosdem(seed = 2025): Fixture {
  const rng = seeded(seed);
  const rooms = ['Janson', 'K.1.105 (La Fontaine)', 'H.2215 (Ferrer)', 'UB2.252A (Lameere)'];
  const tracks = ['Keynotes', 'Rust', 'Open Hardware', 'Distributions'];
  const days = ['2025-02-01', '2025-02-02'];
  let id = 5800;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    '  <conference>',
    '    <title>FOSDEM 2025</title>',
    '    <subtitle/>',
    '    <venue>ULB (Université Libre de Bruxelles)</venue>',
    '    <city>Brussels</city>',
    '    <start>2025-02-01</start>',
    '    <end>2025-02-02</end>',
    '    <days>2</days>',
    '    <day_change>09:00:00</day_change>',
    '    <timeslot_duration>00:05:00</timeslot_duration>',
    '  </conference>',
  ];
  days.forEach((date, d) => {
    out.push(`  <day index="${d + 1}" date="${date}">`);
    rooms.forEach((room, r) => {
      out.push(`    <room name="${esc(room)}">`);
      let at = 9 * 60 + 30 + r * 5;
      const count = d === 0 && r === 0 ? 6 : 4;
      for (let i = 0; i < count; i++) {
        id++;
        const length = rng.pick([25, 30, 40, 50]);
        let start = at;
        let duration = hhmm(length);
        // Day 1 in Janson ends with a night session across midnight and one after it, which
        // day_change (09:00) puts on the next calendar date.
        if (d === 0 && r === 0 && i === count - 2) [start, duration] = [23 * 60 + 30, '01:00'];
        if (d === 0 && r === 0 && i === count - 1) [start, duration] = [30, '00:45'];
        const title = titleOf(rng, id);
        const slug = `${title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '_')
          .replace(/^_|_$/g, '')}_${id}`;
        const speakers = Array.from({ length: rng.int(1, 2) }, () => rng.int(0, PEOPLE.length - 1));
        const persons = [...new Set(speakers)].map(
          (p) => `          <person id="${1000 + p}">${esc(PEOPLE[p]!)}</person>`,
        );
        const recorded = rng.next() < 0.7;
        const video = `https://video.fosdem.org/2025/${room.split(' ')[0]!.toLowerCase()}/fosdem-2025-${id}-${slug}`;
        out.push(
          `      <event id="${id}">`,
          `        <start>${hhmm(start)}</start>`,
          `        <duration>${duration}</duration>`,
          `        <room>${esc(room)}</room>`,
          `        <slug>${slug}</slug>`,
          `        <title>${esc(title)}</title>`,
          '        <subtitle/>',
          `        <track>${esc(tracks[r]!)}</track>`,
          `        <type>${r === 0 ? 'keynote' : 'devroom'}</type>`,
          '        <language/>',
          `        <abstract>${esc(htmlAbstract(rng, title))}</abstract>`,
          '        <description/>',
          '        <persons>',
          ...persons,
          '        </persons>',
          rng.next() < 0.4
            ? `        <attachments>\n          <attachment type="slides" href="https://fosdem.org/2025/schedule/event/${slug}/attachments/slides/${id}/export/events/attachments/${slug}/slides/${id}/deck.pdf">Slides</attachment>\n        </attachments>`
            : '        <attachments/>',
          '        <links>',
          ...(recorded
            ? [
                `          <link href="${video}.av1.webm">Video recording (WebM/AV1)</link>`,
                `          <link href="${video}.mp4">Video recording (MP4)</link>`,
              ]
            : []),
          `          <link href="https://chat.fosdem.org/#/room/#2025-${room.split(' ')[0]!.toLowerCase()}:fosdem.org">Chat room(web)</link>`,
          `          <link href="https://submission.fosdem.org/feedback/${id}.php">Submit Feedback</link>`,
          '        </links>',
          '      </event>',
        );
        at += length + 10;
      }
      out.push('    </room>');
    });
    out.push('  </day>');
  });
  out.push('</schedule>', '');
  return {
    name: 'fosdem-pentabarf',
    kind: 'Pentabarf (FOSDEM) XML: no guid, no date, day_change, a night across midnight',
    format: 'xml',
    bytes: Buffer.from(out.join('\n'), 'utf8'),
    conference: { startDate: '2025-02-01', endDate: '2025-02-02', timeZone: 'Europe/Brussels' },
    warnings: ['time_zone_assumed', 'derived_identity', 'links_left_out'],
    layout: 'Pentabarf schedule.xml',
  };
}

/* ------------------------------------------------------------------------------------------ */
/* wafer (DebConf)                                                                             */
/* ------------------------------------------------------------------------------------------ */

/** 8-4-4-4-12 hex with whatever version and variant digits random hex gives. */
const looseHexGuid = (rng: Rng) => `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;

/**
 * A wafer schedule.xml (DebConf): generator wafer, <date> with offsets, guids of random hex in
 * UUID shape (wrong version/variant digits, some upper case), and events without a room (day
 * trip, cheese and wine party) under `<room name="">`.
 */
export function waferDebConf(seed = 19): Fixture {
  const rng = seeded(seed);
  const rooms = ['Auditório', 'Miniauditório', 'Sala de Videoconferência', ''];
  const days = ['2019-07-21', '2019-07-22', '2019-07-23'];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    '<generator name="wafer" version="0.7.7"/>',
    '<version>1.0</version>',
    '<conference>',
    '<acronym>debconf19</acronym>',
    '<title>DebConf 19</title>',
    '<start>2019-07-21</start>',
    '<end>2019-07-23</end>',
    '<days>3</days>',
    '<day_change>08:00:00</day_change>',
    '<timeslot_duration>00:15:00</timeslot_duration>',
    '<time_zone_name>America/Sao_Paulo</time_zone_name>',
    '</conference>',
  ];
  let id = 100;
  days.forEach((date, d) => {
    out.push(
      `<day date="${date}" end="${date}T23:59:00-03:00" index="${d + 1}" start="${date}T08:00:00-03:00">`,
    );
    for (const room of rooms) {
      out.push(`<room name="${esc(room)}">`);
      const count = room ? 3 : 1;
      let at = 10 * 60;
      for (let i = 0; i < count; i++) {
        id++;
        const title = room
          ? titleOf(rng, id)
          : ['Day trip', 'Cheese and Wine Party', 'Conference Dinner'][d]!;
        let guid = looseHexGuid(rng);
        if (rng.next() < 0.4) guid = guid.toUpperCase();
        const length = rng.pick([20, 45, 60]);
        const person = rng.int(0, PEOPLE.length - 1);
        out.push(
          `<event guid="${guid}" id="${id}">`,
          `<date>${date}T${hhmm(at)}:00-03:00</date>`,
          `<start>${hhmm(at)}</start>`,
          `<duration>${hhmm(length)}</duration>`,
          `<room>${esc(room)}</room>`,
          `<slug>debconf19-${id}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}</slug>`,
          `<title>${esc(title)}</title>`,
          '<subtitle/>',
          '<track/>',
          `<type>${room ? 'Talk' : 'Social event'}</type>`,
          '<language/>',
          `<abstract>${esc(htmlAbstract(rng, title))}</abstract>`,
          `<conf_url>https://debconf19.debconf.org/talks/${id}/</conf_url>`,
          '<description/>',
          '<logo/>',
          room
            ? `<persons><person id="${200 + person}">${esc(PEOPLE[person]!)}</person></persons>`
            : '<persons/>',
          '<links/>',
          '<attachments/>',
          '</event>',
        );
        at += length + 15;
      }
      out.push('</room>');
    }
    out.push('</day>');
  });
  out.push('</schedule>', '');
  return {
    name: 'debconf-wafer',
    kind: 'wafer (DebConf) XML: non-RFC hex guids, events without a room',
    format: 'xml',
    bytes: Buffer.from(out.join('\n'), 'utf8'),
    conference: { startDate: '2019-07-21', endDate: '2019-07-23', timeZone: 'America/Sao_Paulo' },
    warnings: ['room_missing'],
    layout: 'wafer schedule.xml',
  };
}

/* ------------------------------------------------------------------------------------------ */
/* frab XML with guids that are not UUIDs                                                      */
/* ------------------------------------------------------------------------------------------ */

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A frab-layout schedule.xml from a home-grown camp tool: guids of 32 hex digits without
 * dashes, 22-character base64-like ids and integers; one workshop held in three slots under one
 * guid; one event listed twice, identically.
 */
export function campOddGuids(seed = 7): Fixture {
  const rng = seeded(seed);
  const rooms = ['Zelt Ost', 'Zelt West', 'Lötecke'];
  const days = ['2025-08-14', '2025-08-15'];
  const out: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<schedule>',
    '  <version>Hummel 0.9</version>',
    '  <conference>',
    '    <acronym>wiesencamp25</acronym>',
    '    <title>Wiesencamp 2025</title>',
    '    <start>2025-08-14</start>',
    '    <end>2025-08-15</end>',
    '    <days>2</days>',
    '    <timeslot_duration>00:15</timeslot_duration>',
    '    <time_zone_name>Europe/Vienna</time_zone_name>',
    '  </conference>',
  ];
  let n = 0;
  const workshopGuid = rng.hex(32);
  const event = (guid: string, date: string, at: number, room: string, title: string, length: number) => {
    const person = rng.int(0, PEOPLE.length - 1);
    return [
      `      <event guid="${guid}" id="${900 + n}">`,
      `        <date>${date}T${hhmm(at)}:00+02:00</date>`,
      `        <start>${hhmm(at)}</start>`,
      `        <duration>${hhmm(length)}</duration>`,
      `        <room>${esc(room)}</room>`,
      `        <slug>wiesencamp25-${900 + n}</slug>`,
      `        <title>${esc(title)}</title>`,
      '        <subtitle></subtitle>',
      `        <track>${room === 'Lötecke' ? 'Hardware' : 'Talks'}</track>`,
      `        <type>${room === 'Lötecke' ? 'Workshop' : 'Talk'}</type>`,
      '        <language>de</language>',
      `        <abstract>${esc(htmlAbstract(rng, title))}</abstract>`,
      '        <description></description>',
      `        <persons><person id="${40 + person}">${esc(PEOPLE[person]!)}</person></persons>`,
      '        <links></links>',
      '      </event>',
    ];
  };
  days.forEach((date, d) => {
    out.push(
      `  <day index="${d + 1}" date="${date}" start="${date}T10:00:00+02:00" end="${date}T23:00:00+02:00">`,
    );
    for (const room of rooms) {
      out.push(`    <room name="${esc(room)}">`);
      let at = 10 * 60;
      for (let i = 0; i < 4; i++) {
        n++;
        const length = rng.pick([30, 45, 60]);
        if (room === 'Lötecke' && (i === 0 || (d === 1 && i === 2))) {
          // The soldering workshop: three slots (day 1 at 10:00, day 2 at 10:00 and later), one guid.
          out.push(...event(workshopGuid, date, at, room, 'Lötkurs für Anfänger*innen', 90));
          at += 105;
          continue;
        }
        const kind = n % 3;
        const guid =
          kind === 0
            ? rng.hex(32)
            : kind === 1
              ? Array.from({ length: 22 }, () => rng.pick([...BASE64URL])).join('')
              : String(31000 + n);
        const lines = event(guid, date, at, room, titleOf(rng, n), length);
        out.push(...lines);
        if (d === 0 && room === 'Zelt Ost' && i === 1) out.push(...lines); // listed twice
        at += length + 15;
      }
      out.push('    </room>');
    }
    out.push('  </day>');
  });
  out.push('</schedule>', '');
  return {
    name: 'camp-odd-guids',
    kind: 'frab XML with 32-hex, base64-like and integer guids, one guid in three slots, one event twice',
    format: 'xml',
    bytes: Buffer.from(out.join('\n'), 'utf8'),
    conference: { startDate: '2025-08-14', endDate: '2025-08-15', timeZone: 'Europe/Vienna' },
    warnings: ['derived_identity', 'duplicate_guid'],
    layout: 'frab schedule.xml',
  };
}

/* ------------------------------------------------------------------------------------------ */
/* A merged congress file                                                                      */
/* ------------------------------------------------------------------------------------------ */

/**
 * A congress schedule merged from several sub-schedules (main halls, an assembly's stage, a
 * workshop tent): each sub-schedule numbers its people from 0, so id="0" names many people;
 * one writes persons as `<person id><name/><public_name/></person>`, another gives a `code` with
 * letters outside ASCII. The merge tool writes ASCII only: every other character is a reference
 * (&#252; &#187; &#39; &#13;&#10;), a title holds a literal "&amp;" (written &amp;amp;), abstracts
 * come as CDATA or as inline XHTML. Durations in H:MM, HH:MM, HH:MM:SS and D:HH:MM, one of zero
 * length. Links: a YouTube trailer, a channel, an earlier talk, and recordings titled as such.
 */
export function mergedCongress(seed = 39): Fixture {
  const rng = seeded(seed);
  const subs = [
    { prefix: 'main', rooms: ['Saal Zuse', 'Saal Hopper'], persons: 'text-id0' },
    { prefix: 'buehne', rooms: ['Bühne Süd'], persons: 'child-elements' },
    { prefix: 'werk', rooms: ['Werkstatt «Löten»'], persons: 'code' },
  ] as const;
  const days = ['2025-12-27', '2025-12-28'];
  const durations = ['0:45', '01:00', '00:30:00', '0:01:30', '00:40'];
  const out: string[] = [
    '<?xml version="1.0" encoding="us-ascii"?>',
    '<schedule>',
    '  <generator name="schedule-merger" version="2.1"/>',
    '  <version>merged 2025-12-20 18:00</version>',
    '  <conference>',
    '    <acronym>jev25</acronym>',
    `    <title>${escRefs('Jahresendveranstaltung 2025 – Zusammenführung')}</title>`,
    '    <start>2025-12-27</start>',
    '    <end>2025-12-28</end>',
    '    <days>2</days>',
    '    <timeslot_duration>00:05</timeslot_duration>',
    '    <day_change>04:00</day_change>',
    '    <time_zone_name>Europe/Berlin</time_zone_name>',
    '  </conference>',
  ];
  let n = 0;
  const titleSpecials = [
    (t: string) => escRefs(`${t} » revisited`),
    (t: string) => escRefs(`Don't panic: ${t}`),
    () => 'Escaping &amp;amp; in HTML: why &lt;b&gt; is not bold',
    (t: string) => escRefs(t),
  ];
  days.forEach((date, d) => {
    out.push(
      `  <day index="${d + 1}" date="${date}" start="${date}T10:00:00+01:00" end="${days[d + 1] ?? '2025-12-29'}T04:00:00+01:00">`,
    );
    for (const sub of subs) {
      for (const room of sub.rooms) {
        out.push(`    <room name="${escRefs(room)}">`);
        let at = 10 * 60 + 30;
        const count = sub.prefix === 'main' ? 7 : 6;
        for (let i = 0; i < count; i++) {
          n++;
          const guid = uuid4(rng);
          const duration = n === 5 ? '00:00' : durations[n % durations.length]!;
          const minutes =
            duration === '0:01:30'
              ? 90
              : duration === '00:30:00'
                ? 30
                : Number(duration.split(':')[0]) * 60 + Number(duration.split(':')[1]);
          // After midnight, the same congress day: the date carries the next calendar day.
          let start = at;
          if (i === count - 1 && sub.prefix === 'main') start = 24 * 60 + 30;
          const dateOf = start >= 24 * 60 ? (days[d + 1] ?? '2025-12-29') : date;
          const startText = hhmm(start % (24 * 60));
          const topic = titleOf(rng, n);
          const title = titleSpecials[n % titleSpecials.length]!(topic);
          const people = [rng.int(0, PEOPLE.length - 1), rng.int(0, PEOPLE.length - 1)].slice(
            0,
            rng.int(1, 2),
          );
          const persons = [...new Set(people)].map((p, k) => {
            const name = PEOPLE[p]!;
            if (sub.persons === 'text-id0')
              return `        <person id="${k === 0 ? 0 : p}">${escRefs(name)}</person>`;
            if (sub.persons === 'child-elements')
              return `        <person id="${p % 5}"><name>${escRefs(name.split(' ').reverse().join(', '))}</name><public_name>${escRefs(name)}</public_name></person>`;
            const code = name.split(' ')[0]!.toLowerCase();
            return `        <person id="${p % 3}" code="${escRefs(code)}">${escRefs(name)}</person>`;
          });
          const abstract =
            n % 3 === 0
              ? `<![CDATA[<p>${ascii(htmlAbstract(rng, topic))}</p>]]>`
              : n % 3 === 1
                ? `Wir zeigen <b>${escRefs(topic)}</b> &#8211; und was danach kommt.&#13;&#10;Zweite Zeile &#187; mit Umbruch.`
                : escRefs(`${topic}: “quoted”, naïve café, 50 % more.\r\nSecond line.`);
          const links: string[] = [];
          const slug = `${sub.prefix}-${n}`;
          if (n % 4 === 0)
            links.push(`<link href="https://www.youtube.com/watch?v=tr${rng.hex(9)}">Trailer</link>`);
          if (n % 5 === 0)
            links.push('<link href="https://www.youtube.com/@chaosfunk">Our YouTube channel</link>');
          if (n % 6 === 0)
            links.push(
              `<link href="https://media.ccc.de/v/36c3-${1000 + n}-${slug}">Earlier talk at 36C3</link>`,
            );
          if (n % 4 === 1)
            links.push(`<link href="https://media.ccc.de/v/jev25-${n}-${slug}">Video recording</link>`);
          if (n % 7 === 2)
            links.push(
              `<link href="https://www.youtube.com/watch?v=rc${rng.hex(9)}">Recording on YouTube</link>`,
            );
          if (n % 9 === 3) links.push(`<link href="https://codeberg.org/jev/${slug}">Code</link>`);
          out.push(
            `      <event guid="${guid}" id="${n % 10}">`,
            `        <date>${dateOf}T${startText}:00+01:00</date>`,
            `        <start>${startText}</start>`,
            `        <duration>${duration}</duration>`,
            `        <room>${escRefs(room)}</room>`,
            `        <slug>jev25-${slug}</slug>`,
            `        <title>${title}</title>`,
            '        <subtitle/>',
            `        <track>${escRefs(['Ethik, Gesellschaft & Politik', 'Hardware & Making', 'Kunst & Kultur'][n % 3]!)}</track>`,
            `        <type>${sub.prefix === 'werk' ? 'Workshop' : 'Talk'}</type>`,
            '        <language>de</language>',
            `        <abstract>${abstract}</abstract>`,
            `        <description>${n % 2 === 0 ? escRefs('Mehr Details folgen.\r\nBis dahin: Grüße!') : ''}</description>`,
            '        <persons>',
            ...persons,
            '        </persons>',
            `        <links>${links.join('')}</links>`,
            '      </event>',
          );
          at += Math.max(minutes, 20) + 15;
        }
        out.push('    </room>');
      }
    }
    out.push('  </day>');
  });
  out.push('</schedule>', '');
  return {
    name: 'congress-merged',
    kind: 'merged congress XML: reused person ids, person markup, character references, CDATA, odd durations, links',
    format: 'xml',
    bytes: Buffer.from(out.join('\n'), 'ascii'),
    conference: { startDate: '2025-12-27', endDate: '2025-12-29', timeZone: 'Europe/Berlin' },
    warnings: ['person_id_reused', 'zero_length', 'links_left_out'],
    layout: 'frab schedule.xml',
  };
}

/* ------------------------------------------------------------------------------------------ */
/* frab / c3voc schedule.json                                                                  */
/* ------------------------------------------------------------------------------------------ */

/**
 * A c3voc-flavoured frab schedule.json: `recording` objects with the release URL, a `video`
 * field, links with a YouTube trailer and a channel, and a day's events filed under the room
 * "" (no room given).
 */
export function c3vocJson(seed = 11): Fixture {
  const rng = seeded(seed);
  const days = ['2025-05-30', '2025-05-31'];
  const roomNames = ['Großer Saal', 'Kleiner Saal', ''];
  let n = 0;
  const dayList = days.map((date, d) => {
    const rooms: Record<string, unknown[]> = {};
    for (const room of roomNames) {
      let at = 11 * 60;
      rooms[room] = Array.from({ length: room ? 4 : 1 }, () => {
        n++;
        const length = rng.pick([30, 45, 60]);
        const title = room ? titleOf(rng, n) : 'Gemeinsames Frühstück';
        const slug = `gpn23-${300 + n}-${title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/-$/, '')}`;
        const person = rng.int(0, PEOPLE.length - 1);
        const links: { url: string; title: string; type?: string }[] = [];
        if (n % 3 === 0)
          links.push({
            url: `https://www.youtube.com/watch?v=t${rng.hex(10)}`,
            title: 'Trailer',
            type: 'media',
          });
        if (n % 4 === 0)
          links.push({ url: 'https://www.youtube.com/c/entropia', title: 'Channel', type: 'web' });
        if (n % 5 === 0)
          links.push({ url: `https://entropia.de/GPN23:${slug}`, title: 'Wiki page', type: 'web' });
        const event: Record<string, unknown> = {
          guid: uuid4(rng),
          id: 300 + n,
          code: undefined,
          logo: null,
          date: `${date}T${hhmm(at)}:00+02:00`,
          start: hhmm(at),
          duration: hhmm(length),
          room,
          slug,
          url: `https://cfp.gulas.ch/gpn23/talk/${300 + n}/`,
          title,
          subtitle: '',
          track: room ? ['Technik', 'Gesellschaft'][n % 2] : null,
          type: 'Talk',
          language: 'de',
          abstract: htmlAbstract(rng, title),
          description: n % 2 ? `Mehr dazu:\r\n${title}` : '',
          recording: { license: 'CC BY 4.0', optout: n % 7 === 0 },
          persons: room ? [{ id: 500 + person, code: `P${500 + person}`, public_name: PEOPLE[person] }] : [],
          links,
          attachments: [],
        };
        if (n % 3 === 1 && room)
          (event.recording as Record<string, unknown>).url = `https://media.ccc.de/v/${slug}`;
        if (n === 2) event.video = `https://www.youtube.com/watch?v=v${rng.hex(10)}`;
        at += length + 15;
        return event;
      });
    }
    return {
      index: d + 1,
      date,
      day_start: `${date}T10:00:00+02:00`,
      day_end: `${date}T23:59:00+02:00`,
      rooms,
    };
  });
  const data = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'voc/schedule', version: '0.9' },
    schedule: {
      url: 'https://entropia.de/GPN23/schedule.json',
      version: '1.3',
      base_url: 'https://cfp.gulas.ch/gpn23/',
      conference: {
        acronym: 'gpn23',
        title: 'Gulaschprogrammiernacht 23',
        start: '2025-05-30T10:00:00+02:00',
        end: '2025-05-31T23:59:00+02:00',
        daysCount: 2,
        timeslot_duration: '00:15',
        time_zone_name: 'Europe/Berlin',
        rooms: roomNames.filter(Boolean).map((name) => ({ name, guid: uuid4(rng) })),
        tracks: [
          { name: 'Technik', color: '#3b82f6' },
          { name: 'Gesellschaft', color: '#ef4444' },
        ],
        days: dayList,
      },
    },
  };
  return {
    name: 'gpn-c3voc-json',
    kind: 'frab/c3voc schedule.json: recording and video fields, trailer and channel links, a room ""',
    format: 'json',
    bytes: Buffer.from(JSON.stringify(data, null, 1), 'utf8'),
    conference: { startDate: '2025-05-30', endDate: '2025-05-31', timeZone: 'Europe/Berlin' },
    warnings: ['room_missing', 'links_left_out'],
    layout: 'frab schedule.json',
  };
}

/**
 * The c3voc "schedule2" layout: a flat events list, rooms referenced by guid, tracks by slug,
 * abstracts as language maps, participants, typed links (service MEDIACCCDE for the recording),
 * and one cancelled event.
 */
export function schedule2Json(seed = 38): Fixture {
  const rng = seeded(seed);
  const rooms = [
    { name: 'Saal 1', guid: uuid4(rng), slug: 'saal-1' },
    { name: 'Saal Ü', guid: uuid4(rng), slug: 'saal-ue' },
    { name: 'Stage Ä', guid: uuid4(rng), slug: 'stage-ae' },
  ];
  const tracks = [
    { name: 'Science', slug: 'science', color: '#7c3aed' },
    { name: 'Art & Beauty', slug: 'art-beauty', color: '#16a34a' },
  ];
  const events: Record<string, unknown>[] = [];
  let n = 0;
  for (const date of ['2025-07-04', '2025-07-05']) {
    for (const room of rooms) {
      let at = 12 * 60;
      for (let i = 0; i < 4; i++) {
        n++;
        const length = rng.pick([25, 40, 55]);
        const title = titleOf(rng, n + 40);
        const start = `${date}T${hhmm(at)}:00+02:00`;
        const endMin = at + length;
        const end = `${date}T${hhmm(endMin)}:00+02:00`;
        const slug = `mch25-${700 + n}-${title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/-$/, '')}`;
        const language = n % 2 ? 'en' : 'de';
        const p = rng.int(0, PEOPLE.length - 1);
        const links: Record<string, unknown>[] = [];
        if (n % 3 === 0)
          links.push({
            type: 'MEDIA',
            url: `https://media.ccc.de/v/${slug}`,
            title: 'Aufzeichnung',
            service: 'MEDIACCCDE',
          });
        if (n % 4 === 0)
          links.push({
            type: 'RELATED',
            url: `https://www.youtube.com/watch?v=p${rng.hex(10)}`,
            title: 'Teaser',
          });
        if (n % 5 === 0)
          links.push({ type: 'SLIDES', url: `https://cdn.example.org/${slug}.pdf`, title: 'Slides' });
        events.push({
          guid: uuid4(rng),
          code: `M${String(700 + n)}X`,
          start,
          end,
          room: n % 2 ? { guid: room.guid } : { guid: room.guid, name: room.name },
          slug,
          url: `https://program.mch2025.nl/talk/M${700 + n}X/`,
          title,
          subtitle: null,
          track: { slug: tracks[n % 2]!.slug },
          type: n % 6 === 0 ? 'WORKSHOP' : 'TALK',
          language,
          abstract:
            n % 2 ? { en: htmlAbstract(rng, title), de: 'Deutsche Fassung' } : htmlAbstract(rng, title),
          description: null,
          participants: [{ name: PEOPLE[p], guid: personGuid(p), role: 'SPEAKER' }],
          links,
          state: n === 7 ? 'CANCELED' : 'CONFIRMED',
        });
        at += length + 20;
      }
    }
  }
  const data = {
    $schema: 'https://c3voc.de/schedule2/schema.json',
    generator: { name: 'schedule2-export', version: '0.3' },
    schedule: {
      version: 'v2025-06-30',
      conference: {
        acronym: 'mch2025',
        title: 'May Contain Hackers 2025',
        start: '2025-07-04T10:00:00+02:00',
        end: '2025-07-05T23:00:00+02:00',
        time_zone_name: 'Europe/Amsterdam',
        rooms,
        tracks,
        days: [
          {
            index: 0,
            date: '2025-07-04',
            start: '2025-07-04T10:00:00+02:00',
            end: '2025-07-05T03:00:00+02:00',
          },
          {
            index: 1,
            date: '2025-07-05',
            start: '2025-07-05T10:00:00+02:00',
            end: '2025-07-06T03:00:00+02:00',
          },
        ],
      },
      events,
    },
  };
  return {
    name: 'mch-schedule2',
    kind: 'c3voc schedule2 JSON: flat events, room and track references, MEDIACCCDE links, a cancelled event',
    format: 'json',
    bytes: Buffer.from(JSON.stringify(data, null, 2), 'utf8'),
    conference: { startDate: '2025-07-04', endDate: '2025-07-05', timeZone: 'Europe/Amsterdam' },
    warnings: ['session_cancelled_in_file'],
    layout: 'c3voc schedule2 JSON',
  };
}

/* ------------------------------------------------------------------------------------------ */
/* iCalendar feeds                                                                             */
/* ------------------------------------------------------------------------------------------ */

const icsText = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
const icsParam = (s: string) => (/[;:,]/.test(s) ? `"${s}"` : s);

/**
 * Folds a content line at 75 OCTETS, as RFC 5545 says and some writers do without looking at
 * character boundaries: a fold may split a multi-byte UTF-8 character.
 */
export function foldOctets(line: string, eol: Buffer): Buffer {
  const bytes = Buffer.from(line, 'utf8');
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length;) {
    const size = i === 0 ? 75 : 74;
    parts.push(bytes.subarray(i, i + size));
    i += size;
  }
  const out: Buffer[] = [];
  parts.forEach((p, k) => out.push(k === 0 ? p : Buffer.concat([Buffer.from(' '), p]), eol));
  return Buffer.concat(out);
}

const icsBytes = (lines: string[], eol: string) =>
  Buffer.concat(lines.map((l) => foldOctets(l, Buffer.from(eol, 'latin1'))));

const icsStamp = (date: string, minutes: number) =>
  `${date.replaceAll('-', '')}T${hhmm(minutes).replace(':', '')}00`;

/**
 * A pretalx-style feed: VERSION, PRODID, a VTIMEZONE block for Europe/Berlin, TZID on every
 * time, speakers as ATTENDEE common names, CATEGORIES, LOCATION and long DESCRIPTIONs folded at
 * 75 octets straight through multi-byte characters (the file is valid UTF-8 only once unfolded).
 */
export function pretalxIcs(seed = 5): Fixture {
  const rng = seeded(seed);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//pretalx//pretalx.mrmcd.net//mrmcd25//EN',
    'X-WR-CALNAME:MRMCD 2025',
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Berlin',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  let n = 0;
  for (const date of ['2025-09-05', '2025-09-06']) {
    for (const room of ['Hörsaal C205', 'Seminarraum Ö3']) {
      let at = 10 * 60;
      for (let i = 0; i < 5; i++) {
        n++;
        const length = rng.pick([30, 45, 60]);
        const title = `${titleOf(rng, n + 3)} – ${PEOPLE[(n * 7) % PEOPLE.length]!.split(' ')[0]}s Sicht`;
        const speakers = [...new Set([rng.int(0, PEOPLE.length - 1), rng.int(0, PEOPLE.length - 1)])].slice(
          0,
          rng.int(1, 2),
        );
        const code = `MR${String.fromCharCode(65 + (n % 26))}${100 + n}`;
        lines.push(
          'BEGIN:VEVENT',
          `UID:mrmcd25-${code}@pretalx.mrmcd.net`,
          'DTSTAMP:20250801T120000Z',
          `DTSTART;TZID=Europe/Berlin:${icsStamp(date, at)}`,
          `DTEND;TZID=Europe/Berlin:${icsStamp(date, at + length)}`,
          `SUMMARY:${icsText(title)}`,
          `DESCRIPTION:${icsText(`Grüße aus Darmstadt – “${title}”. Ünïcödé überall: 李雷 und Αλέξανδρος, Zoë & Ðorđe.\nZweite Zeile; mit Komma, und Semikolon.`)}`,
          `LOCATION:${icsText(room)}`,
          `CATEGORIES:${icsText(n % 2 ? 'Security' : 'Gesellschaft, Politik')}`,
          `URL:https://pretalx.mrmcd.net/mrmcd25/talk/${code}/`,
          ...speakers.map(
            (p) => `ATTENDEE;ROLE=REQ-PARTICIPANT;CN=${icsParam(PEOPLE[p]!)}:mailto:speaker${p}@example.org`,
          ),
          'END:VEVENT',
        );
        at += length + 15;
      }
    }
  }
  lines.push('END:VCALENDAR');
  return {
    name: 'mrmcd-pretalx-ics',
    kind: 'pretalx iCalendar: VTIMEZONE, ATTENDEE speakers, 75-octet folds through UTF-8 characters',
    format: 'ics',
    bytes: icsBytes(lines, '\r\n'),
    conference: { startDate: '2025-09-05', endDate: '2025-09-06', timeZone: 'Europe/Berlin' },
    warnings: ['derived_identity'],
    layout: 'iCalendar feed',
  };
}

/**
 * A Sched-style feed: no VERSION or PRODID, CR CR LF line ends, TZID=US/Eastern with no
 * VTIMEZONE block, one UID on most events, some events with DURATION instead of DTEND and two
 * with neither, speakers as ORGANIZER common names.
 */
export function schedIcs(seed = 3): Fixture {
  const rng = seeded(seed);
  const lines = ['BEGIN:VCALENDAR', 'X-WR-CALNAME:PyGotham 2025', 'METHOD:PUBLISH', 'CALSCALE:GREGORIAN'];
  let n = 0;
  for (const date of ['2025-10-03', '2025-10-04']) {
    for (const room of ['Room 101', 'Room 102 – Ballroom']) {
      let at = 9 * 60 + 30;
      for (let i = 0; i < 5; i++) {
        n++;
        const length = rng.pick([25, 30, 45]);
        const p = rng.int(0, PEOPLE.length - 1);
        const end =
          n % 7 === 3
            ? [] // neither DTEND nor DURATION
            : n % 3 === 0
              ? [`DURATION:PT${length}M`]
              : [`DTEND;TZID=US/Eastern:${icsStamp(date, at + length)}`];
        lines.push(
          'BEGIN:VEVENT',
          `UID:${n % 4 === 0 ? `pygotham2025-${n}@sched.com` : 'pygotham2025@sched.com'}`,
          'DTSTAMP:20250901T000000Z',
          `DTSTART;TZID=US/Eastern:${icsStamp(date, at)}`,
          ...end,
          `SUMMARY:${icsText(`${titleOf(rng, n + 9)} (with Python)`)}`,
          `DESCRIPTION:${icsText(`A talk by ${PEOPLE[p]}.\n\nBring a laptop; we'll code, test & ship.`)}`,
          `LOCATION:${icsText(room)}`,
          `CATEGORIES:${n % 2 ? 'Talks' : 'Tutorials'}`,
          `ORGANIZER;CN=${icsParam(PEOPLE[p]!)}:mailto:noreply@sched.com`,
          'END:VEVENT',
        );
        at += length + 10;
      }
    }
  }
  lines.push('END:VCALENDAR');
  return {
    name: 'pygotham-sched-ics',
    kind: 'Sched iCalendar: no VERSION/PRODID, CR CR LF, US/Eastern without VTIMEZONE, one UID, no DTEND',
    format: 'ics',
    bytes: icsBytes(lines, '\r\r\n'),
    conference: { startDate: '2025-10-03', endDate: '2025-10-04', timeZone: 'America/New_York' },
    warnings: ['duplicate_guid', 'default_duration', 'derived_identity'],
    layout: 'iCalendar feed',
  };
}

/**
 * An Indico-style feed: a VTIMEZONE block whose offsets disagree with its IANA TZID (Europe/Zurich
 * written as +0000 all year: the IANA name wins), some times in UTC, some floating (no zone:
 * the edition's), speakers as ATTENDEE common names, and no CATEGORIES.
 */
export function indicoIcs(seed = 9): Fixture {
  const rng = seeded(seed);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CERN//INDICO//EN',
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Zurich',
    'BEGIN:STANDARD',
    'DTSTART:16010101T000000',
    'TZOFFSETFROM:+0000',
    'TZOFFSETTO:+0000',
    'TZNAME:WRONG',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  let n = 0;
  for (const date of ['2025-06-12', '2025-06-13']) {
    let at = 9 * 60;
    for (let i = 0; i < 6; i++) {
      n++;
      const length = rng.pick([20, 30, 40]);
      const mode = n % 3;
      const start =
        mode === 0
          ? `DTSTART:${icsStamp(date, at - 120)}Z` // 09:00 in Zurich (CEST) is 07:00 UTC
          : mode === 1
            ? `DTSTART;TZID=Europe/Zurich:${icsStamp(date, at)}`
            : `DTSTART:${icsStamp(date, at)}`; // floating
      const end =
        mode === 0
          ? `DTEND:${icsStamp(date, at - 120 + length)}Z`
          : mode === 1
            ? `DTEND;TZID=Europe/Zurich:${icsStamp(date, at + length)}`
            : `DTEND:${icsStamp(date, at + length)}`;
      const speakers = [...new Set([rng.int(0, PEOPLE.length - 1), rng.int(0, PEOPLE.length - 1)])];
      lines.push(
        'BEGIN:VEVENT',
        `UID:indico-contribution-${4400 + n}@indico.cern.ch`,
        'DTSTAMP:20250501T080000Z',
        start,
        end,
        `SUMMARY:${icsText(titleOf(rng, n + 1))}`,
        `DESCRIPTION:${icsText(`Speakers: ${speakers.map((p) => PEOPLE[p]).join(', ')}\n\nhttps://indico.cern.ch/event/1234/contributions/${4400 + n}/`)}`,
        `LOCATION:${icsText(n % 2 ? 'CERN Main Auditorium (500/1-001)' : '')}`,
        `URL:https://indico.cern.ch/event/1234/contributions/${4400 + n}/`,
        ...speakers.map((p) => `ATTENDEE;CN=${icsParam(PEOPLE[p]!)};ROLE=CHAIR:mailto:p${p}@cern.ch`),
        'END:VEVENT',
      );
      at += length + 10;
    }
  }
  lines.push('END:VCALENDAR');
  return {
    name: 'indico-ics',
    kind: 'Indico iCalendar: a VTIMEZONE that disagrees with its IANA TZID, UTC and floating times',
    format: 'ics',
    bytes: icsBytes(lines, '\r\n'),
    conference: { startDate: '2025-06-12', endDate: '2025-06-13', timeZone: 'Europe/Zurich' },
    warnings: ['time_zone_assumed', 'room_missing'],
    layout: 'iCalendar feed',
  };
}

/** Every schedule fixture that must import whole. */
export const importableFixtures = (): Fixture[] => [
  pentabarfFosdem(),
  waferDebConf(),
  campOddGuids(),
  mergedCongress(),
  c3vocJson(),
  schedule2Json(),
  pretalxIcs(),
  schedIcs(),
  indicoIcs(),
];

/* ------------------------------------------------------------------------------------------ */
/* Files that are no importable schedule                                                       */
/* ------------------------------------------------------------------------------------------ */

/** The first n events of the Pentabarf file, the rest cut away, for the mass-cancel check. */
export function pentabarfWithFewerEvents(keep: number): Buffer {
  const xml = pentabarfFosdem().bytes.toString('utf8');
  let seen = 0;
  const kept = xml.replace(/\s*<event id="\d+">[\s\S]*?<\/event>/g, (event) => (++seen <= keep ? event : ''));
  return Buffer.from(kept, 'utf8');
}

export interface Refusal {
  name: string;
  bytes: Buffer;
  format?: 'xml' | 'json' | 'ics';
  status: number;
  code: string;
  /** A phrase the problem's detail must contain. */
  says: RegExp;
}

export function refusals(): Refusal[] {
  const pentabarf = pentabarfFosdem().bytes.toString('utf8');
  const cut = pentabarf.slice(0, Math.floor(pentabarf.length * 0.6));
  const cutLines = cut.split('\n').length;
  const noEvents = pentabarf.replace(/\s*<event id="\d+">[\s\S]*?<\/event>/g, '');
  return [
    { name: 'an empty file', bytes: Buffer.alloc(0), status: 400, code: 'import_unreadable', says: /empty/i },
    {
      name: 'a schedule.xml with days and rooms but no events',
      bytes: Buffer.from(noEvents, 'utf8'),
      status: 422,
      code: 'import_empty',
      says: /no sessions/i,
    },
    {
      name: 'a schedule2 JSON with no events',
      bytes: Buffer.from(
        JSON.stringify({
          schedule: { version: '1', conference: { acronym: 'x', title: 'X', days: [] }, events: [] },
        }),
      ),
      status: 422,
      code: 'import_empty',
      says: /no sessions/i,
    },
    {
      name: 'an iCalendar feed with no VEVENT',
      bytes: Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nEND:VCALENDAR\r\n'),
      status: 422,
      code: 'import_empty',
      says: /no sessions/i,
    },
    {
      name: 'an RSS feed',
      bytes: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>FOSDEM news</title><item><title>Schedule published</title><link>https://fosdem.org/2025/news/</link></item></channel></rss>\n',
      ),
      status: 400,
      code: 'import_unreadable',
      says: /RSS feed/,
    },
    {
      name: 'an HTML page',
      bytes: Buffer.from(
        '<!DOCTYPE html>\n<html lang="en"><head><title>Schedule – FOSDEM 2025</title></head><body><h1>Schedule</h1><a href="schedule.xml">XML</a></body></html>\n',
      ),
      status: 400,
      code: 'import_unreadable',
      says: /web page/,
    },
    {
      name: 'a truncated schedule.xml',
      bytes: Buffer.from(cut, 'utf8'),
      status: 400,
      code: 'import_unreadable',
      says: new RegExp(`ends at line ${cutLines}\\b`),
    },
  ];
}
