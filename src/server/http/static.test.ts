import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROBLEM_CONTENT_TYPE } from '@shared/contract';
import { spaRoutes } from './static';

const root = mkdtempSync(join(tmpdir(), 'lanyard-static-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Lanyard</title>');
writeFileSync(join(root, 'assets', 'app-abc123.js'), 'console.log(1)');
writeFileSync(join(root, 'robots.txt'), 'User-agent: *');
const app = spaRoutes(root);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('static serving', () => {
  it('caches a hashed asset for a year', async () => {
    const res = await app.request('/assets/app-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each(['GET', 'HEAD'])(
    'answers %s for a missing hashed asset with 404, never the app page',
    async (method) => {
      const res = await app.request('/assets/app-old999.js', { method });
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
    },
  );

  it('answers client-side routes with the app page, revalidated', async () => {
    const res = await app.request('/schedule/2025-10-16');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Lanyard</title>');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it.each([
    ['PUT', '/'],
    ['POST', '/schedule'],
    ['DELETE', '/assets/app-abc123.js'],
    ['PROPFIND', '/robots.txt'],
    ['OPTIONS', '/index.html'],
  ])('answers %s %s with 405 and Allow', async (method, path) => {
    const res = await app.request(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(res.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
  });

  it('keeps build metadata private', async () => {
    expect((await app.request('/.vite/manifest.json')).status).toBe(404);
  });
});
