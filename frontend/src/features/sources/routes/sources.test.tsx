import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderAt } from '@/testing/render';

import { boards, runReport, sourceReport, sources } from '../test-fixtures';

import { SourcesRoute } from './sources';

const runs = [
  runReport({
    runId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    status: 'partial',
    sources: [
      sourceReport({ source: 'remoteok', status: 'failed', error: 'could not reach remoteok.com: ConnectException (4 attempts)' }),
      sourceReport({ source: 'greenhouse', status: 'failed', found: 7, created: 5, updated: 1, unchanged: 1, error: "gitlab: HTTP 500 from boards-api.greenhouse.io after retries" }),
      sourceReport({ source: 'remotive', found: 12, created: 10, unchanged: 1, invalid: 1, closed: 0 }),
      sourceReport({ source: 'wwr', status: 'skipped', error: 'disabled (CAREER_AGENT_SOURCES_WWR_ENABLED=false)' }),
    ],
  }),
];

function api(overrides: Record<string, () => Response> = {}) {
  return mockFetch({
    'GET /api/sources': () => json({ items: sources }),
    'GET /api/sources/boards': () => json({ items: boards }),
    'GET /api/scrape-logs': () => json({ items: runs }),
    ...overrides,
  });
}

describe('SourcesRoute', () => {
  it('shows each source with its state, attribution, terms and last run', async () => {
    api();
    renderAt(<SourcesRoute canManageWatchlist />, '/sources');

    const remoteOk = await screen.findByRole('article', { name: 'Remote OK' });
    expect(within(remoteOk).getByText(/Jobs via Remote OK/)).toBeInTheDocument();
    const credit = within(remoteOk).getByRole('link', { name: 'Remote OK (opens in a new tab)' });
    expect(credit).toHaveAttribute('href', 'https://remoteok.com');
    expect(credit.closest('p')).toHaveTextContent(/^Jobs by Remote OK/);
    expect(credit.getAttribute('rel')).not.toContain('nofollow');
    expect(within(remoteOk).getByRole('link', { name: /Remote OK terms/ })).toHaveAttribute('href', 'https://remoteok.com/api');
    expect(within(remoteOk).getByText(/could not reach remoteok\.com/)).toBeInTheDocument();

    const remotive = screen.getByRole('article', { name: 'Remotive' });
    expect(within(remotive).getByText(/at most 4 fetches a day/)).toBeInTheDocument();
    expect(within(remotive).getByText('Created').nextSibling).toHaveTextContent('10');

    const wwr = screen.getByRole('article', { name: 'We Work Remotely' });
    expect(within(wwr).getByText('Off')).toBeInTheDocument();
    expect(within(wwr).getByText(/terms forbid using its data for a job-search service/)).toBeInTheDocument();

    const lever = screen.getByRole('article', { name: 'Lever job sites' });
    expect(within(lever).getByText('No boards on the watchlist yet: add a company board below to read it.')).toBeInTheDocument();
    expect(within(lever).getByText('Not run yet.')).toBeInTheDocument();
  });

  it('lists the watchlist; configured boards cannot be removed, added ones can', async () => {
    let listed = boards;
    const fetch = api({
      'GET /api/sources/boards': () => json({ items: listed }),
      'DELETE /api/sources/boards/greenhouse/duolingo': () => {
        listed = boards.filter((board) => board.token !== 'duolingo');
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderAt(<SourcesRoute canManageWatchlist />, '/sources');

    const greenhouse = await screen.findByRole('region', { name: 'Greenhouse boards' });
    expect(await within(greenhouse).findByRole('link', { name: /^gitlab/ })).toHaveAttribute('href', 'https://job-boards.greenhouse.io/gitlab');
    expect(within(greenhouse).getByText('From the server configuration')).toBeInTheDocument();
    expect(within(greenhouse).queryByRole('button', { name: 'Remove gitlab from Greenhouse' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Ashby boards' })).toHaveTextContent('No Ashby boards yet.');

    await user.click(within(greenhouse).getByRole('button', { name: 'Remove duolingo from Greenhouse' }));

    await waitFor(() => expect(within(greenhouse).queryByRole('link', { name: /^duolingo/ })).not.toBeInTheDocument());
    expect(fetch.mock.calls.some(([url, init]) => init?.method === 'DELETE' && String(url).endsWith('/greenhouse/duolingo'))).toBe(true);
  });

  it('lets a user who may manage the watchlist add boards', async () => {
    api();
    renderAt(<SourcesRoute canManageWatchlist />, '/sources');

    expect(await screen.findByRole('form', { name: 'Add a company board' })).toBeInTheDocument();
    expect(screen.getByText(/Add the companies you want to follow/)).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('shows the watchlist read-only, saying why, to a user who may not manage it', async () => {
    api();
    renderAt(<SourcesRoute canManageWatchlist={false} />, '/sources');

    const greenhouse = await screen.findByRole('region', { name: 'Greenhouse boards' });
    expect(await within(greenhouse).findByRole('link', { name: /^duolingo/ })).toBeInTheDocument();
    expect(within(greenhouse).getByRole('link', { name: /^gitlab/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove / })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a company board' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Add the companies you want to follow/)).not.toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'Lever job sites' })).getByText('No boards on the watchlist yet.')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      'Only administrators can change the watchlist: it is shared by everyone who uses this server. An operator names administrators with CAREER_AGENT_ADMIN_EMAILS.',
    );
  });

  it('offers no changes and no note while it is not known whether the user may manage the watchlist', async () => {
    api();
    renderAt(<SourcesRoute />, '/sources');

    expect(await screen.findByRole('link', { name: /^duolingo/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove / })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a company board' })).not.toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it("shows a removal's problem detail", async () => {
    api({ 'DELETE /api/sources/boards/greenhouse/duolingo': () => problem(404, { title: 'Not found', detail: "Board 'duolingo' is not on the greenhouse watchlist." }) });
    const { user } = renderAt(<SourcesRoute canManageWatchlist />, '/sources');

    await user.click(await screen.findByRole('button', { name: 'Remove duolingo from Greenhouse' }));

    expect(await screen.findByRole('alert')).toHaveTextContent("Board 'duolingo' is not on the greenhouse watchlist.");
  });

  it('shows the last runs with per-source counts and errors', async () => {
    api();
    renderAt(<SourcesRoute canManageWatchlist />, '/sources');

    const table = await screen.findByRole('table', { name: /Recent refresh runs/ });
    const header = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(header).toEqual(['Source', 'Status', 'Found', 'Created', 'Updated', 'Unchanged', 'Invalid', 'Closed']);
    expect(within(table).getByText('Partial')).toBeInTheDocument();

    const rows = within(table).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toContain('RemotiveCompleted12100110');
    expect(rows).toContain('Greenhouse' + 'Failed' + '751100');
    expect(rows).toContain('gitlab: HTTP 500 from boards-api.greenhouse.io after retries');
    expect(rows).toContain('Remote OKFailedcould not reach remoteok.com: ConnectException (4 attempts)');
    expect(rows).toContain('We Work RemotelySkippeddisabled (CAREER_AGENT_SOURCES_WWR_ENABLED=false)');
  });

  it('has empty and error states', async () => {
    api({
      'GET /api/scrape-logs': () => json({ items: [] }),
      'GET /api/sources': () => problem(503, { title: 'Service Unavailable', detail: 'The database is not reachable.' }),
      'GET /api/sources/boards': () => json({ items: [] }),
    });
    renderAt(<SourcesRoute canManageWatchlist />, '/sources');

    expect(await screen.findByText('No refreshes yet')).toBeInTheDocument();
    expect(await screen.findByText('The database is not reachable.', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Lever boards' })).toHaveTextContent('No Lever boards yet.');
  });

  it('follows a run that is already in progress', async () => {
    const running = runReport({ runId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', status: 'running', trigger: 'scheduled', finishedAt: null, sources: [sourceReport({ source: 'arbeitnow', status: 'running', finishedAt: null })] });
    api({
      'GET /api/scrape-logs': () => json({ items: [running] }),
      'GET /api/jobs/refresh/bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb': () => json(running),
    });
    renderAt(<SourcesRoute canManageWatchlist />, '/sources');

    const progress = await screen.findByRole('region', { name: 'Refresh progress' });
    expect(await within(progress).findByText('Refreshing jobs…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refreshing…' })).toBeDisabled();
  });
});
