import { crc32, deflateSync } from 'node:zlib';
import { CONFERENCE, expect, expectNoAxeViolations, logIn, test } from './fixtures';

/** A real 40×20 PNG built from bytes: signature, IHDR, one IDAT of a solid colour, IEND. */
function makePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => [30, 64, 175]).flat()),
  ]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('an organizer adds a tier and a sponsor with a PNG logo; attendees see it', async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 7);
  const tierName = `Friends ${suffix}`;
  const sponsorName = `Lanyard Labs ${suffix}`;

  await logIn(page, 'organizer@demo.test');
  await expect(page).not.toHaveURL(/login/);
  await page.goto(`/${CONFERENCE}/organizer`);
  await page.getByRole('link', { name: /^Sponsor tiers and logos/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sponsors' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Add a tier' }).click();
  const newTier = page.getByRole('region', { name: 'New tier' });
  await newTier.getByRole('textbox', { name: 'Name' }).fill(tierName);
  await newTier.getByRole('combobox', { name: 'Logo size' }).selectOption('lg');
  await newTier.getByRole('textbox', { name: 'Benefits' }).fill('Logo on the website');
  await newTier.getByRole('button', { name: 'Save' }).click();

  const tier = page.getByRole('region', { name: tierName });
  await expect(tier).toBeVisible();
  await tier.getByRole('button', { name: 'Add a sponsor' }).click();
  await tier.getByRole('textbox', { name: 'Name' }).fill(sponsorName);
  await tier.getByRole('textbox', { name: 'Website' }).fill('https://example.org/');
  await tier.getByRole('textbox', { name: 'Packages' }).fill('Coffee');
  await tier.getByRole('button', { name: 'Save' }).click();
  await expect(tier.getByRole('heading', { name: sponsorName })).toBeVisible();

  await tier.getByRole('button', { name: `Add a logo for ${sponsorName}` }).click();
  await tier.getByLabel(`Logo file for ${sponsorName}`).setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: makePng(40, 20),
  });
  await expect(tier.getByRole('img', { name: 'Preview of the chosen file' })).toBeVisible();
  await tier.getByRole('button', { name: 'Upload logo' }).click();
  const logo = tier.getByRole('img', { name: `Logo of ${sponsorName}` });
  await expect(logo).toBeVisible();
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  await expectNoAxeViolations(page);

  await page.goto(`/${CONFERENCE}/sponsors`);
  const section = page.getByRole('region', { name: `${tierName} sponsors` });
  const mark = section.getByRole('link', { name: `Visit ${sponsorName} (opens their website)` });
  await expect(mark).toBeVisible();
  const img = mark.getByRole('img');
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(40);
  await expect(section.getByText('Sponsoring: Coffee')).toBeVisible();
});

test('the editions page passes axe', async ({ page }) => {
  await logIn(page, 'organizer@demo.test');
  await expect(page).not.toHaveURL(/login/);
  await page.goto(`/${CONFERENCE}/organizer/editions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Editions' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Rooms' })).toBeChecked();
  await expectNoAxeViolations(page);
});
