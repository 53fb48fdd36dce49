import { makeProblem, PROBLEM_CONTENT_TYPE } from '@shared/contract/problem';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp, SLUG } from '@client/test/render-app';
import { server } from '@mocks/node';

async function fillAndSubmit(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  await user.type(await screen.findByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('login', () => {
  it('says the email or password is wrong, and keeps the user on the form', async () => {
    const { user, router } = renderApp('/login');
    await fillAndSubmit(user, 'organizer@demo.test', 'not-the-password');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not log in');
    expect(alert).toHaveTextContent('The email or password is wrong. Check both and try again.');
    expect(router.state.location.pathname).toBe('/login');
  });

  it('explains a rate limit in words', async () => {
    server.use(
      http.post('/api/auth/login', () =>
        HttpResponse.json(makeProblem('rate_limited'), {
          status: 429,
          headers: { 'content-type': PROBLEM_CONTENT_TYPE },
        }),
      ),
    );
    const { user } = renderApp('/login');
    await fillAndSubmit(user, 'organizer@demo.test', 'lanyard-demo');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Wait a few minutes');
  });

  it('marks an invalid email on its field without calling the API', async () => {
    const { user } = renderApp('/login');
    await fillAndSubmit(user, 'not-an-email', 'whatever');
    expect(await screen.findByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  it('goes where the user was headed after a successful login', async () => {
    const { user, router } = renderApp(`/login?next=${encodeURIComponent(`/${SLUG}/organizer`)}`);
    await fillAndSubmit(user, 'organizer@demo.test', 'lanyard-demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organizer overview' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/${SLUG}/organizer`);
    expect(screen.getByRole('link', { name: 'Organizer' })).toHaveAttribute('aria-current', 'page');
  });

  it('ignores a next parameter that leaves the site, and takes the desk to its desk', async () => {
    const { user, router } = renderApp('/login?next=//evil.example/');
    await fillAndSubmit(user, 'desk@demo.test', 'lanyard-demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Check-in desk' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/${SLUG}/check-in`);
  });

  it('takes a volunteer who logged in from the schedule to their shifts', async () => {
    const { user, router } = renderApp(`/login?next=${encodeURIComponent(`/${SLUG}`)}`);
    await fillAndSubmit(user, 'volunteer@demo.test', 'lanyard-demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'My shifts' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/${SLUG}/volunteer/mine`);
  });

  it('takes an organizer without a next page to the overview of the current edition', async () => {
    const { user, router } = renderApp('/login');
    await fillAndSubmit(user, 'organizer@demo.test', 'lanyard-demo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organizer overview' })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/[^/]+\/organizer$/);
  });

  it('returns a volunteer to the staff page that sent them to log in', async () => {
    const next = `/${SLUG}/volunteer?role=infodesk`;
    const { user, router } = renderApp(`/login?next=${encodeURIComponent(next)}`);
    await fillAndSubmit(user, 'volunteer@demo.test', 'lanyard-demo');
    await screen.findByRole('heading', { level: 1, name: 'Shifts for me' });
    expect(router.state.location.pathname + router.state.location.search).toBe(next);
  });
});
