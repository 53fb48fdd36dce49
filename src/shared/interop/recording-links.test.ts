import { describe, expect, it } from 'vitest';
import { matchMediaCccDe, matchYoutubeCsv, type LinkableSession } from './recording-links';

const sessions: LinkableSession[] = [
  { id: 's1', guid: '270fa44c-821a-577f-8ca3-33e8d4a8c2a7', code: 'HQCCYH', title: 'Opening Ceremony' },
  { id: 's2', guid: '78910469-adfa-5c79-8529-1a9d66ef9e6a', code: 'ASBXWW', title: 'BioTerrorism' },
  { id: 's3', guid: '1c8f06f9-ce0d-51bc-9bf3-0a1f71e8e484', code: '8ZPHSP', title: 'Desiring Technology' },
  { id: 's4', guid: '94af8bc5-790a-5260-9e51-923589eb1f56', code: 'JEOPAR', title: 'Lightning Talks' },
  { id: 's5', guid: '9565f2e3-e371-4122-a28c-643a166b06d4', code: 'LT2222', title: 'Lightning Talks' },
];

describe('media.ccc.de events', () => {
  it.each([
    [
      { guid: '270FA44C-821A-577F-8CA3-33E8D4A8C2A7', frontend_link: 'https://media.ccc.de/v/38c3-opening' },
      's1',
      'guid',
    ],
    [
      {
        guid: 'ffffffff-0000-4000-8000-000000000000',
        link: 'https://fahrplan.events.ccc.de/talk/ASBXWW/',
        slug: '38c3-1-bio',
      },
      's2',
      'code',
    ],
    [{ slug: '38c3-8zphsp-desiring-technology', link: null }, 's3', 'slug'],
  ])('matches %j to %s by %s', (event, id, by) => {
    const { matches, misses } = matchMediaCccDe([event], sessions);
    expect(misses).toEqual([]);
    expect(matches).toEqual([expect.objectContaining({ sessionId: id, by, link: 'mediaCccDe' })]);
  });

  it('links the frontend page, or the page of the slug', () => {
    const { matches } = matchMediaCccDe([{ slug: '38c3-8zphsp-desiring-technology' }], sessions);
    expect(matches[0]!.url).toBe('https://media.ccc.de/v/38c3-8zphsp-desiring-technology');
  });

  it('reports what did not match and why', () => {
    const { matches, misses } = matchMediaCccDe(
      [
        { guid: 'ffffffff-0000-4000-8000-000000000000', slug: '38c3-99999-unknown', title: 'Unknown' },
        42,
        { guid: sessions[0]!.guid, frontend_link: 'https://media.ccc.de/v/a' },
        { link: 'https://fahrplan.events.ccc.de/talk/HQCCYH/', frontend_link: 'https://media.ccc.de/v/b' },
      ],
      sessions,
    );
    expect(matches.map((m) => m.sessionId)).toEqual(['s1']);
    expect(misses.map((m) => m.reason)).toEqual([
      expect.stringMatching(/No session/),
      expect.stringMatching(/neither a frontend_link nor a slug/),
      expect.stringMatching(/already matched/),
    ]);
    expect(misses[0]).toMatchObject({ ref: 'ffffffff-0000-4000-8000-000000000000', title: 'Unknown' });
  });
});

describe('YouTube CSV', () => {
  it('matches by code, then by a unique title, with or without a header row', () => {
    const csv = [
      'session;youtube',
      'hqccyh;https://www.youtube.com/watch?v=one',
      '"BioTerrorism";https://youtu.be/two',
      'Lightning Talks;https://youtu.be/three',
      'Nobody;https://youtu.be/four',
      '8ZPHSP;https://vimeo.com/5',
      'ASBXWW;https://youtu.be/again',
    ].join('\n');
    const { matches, misses } = matchYoutubeCsv(csv, sessions);
    expect(matches.map((m) => [m.sessionId, m.by, m.url])).toEqual([
      ['s1', 'code', 'https://www.youtube.com/watch?v=one'],
      ['s2', 'title', 'https://youtu.be/two'],
    ]);
    expect(misses.map((m) => [m.ref, m.reason])).toEqual([
      ['line 4', expect.stringMatching(/2 sessions have this title/)],
      ['line 5', expect.stringMatching(/No session/)],
      ['line 6', expect.stringMatching(/not a YouTube URL/)],
      ['line 7', expect.stringMatching(/already matched by line 3/)],
    ]);
  });
});
