import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { authToken } from '@/lib/auth-token';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderRoutes } from '@/testing/render';

import { routes } from './routes';

const ada = { id: '1', email: 'ada@example.com', fullName: 'Ada Lovelace' };

describe('protected routes', () => {
  it('send a signed-out visitor to the login page, remembering where they were going', async () => {
    const { router } = renderRoutes(routes, '/matches');

    expect(await screen.findByRole('heading', { name: 'Log in to your account' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?redirectTo=%2Fmatches');
  });

  it('return the user to the page they wanted after logging in', async () => {
    mockFetch({
      'POST /auth/login': () => json({ accessToken: 'jwt', tokenType: 'Bearer', expiresIn: 3600 }),
      'GET /auth/me': () => json(ada),
    });
    const { router, user } = renderRoutes(routes, '/matches');

    await user.type(await screen.findByLabelText('Email'), ada.email);
    await user.type(screen.getByLabelText('Password'), 'analytical-engine');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { name: 'Matches' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/matches');
    expect(await screen.findAllByText('Ada Lovelace')).not.toHaveLength(0);
  });

  it("show the shell with the signed-in user's name", async () => {
    authToken.set('jwt', 3600);
    mockFetch({
      'GET /auth/me': () => json(ada),
      'GET /api/jobs': () => json({ items: [], total: 0, totalIsEstimate: false, page: 0, size: 20, sort: 'newest', facets: null }),
    });
    renderRoutes(routes, '/');

    const header = screen.getByRole('banner');
    expect(within(header).getByText('Career Agent')).toBeInTheDocument();
    expect(await within(header).findByText('Ada Lovelace')).toBeInTheDocument();
    for (const name of ['Jobs', 'Matches', 'Profile', 'Insights', 'Sources']) {
      expect(within(header).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(await screen.findByText('No jobs yet')).toBeInTheDocument();
  });

  it('log the user out when the API answers 401', async () => {
    authToken.set('revoked', 3600);
    mockFetch({ 'GET /auth/me': () => problem(401, { title: 'Unauthorized', detail: 'Token revoked' }) });
    const { router } = renderRoutes(routes, '/profile');

    expect(await screen.findByRole('heading', { name: 'Log in to your account' })).toBeInTheDocument();
    expect(authToken.get()).toBeNull();
    expect(router.state.location.search).toBe('?redirectTo=%2Fprofile');
  });

  it('log out from the header', async () => {
    authToken.set('jwt', 3600);
    mockFetch({ 'GET /auth/me': () => json(ada) });
    const { router, user } = renderRoutes(routes, '/insights');

    await screen.findByText('No insights yet');
    await user.click(within(screen.getByRole('banner')).getAllByRole('button', { name: 'Log out' })[0]!);

    expect(await screen.findByRole('heading', { name: 'Log in to your account' })).toBeInTheDocument();
    await waitFor(() => expect(authToken.get()).toBeNull());
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('');
  });

  it('show a not-found page for unknown addresses', async () => {
    renderRoutes(routes, '/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it.each([
    { canManageWatchlist: true, form: true, note: false },
    { canManageWatchlist: false, form: false, note: true },
  ])('tell the Sources page whether the account may change the watchlist ($canManageWatchlist)', async ({ canManageWatchlist, form, note }) => {
    authToken.set('jwt', 3600);
    mockFetch({
      'GET /auth/me': () => json({ ...ada, canManageWatchlist }),
      'GET /api/sources': () => json({ items: [] }),
      'GET /api/sources/boards': () => json({ items: [] }),
      'GET /api/scrape-logs': () => json({ items: [] }),
    });
    renderRoutes(routes, '/sources');

    expect(await screen.findByRole('region', { name: 'Lever boards' })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.queryByRole('form', { name: 'Add a company board' }) !== null).toBe(form);
      expect(screen.queryByRole('note') !== null).toBe(note);
    });
  });
});
