import { readFileSync } from 'node:fs';
import { spawnBenchServer } from './child-server';
import { loginCookie } from './server';

/**
 * Real-world imports over HTTP against the server in its own process: a 1,400-event merged
 * congress file (sub-schedules reusing person ids, character references, CDATA) and a 2 MB
 * Pentabarf file (no guids, HTML in every abstract). Preview and apply are timed end to end, and
 * the server's resident memory is read from /proc before and at its peak.
 */

const NAMES = [
  'Zoë Ærø',
  'Jürgen Müller',
  'Ana Lúcia Souza',
  'Łukasz Wiśniewski',
  'Søren Kierkegaard',
  'Chloé Dubois',
];
const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const pad = (n: number) => String(n).padStart(2, '0');

/** 1,400 events in 7 sub-schedules that each number their people from 0, as merged congress files do. */
function mergedFile(events: number): string {
  const out = [
    '<?xml version="1.0" encoding="us-ascii"?><schedule><conference><acronym>merged</acronym>',
    '<title>Merged</title><time_zone_name>Europe/Berlin</time_zone_name></conference>',
  ];
  const perRoom = 25;
  const rooms = Math.ceil(events / perRoom / 4);
  let n = 0;
  for (let d = 0; d < 4; d++) {
    out.push(`<day index="${d + 1}" date="2025-12-${27 + d}">`);
    for (let r = 0; r < rooms && n < events; r++) {
      out.push(`<room name="Stage ${r}">`);
      for (let i = 0; i < perRoom && n < events; i++, n++) {
        const sub = n % 7;
        // Person ids run 0..49 in every sub-schedule: the same id is another person in the next one.
        const name = `${NAMES[(n % 50) % NAMES.length]} ${sub}-${n % 50}`;
        const ref = name.replace(/[^\x20-\x7e]/gu, (c) => `&#${c.codePointAt(0)};`);
        out.push(
          `<event guid="${n.toString(16).padStart(8, '0')}-0000-0000-0000-${sub.toString().padStart(12, '0')}" id="${n}">`,
          `<date>2025-12-${27 + d}T${pad(10 + Math.floor(i / 2))}:${i % 2 ? '30' : '00'}:00+01:00</date>`,
          `<start>${pad(10 + Math.floor(i / 2))}:${i % 2 ? '30' : '00'}</start><duration>00:25</duration>`,
          `<room>Stage ${r}</room><title>Talk ${n} &#187;Caf&#233;&#171;</title><type>Talk</type><language>de</language>`,
          `<abstract><![CDATA[<p>About <b>${n}</b></p>]]></abstract><description>Line one&#13;&#10;line two</description>`,
          `<persons><person id="${n % 50}">${ref}</person></persons><links/></event>`,
        );
      }
      out.push('</room>');
    }
    out.push('</day>');
  }
  out.push('</schedule>');
  return out.join('\n');
}

/** A Pentabarf file of about `bytes`: ids and slugs, no guids, no <date>, HTML in every abstract. */
function pentabarfFile(bytes: number): string {
  const abstract = esc(
    '<p>This talk looks at <em>reproducible builds</em>, <a href="https://example.org">supply chains</a> and what a distribution can promise.</p><ul><li>Why</li><li>How</li></ul>'.repeat(
      6,
    ),
  );
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?><schedule><conference><title>FOSDEM</title>',
    '<day_change>09:00:00</day_change></conference>',
  ];
  let size = 0;
  let id = 1000;
  for (let d = 0; size < bytes; d++) {
    out.push(`<day index="${d + 1}" date="2025-02-0${1 + (d % 2)}">`);
    for (let r = 0; r < 30 && size < bytes; r++) {
      out.push(`<room name="Room ${d}-${r}">`);
      for (let i = 0; i < 16 && size < bytes; i++) {
        id++;
        const event =
          `<event id="${id}"><start>${pad(9 + Math.floor(i / 2))}:${i % 2 ? '30' : '00'}</start><duration>00:25</duration>` +
          `<room>Room ${d}-${r}</room><slug>talk_${id}</slug><title>Talk ${id}</title><subtitle/><track>Track ${r % 12}</track>` +
          `<type>devroom</type><language/><abstract>${abstract}</abstract><description/>` +
          `<persons><person id="${id % 700}">${esc(NAMES[(id % 700) % NAMES.length]!)} ${id % 700}</person></persons>` +
          `<links><link href="https://video.fosdem.org/2025/talk_${id}.webm">Video recording (WebM/AV1)</link>` +
          `<link href="https://submission.fosdem.org/feedback/${id}.php">Submit feedback</link></links></event>`;
        out.push(event);
        size += event.length;
      }
      out.push('</room>');
    }
    out.push('</day>');
  }
  out.push('</schedule>');
  return out.join('\n');
}

const kb = (n: number) => Math.round(n / 1024);
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

async function importOnce(base: string, cookie: string, slug: string, file: string, days: [string, string]) {
  const headers = { cookie, origin: base };
  const created = await fetch(`${base}/api/conferences`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      slug,
      name: slug,
      timeZone: 'Europe/Berlin',
      startDate: days[0],
      endDate: days[1],
      venueName: 'Bench',
    }),
  });
  if (created.status !== 201) throw new Error(`create ${slug}: ${created.status}`);
  const started = performance.now();
  const preview = await fetch(`${base}/api/conferences/${slug}/schedule-import/preview`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await preview.json()) as { previewId: string; read: { sessions: number; speakers: number } };
  if (preview.status !== 201) throw new Error(`preview ${slug}: ${preview.status} ${JSON.stringify(body)}`);
  const previewMs = performance.now() - started;
  const apply = await fetch(
    `${base}/api/conferences/${slug}/schedule-import/${body.previewId}/apply?confirm=true`,
    {
      method: 'POST',
      headers,
    },
  );
  if (apply.status !== 200) throw new Error(`apply ${slug}: ${apply.status} ${await apply.text()}`);
  return { previewMs, totalMs: performance.now() - started, read: body.read };
}

export async function realWorldImportBench() {
  console.log('\nReal-world schedule imports over HTTP (server in its own process, SQLite):');
  const files = [
    {
      name: '1,400-event merged congress file',
      slug: 'bench-merged',
      text: mergedFile(1400),
      days: ['2025-12-27', '2025-12-30'] as [string, string],
    },
    {
      name: '2 MB Pentabarf file, HTML in every abstract',
      slug: 'bench-pentabarf',
      text: pentabarfFile(2_000_000),
      days: ['2025-02-01', '2025-02-02'] as [string, string],
    },
  ];
  for (const file of files) {
    const server = await spawnBenchServer();
    try {
      const cookie = await loginCookie(server.base, 'organizer@demo.test');
      const before = memory(server.pid);
      const { previewMs, totalMs, read } = await importOnce(
        server.base,
        cookie,
        file.slug,
        file.text,
        file.days,
      );
      const after = memory(server.pid);
      console.log(
        `  ${file.name} (${(Buffer.byteLength(file.text) / 1e6).toFixed(1)} MB, ${read.sessions} sessions, ${read.speakers} speakers):` +
          ` preview ${previewMs.toFixed(0)} ms, preview + apply ${totalMs.toFixed(0)} ms (budget 2,000 ms);` +
          ` server memory ${kb(before.rss / 1024)} MB before, peak ${kb(after.peak / 1024)} MB` +
          ` (+${kb((after.peak - before.rss) / 1024)} MB for the import; budget 200 MB)`,
      );
    } finally {
      await server.close();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await realWorldImportBench();
