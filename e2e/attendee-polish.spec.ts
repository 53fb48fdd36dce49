import { type ConsoleMessage, type Page } from '@playwright/test';
import { CONFERENCE, expect, test } from './fixtures';

// The attendee defects of #15 that are about what a phone shows: a clean console when nobody is
// logged in, the videos page, the schedule's sticky time label, and the desktop grid. The server
// is pinned to Thursday 16 October 2025, 10:30 in Strasbourg (playwright.config.ts).
const NOW = Date.parse('2025-10-16T10:30:00+02:00');
const THURSDAY = `/${CONFERENCE}?day=2025-10-16`;
const VIDEOS = `/${CONFERENCE}/videos`;
/** The first paint of a page on a loaded 2-core machine running several browsers. */
const FIRST_PAINT = { timeout: 15_000 };

/** Every console error or warning and every uncaught error the page produces from now on. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}

interface WireSession {
  code: string;
  title: string;
  endsAt: string;
  recordingOptOut: boolean;
  links: { youtube: string | null; mediaCccDe: string | null; video?: string | null };
}

async function recordings(page: Page) {
  const res = await page.request.get(`/api/conferences/${CONFERENCE}/sessions`);
  const { sessions } = (await res.json()) as { sessions: WireSession[] };
  const recorded = sessions.filter(
    (s) => !s.recordingOptOut && (s.links.youtube || s.links.mediaCccDe || s.links.video),
  );
  return {
    ended: recorded.filter((s) => Date.parse(s.endsAt) <= NOW),
    upcoming: recorded.filter((s) => Date.parse(s.endsAt) > NOW),
  };
}

test.describe('a logged-out visit', () => {
  test('loads /, a session and the videos without a console error or warning', async ({ page }) => {
    const problems = watchConsole(page);
    const session = page.waitForResponse((r) => r.url().endsWith('/api/auth/session'));
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible(FIRST_PAINT);
    // The app still asks who is logged in, and "nobody" is an answer, not a failure.
    const answer = await session;
    expect(answer.status()).toBe(200);
    expect(await answer.json()).toEqual({ user: null });

    await page.goto(`/${CONFERENCE}/sessions/XTTQ3R`);
    await expect(
      page.getByRole('heading', { level: 1, name: /From Healthcare to Governments/ }),
    ).toBeVisible();
    await page.goto(VIDEOS);
    await expect(page.getByRole('heading', { level: 1, name: 'Videos' })).toBeVisible();
    // Late arrivals: the deferred prefetch for offline use and the live stream.
    await page.waitForTimeout(2500);
    expect(problems).toEqual([]);
  });
});

test.describe('videos on a phone', () => {
  test('search and Filters share one row and the first recording is on the first screen', async ({
    page,
  }) => {
    await page.goto(VIDEOS);
    const search = page.getByRole('searchbox', { name: 'Search recordings' });
    await expect(search).toBeVisible(FIRST_PAINT);
    const filters = page.getByRole('button', { name: 'Filters' });
    const [s, f] = [(await search.boundingBox())!, (await filters.boundingBox())!];
    expect(Math.abs(s.y - f.y)).toBeLessThan(2);
    expect(f.x).toBeGreaterThan(s.x + s.width);
    expect(f.height).toBeGreaterThanOrEqual(44);
    expect(f.width).toBeGreaterThanOrEqual(44);
    const first = page.locator('main li h2').first();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(844 - 72); // above the bottom navigation

    // Filters open below the row and say how many are on.
    await filters.click();
    const track = page.getByRole('combobox', { name: 'Tracks' });
    await track.selectOption('keynote');
    await expect(page.getByRole('button', { name: 'Filters (1 on)' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    for (const control of [page.getByRole('combobox', { name: 'Day' }), track]) {
      expect((await control.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
  });

  test('lists each ended recording once, with its title once, and nothing still to come', async ({
    page,
  }) => {
    const { ended, upcoming } = await recordings(page);
    expect(ended.length).toBeGreaterThan(0);
    expect(upcoming.length).toBeGreaterThan(0);
    await page.goto(VIDEOS);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible(FIRST_PAINT);
    await expect(page.getByText(`${ended.length} recording${ended.length === 1 ? '' : 's'}`)).toBeVisible();
    const cards = page.locator('main ul > li:has(h2)');
    await expect(cards).toHaveCount(ended.length);
    for (const s of ended) {
      const card = cards.filter({ has: page.getByRole('heading', { level: 2, name: s.title }) });
      const text = await card.innerText();
      expect(text.split(s.title).length - 1, s.title).toBe(1);
    }
    for (const s of upcoming) await expect(page.getByRole('heading', { name: s.title })).toHaveCount(0);
  });

  for (const [locale, credit] of [
    ['en', 'Video sponsored by Element.'],
    ['de', 'Video gesponsert von Element.'],
    ['fr', 'Vidéo sponsorisée par Element.'],
  ] as const) {
    test(`says the credit with agreement and shows the whole conference name (${locale})`, async ({
      page,
    }) => {
      await page.goto(VIDEOS);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible(FIRST_PAINT);
      await page.locator('header select').selectOption(locale);
      await expect(page.getByText(credit)).toBeVisible();
      const name = page.locator('header a span', { hasText: 'The Matrix Conference 2025' });
      await expect(name).toHaveText('The Matrix Conference 2025');
      const fits = await name.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const bar = el.closest('header')!.getBoundingClientRect();
        return el.scrollWidth <= el.clientWidth + 1 && box.top >= bar.top && box.bottom <= bar.bottom;
      });
      expect(fits).toBe(true);
    });
  }
});

test.describe('the schedule list on a phone', () => {
  test('the sticky time label is opaque and nothing is drawn over it while cards scroll under', async ({
    page,
  }) => {
    await page.goto(THURSDAY);
    await expect(page.getByRole('heading', { name: /From Healthcare to Governments/ })).toBeVisible(
      FIRST_PAINT,
    );
    // Scroll each card of the 11:20 slot halfway under its stuck label, and look at the label.
    const report = await page.evaluate(() => {
      const label = Array.from(document.querySelectorAll<HTMLElement>('[data-slot-label]')).find(
        (l) => l.textContent === '11:20',
      )!;
      const cards = Array.from(label.parentElement!.querySelectorAll<HTMLElement>('article'));
      return cards.map((card) => {
        const top = card.getBoundingClientRect().top + window.scrollY;
        window.scrollTo({ top: top - 56 - 12, behavior: 'instant' });
        const box = label.getBoundingClientRect();
        const covered: string[] = [];
        for (let x = box.left + 4; x < box.right - 4; x += 16) {
          for (const y of [box.top + 2, box.top + box.height / 2, box.bottom - 2]) {
            const hit = document.elementFromPoint(x, y);
            if (!hit?.closest('[data-slot-label]')) covered.push(`${hit?.tagName} at ${x},${y}`);
          }
        }
        const under = card.getBoundingClientRect().top < box.bottom;
        return {
          stuck: Math.round(box.top),
          under,
          covered,
          background: getComputedStyle(label).backgroundColor,
        };
      });
    });
    expect(report.length).toBeGreaterThan(1);
    for (const card of report) {
      expect(card.stuck).toBe(56); // right under the header
      expect(card.under).toBe(true);
      expect(card.covered).toEqual([]);
      // Opaque (the old label was 95 % opaque, "lab(… / 0.95)"): nothing shows through.
      expect(card.background).not.toMatch(/\/\s*0?\.\d|rgba|transparent/);
    }
  });
});

test.describe('the grid on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test('room names stick under the header and the now line is over the cards, letting clicks through', async ({
    page,
  }) => {
    await page.goto(THURSDAY);
    const grid = page.getByTestId('schedule-grid');
    await expect(grid).toBeVisible(FIRST_PAINT);
    const header = grid.locator('[data-room-header]').first();
    await expect(header).toHaveText('Ada Byron');

    // The now line at 10:30 runs through "The Matrix.org Foundation Updates" (10:10–10:35).
    const line = grid.locator('[data-now-line]');
    await line.scrollIntoViewIfNeeded();
    const card = grid.locator('article', { hasText: 'The Matrix.org Foundation Updates' });
    const lineBox = (await line.boundingBox())!;
    const cardBox = (await card.boundingBox())!;
    const x = cardBox.x + cardBox.width / 2;
    const y = lineBox.y + 1;
    expect(y).toBeGreaterThan(cardBox.y);
    expect(y).toBeLessThan(cardBox.y + cardBox.height);
    const hit = await page.evaluate(
      ({ x, y }) => {
        const el = document.querySelector<HTMLElement>('[data-now-line]')!;
        const through = document.elementFromPoint(x, y)?.closest('article')?.textContent ?? null;
        el.style.pointerEvents = 'auto'; // hit-testing skips it otherwise: ask what is on top
        const top = document.elementFromPoint(x, y)?.hasAttribute('data-now-line') ?? false;
        el.style.pointerEvents = '';
        return { top, through };
      },
      { x, y },
    );
    expect(hit.top).toBe(true);
    expect(hit.through).toContain('The Matrix.org Foundation Updates');

    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(300);
    const stuck = (await header.boundingBox())!;
    expect(Math.abs(stuck.y - 64)).toBeLessThan(2); // right under the 64 px app header
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
  });

  test('short talks show whole lines: the title clamps with an ellipsis and keeps its full text', async ({
    page,
  }) => {
    await page.goto(THURSDAY);
    const grid = page.getByTestId('schedule-grid');
    await expect(grid.locator('article').first()).toBeVisible(FIRST_PAINT);
    const report = await grid.evaluate((root) =>
      Array.from(root.querySelectorAll('article')).flatMap((article) => {
        const box = article.getBoundingClientRect();
        const column = article.firstElementChild as HTMLElement;
        const bottom = box.bottom - 4; // padding
        const right = column.getBoundingClientRect().right;
        const link = article.querySelector('h4 a')!;
        const problems: string[] = [];
        if (link.getAttribute('title') !== link.textContent) problems.push('no full title');
        for (const line of Array.from(column.children)) {
          const r = line.getBoundingClientRect();
          if (r.left >= right) continue; // wrapped out of sight, whole
          if (r.bottom > bottom + 0.5) problems.push(`${line.tagName} cut at ${r.bottom - bottom}px`);
        }
        return problems.map((p) => `${link.textContent}: ${p}`);
      }),
    );
    expect(report).toEqual([]);
    // At least one title really is clamped, so the check above has something to check.
    const clamped = await grid
      .locator('article h4')
      .evaluateAll((hs) => hs.filter((h) => h.scrollHeight > h.clientHeight + 1).length);
    expect(clamped).toBeGreaterThan(0);
  });
});
