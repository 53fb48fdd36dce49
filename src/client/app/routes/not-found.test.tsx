import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, SLUG } from '@client/test/render-app';

describe('not found', () => {
  it('answers an unknown page of a conference with a 404 page inside the shell', async () => {
    renderApp(`/${SLUG}/no/such/page`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the current conference' })).toHaveAttribute('href', '/');
  });

  it('explains an unknown conference', async () => {
    renderApp('/no-such-conference');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no conference at this address.')).toBeInTheDocument();
  });
});
