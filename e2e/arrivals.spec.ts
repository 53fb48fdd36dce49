import { randomUUID } from 'node:crypto';
import { type APIRequestContext } from '@playwright/test';
import { demoEditions } from '../src/shared/demo';
import { demoTicketing } from '../src/shared/demo/tickets';
import { CONFERENCE, DEMO_PASSWORD, expect, expectNoAxeViolations, logIn, test } from './fixtures';

const flagship = demoEditions().find((e) => e.conference.slug === CONFERENCE)!;
const tickets = demoTicketing(flagship).tickets;
// This spec's own tickets (check-in.spec.ts scans 211-221, the camera spec 225).
const CANCELLED = tickets[244]!;
const ADMITTED = tickets[296]!;
const api = `/api/conferences/${CONFERENCE}`;

/** A desk scanning through the API: one admission and one refusal, so the page has both. */
async function scanAsDesk(request: APIRequestContext, secret: string) {
  const ticket = await request.get(`${api}/tickets/${secret}`);
  const { qr } = (await ticket.json()) as { qr: string };
  const res = await request.post(`${api}/scans`, {
    data: {
      qr,
      listId: `${CONFERENCE}.check-in-list.main-entrance`,
      deskId: 'e2e-arrivals',
      deskName: 'Arrivals spec desk',
      clientNonce: randomUUID(),
    },
  });
  expect(res.status()).toBe(201);
}

test('arrivals say what the figures count, name a failed scan and link to its ticket, on a time axis', async ({
  page,
  request,
}) => {
  expect(
    (
      await request.post('/api/auth/login', { data: { email: 'desk@demo.test', password: DEMO_PASSWORD } })
    ).status(),
  ).toBe(200);
  await scanAsDesk(request, ADMITTED.secret);
  await scanAsDesk(request, CANCELLED.secret);

  await logIn(page, 'organizer@demo.test');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await page.goto(`/${CONFERENCE}/organizer/arrivals`);
  await expect(page.getByRole('heading', { level: 1, name: 'Arrivals' })).toBeVisible();

  // The denominator is today's (Thursday's), as on the desk, and says what it leaves out.
  const stats = (await (await page.request.get(`${api}/check-in/stats?day=2025-10-16`)).json()) as {
    conference: { expected: number };
  };
  const denominator = page.getByTestId('arrivals-denominator');
  await expect(denominator).toContainText(`Out of ${stats.conference.expected} tickets valid on Thu 16 Oct.`);
  await expect(denominator).toContainText(/Not counted: \d+ for other days, \d+ cancelled and \d+ blocked\./);

  // The failed scan names the holder and type, and opens that ticket in the console.
  const failed = page.getByRole('region', { name: 'Failed scans' });
  const row = failed.getByRole('link', { name: new RegExp(`${CANCELLED.holderName} · Speaker`) }).first();
  await expect(row).toContainText('Cancelled');
  await expect(failed).not.toContainText(/Ticket [A-Za-z0-9]{12}/);

  // The chart has a time axis in the conference's hours and a count axis.
  const chart = page.getByRole('img', { name: /admissions? on Thu 16 Oct, per 15 minutes/ });
  await expect(chart).toBeVisible();
  await expect(
    chart
      .locator('text')
      .filter({ hasText: /^\d\d:00$/ })
      .first(),
  ).toBeVisible();
  await expect(chart.locator('text').filter({ hasText: 'Admissions' })).toHaveCount(1);
  const box = (await chart.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page, { settle: false });

  await row.click();
  await expect(page).toHaveURL(new RegExp(`/organizer/tickets\\?q=${CANCELLED.id}$`));
  await expect(page.getByText(CANCELLED.holderName).first()).toBeVisible();
});
