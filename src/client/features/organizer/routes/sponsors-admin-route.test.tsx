import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Sponsor, SponsorList, SponsorTier } from '@shared/contract';
import { apiPaths } from '@shared/contract/paths';
import { asOrganizer, readApi } from '@client/test/arrange';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const PAGE = `/${SLUG}/organizer/sponsors`;

// Lazy routes load their code and strings first, which takes a while on a busy machine.
const LOADED = { timeout: 5_000 };
const tierSection = async (name: string) => screen.findByRole('region', { name }, LOADED);

/** The tiers by rank and their sponsors, as the server holds them now. */
const stored = () => readApi<SponsorList>(apiPaths.sponsors(SLUG));

/** A whole 2×2 black PNG (signature, IHDR, IDAT, IEND). */
function tinyPng(): Uint8Array<ArrayBuffer> {
  const base64 =
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAC0lEQVR4nGNgQAYAAA4AAamRc7EAAAAASUVORK5CYII=';
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

describe('sponsors console', { timeout: 20_000 }, () => {
  it('is reached from the organizer overview and lists the tiers with their sponsors', async () => {
    await loginAs('organizer@demo.test');
    const { user, router } = renderApp(`/${SLUG}/organizer`);
    await user.click(await screen.findByRole('link', { name: /^Sponsor tiers and logos/ }, LOADED));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sponsors' }, LOADED)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(PAGE);
    const anchor = within(await tierSection('Anchor'));
    expect(anchor.getByRole('heading', { name: 'Element' })).toBeInTheDocument();
    expect(anchor.getByText('Packages: Video, Welcome Party')).toBeInTheDocument();
  });

  it('checks the sponsor form with the shared schema, then shows the server’s per-field errors', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(PAGE);
    const champion = within(await tierSection('Champion'));
    await user.click(champion.getByRole('button', { name: 'Add a sponsor' }));
    await user.type(champion.getByRole('textbox', { name: 'Website' }), 'ftp://example.org');
    await user.click(champion.getByRole('button', { name: 'Save' }));

    expect(
      await champion.findByText('3 fields need attention; see the messages next to them.'),
    ).toBeVisible();
    expect(champion.getByRole('textbox', { name: 'Slug' })).toHaveAttribute('aria-invalid', 'true');
    const name = champion.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter a name');
    expect(champion.getByRole('textbox', { name: 'Website' })).toHaveAttribute('aria-invalid', 'true');

    // A valid form goes to the API, which refuses a slug another sponsor has.
    await user.clear(champion.getByRole('textbox', { name: 'Website' }));
    await user.type(name, 'Element');
    expect(champion.getByRole('textbox', { name: 'Slug' })).toHaveValue('element');
    await user.click(champion.getByRole('button', { name: 'Save' }));
    const slug = champion.getByRole('textbox', { name: 'Slug' });
    await waitFor(() => expect(slug).toHaveAttribute('aria-invalid', 'true'));
    expect(slug).toHaveAccessibleDescription(expect.stringContaining('Another sponsor has this slug.'));

    await user.clear(slug);
    await user.type(slug, 'element-two');
    await user.click(champion.getByRole('button', { name: 'Save' }));
    expect(await champion.findByRole('heading', { name: 'Element' })).toBeInTheDocument();
    expect((await stored()).sponsors.find((s) => s.slug === 'element-two')?.name).toBe('Element');
  });

  it('explains a refused logo and shows an accepted one', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(PAGE);
    const anchor = within(await tierSection('Anchor'));
    await user.click(anchor.getByRole('button', { name: 'Add a logo for Element' }));
    const input = anchor.getByLabelText('Logo file for Element');
    // An HTML page renamed to .png is judged by its bytes, not its name or type.
    await user.upload(
      input,
      new File(['<html><script>alert(1)</script>'], 'logo.png', { type: 'image/png' }),
    );
    await user.click(anchor.getByRole('button', { name: 'Upload logo for Element' }));
    const alert = await anchor.findByRole('alert');
    expect(alert).toHaveTextContent('The logo was not uploaded.');
    expect(alert).toHaveTextContent('This file is not a PNG, JPEG, WebP or SVG image.');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('This file is not a PNG'));

    await user.upload(input, new File([tinyPng()], 'logo.png', { type: 'image/png' }));
    expect(await anchor.findByRole('img', { name: 'Preview of the chosen file' })).toBeInTheDocument();
    await user.click(anchor.getByRole('button', { name: 'Upload logo for Element' }));
    expect(await anchor.findByRole('img', { name: 'Logo of Element' })).toBeInTheDocument();
    expect(anchor.getByRole('status')).toHaveTextContent('Logo uploaded.');
    expect((await stored()).sponsors.find((s) => s.slug === 'element')?.logoUrl).toMatch(/\/logo\?v=/);
  });

  it('names the sponsors a tier deletion would take and deletes only on confirmation', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(PAGE);
    const champion = within(await tierSection('Champion'));
    await user.click(champion.getByRole('button', { name: 'Delete tier' }));
    // The server's answer names them (sponsor_tier_in_use), as every delete with dependents does.
    const dialog = await champion.findByRole('alertdialog', { name: 'Delete the tier Champion?' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(
      '4 sponsors: “Rocket.Chat”, “Automattic”, “Connect2x”, “Famedly”',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect((await stored()).tiers.some((t) => t.name === 'Champion')).toBe(true);

    await user.click(champion.getByRole('button', { name: 'Delete tier' }));
    await user.click(await champion.findByRole('button', { name: 'Delete tier and 4 sponsors' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Champion' })).not.toBeInTheDocument());
    const after = await stored();
    expect(after.tiers.some((t) => t.name === 'Champion')).toBe(false);
    expect(after.sponsors.some((s) => s.name === 'Famedly')).toBe(false);
  });

  it('asks again, naming them, when sponsors joined a tier after the page showed it empty', async () => {
    await loginAs('organizer@demo.test');
    const tier = await asOrganizer<SponsorTier>(apiPaths.sponsorTiers(SLUG), {
      method: 'POST',
      json: { name: 'Supporters', logoSize: 'sm' },
    });
    const { user } = renderApp(PAGE);
    const supporters = within(await tierSection('Supporters'));
    // Another organizer adds a sponsor meanwhile.
    const late = await asOrganizer<Sponsor>(apiPaths.sponsors(SLUG), {
      method: 'POST',
      json: { name: 'Late Co', slug: 'late-co', tierId: tier.id },
    });
    await user.click(supporters.getByRole('button', { name: 'Delete tier' }));
    const dialog = supporters.getByRole('alertdialog', { name: 'Delete the tier Supporters?' });
    expect(dialog).toHaveTextContent('The tier has no sponsors.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete tier' }));
    await waitFor(() => expect(dialog).toHaveTextContent('1 sponsor: “Late Co”'));
    expect((await stored()).tiers.some((t) => t.id === tier.id)).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Delete tier and 1 sponsor' }));
    await waitFor(async () => expect((await stored()).tiers.some((t) => t.id === tier.id)).toBe(false));
    expect((await stored()).sponsors.some((s) => s.id === late.id)).toBe(false);
  });

  it('adds a tier and moves it up', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(PAGE);
    await user.click(await screen.findByRole('button', { name: 'Add a tier' }, LOADED));
    const form = within(screen.getByRole('region', { name: 'New tier' }));
    await user.type(form.getByRole('textbox', { name: 'Name' }), 'Community');
    await user.selectOptions(form.getByRole('combobox', { name: 'Logo size' }), 'sm');
    await user.type(form.getByRole('textbox', { name: 'Benefits' }), 'Logo on the website');
    await user.click(form.getByRole('button', { name: 'Save' }));
    const community = within(await tierSection('Community'));
    expect(community.getByText(/Rank 4 · Small logos/)).toBeInTheDocument();
    await user.click(community.getByRole('button', { name: 'Move Community up' }));
    await waitFor(async () =>
      expect((await stored()).tiers.map((t) => t.name)).toEqual([
        'Anchor',
        'Champion',
        'Community',
        'Sustaining',
      ]),
    );
  });
});

describe('editions console', { timeout: 20_000 }, () => {
  it('creates an edition copying the set-up of the current one', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(`/${SLUG}/organizer/editions`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Editions' }, LOADED)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create edition' }));
    expect(await screen.findByText(/fields need attention/)).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Matrix Conference 2026');
    expect(screen.getByRole('textbox', { name: 'Slug' })).toHaveValue('matrix-conference-2026');
    await user.type(screen.getByLabelText('First day'), '2026-10-15');
    await user.type(screen.getByLabelText('Last day'), '2026-10-16');
    await user.click(screen.getByRole('checkbox', { name: /Sponsors \(with their logos/ }));
    await user.click(screen.getByRole('button', { name: 'Create edition' }));
    expect(await screen.findByText('Created Matrix Conference 2026.')).toBeInTheDocument();
  });
});
