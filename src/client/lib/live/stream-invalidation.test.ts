import { streamTopics } from '@shared/contract/stream';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { keysForStreamMessage, keysForTopic } from './stream-invalidation';

describe('stream topic → query keys', () => {
  it.each([
    ['sessions', [['sessions', 'conf']]],
    ['speakers', [['speakers', 'conf']]],
    ['sponsors', [['sponsors', 'conf']]],
    ['conference', [['conference', 'conf'], ['conferences']]],
    [
      'shifts',
      [
        ['shifts', 'conf'],
        ['roles', 'conf'],
      ],
    ],
    ['tickets', [['tickets', 'conf']]],
    ['arrivals', [['check-in', 'conf']]],
  ] as const)('%s invalidates %j', (topic, keys) => {
    expect(keysForTopic('conf', topic)).toEqual(keys);
  });

  it('has a mapping for every topic the contract names', () => {
    for (const topic of streamTopics) expect(keysForTopic('conf', topic).length).toBeGreaterThan(0);
  });

  it('parses the SSE data and ignores what does not match the contract', () => {
    const at = '2025-10-16T08:00:00Z';
    expect(keysForStreamMessage('conf', JSON.stringify({ topic: 'sessions', id: 'ABC', at }))).toEqual([
      ['sessions', 'conf'],
    ]);
    expect(keysForStreamMessage('conf', JSON.stringify({ topic: 'weather', at }))).toEqual([]);
    expect(keysForStreamMessage('conf', 'not json')).toEqual([]);
  });

  it('covers lists and details of the family, and nothing of other conferences', () => {
    const client = new QueryClient();
    const keys = [
      ['sessions', 'conf', 'list', { day: '2025-10-16' }],
      ['sessions', 'conf', 'detail', 'ABC'],
      ['sessions', 'other', 'list', {}],
      ['speakers', 'conf', 'list'],
    ];
    for (const key of keys) client.setQueryData(key, 1);
    const [family] = keysForTopic('conf', 'sessions');
    const hit = client
      .getQueryCache()
      .findAll({ queryKey: family })
      .map((q) => q.queryKey);
    expect(hit).toEqual([keys[0], keys[1]]);
  });
});
