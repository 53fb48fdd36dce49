import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, chromiumFlags, machineLoad, spawnAppServer } from './app-server';
import { report } from './measure';

const CONFERENCE = 'matrix-conf-2025';
const SESSION = 'CL3HJB';

/**
 * Lighthouse 12's mobile audit (simulated slow 4G, 4x CPU) of the schedule and a session
 * page, against the built app served by the real server in its own process.
 */
export async function lighthouseScores(distDir = 'dist/client') {
  console.log(`\nLighthouse mobile (simulated slow 4G, 4x CPU; ${machineLoad()}):`);
  if (!existsSync(CHROMIUM)) {
    console.log(`  skipped: no Chromium at ${CHROMIUM}`);
    return;
  }
  const server = await spawnAppServer(distDir);
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...chromiumFlags] });
  try {
    const pages = [
      ['schedule', `${server.base}/${CONFERENCE}`],
      ['session page', `${server.base}/${CONFERENCE}/sessions/${SESSION}`],
    ] as const;
    for (const [name, url] of pages) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
      const { categories, audits } = result.lhr;
      const performance = Math.round((categories.performance?.score ?? 0) * 100);
      const accessibility = Math.round((categories.accessibility?.score ?? 0) * 100);
      report(`${name}: performance`, String(performance), { ok: performance >= 95, text: '>= 95' });
      report(`${name}: accessibility`, String(accessibility), { ok: accessibility === 100, text: '100' });
      const metrics = [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
      ];
      console.log(`    ${metrics.map((m) => `${audits[m]?.title}: ${audits[m]?.displayValue}`).join(', ')}`);
      for (const audit of Object.values(audits)) {
        const failedA11y = categories.accessibility?.auditRefs.some((r) => r.id === audit.id && r.weight > 0);
        if (failedA11y && audit.score !== null && audit.score < 1)
          console.log(`    accessibility issue: ${audit.id}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await lighthouseScores(process.argv[2]);
