import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderAt } from '@/testing/render';

import { runReport, sourceReport, sources } from '../test-fixtures';

import { RefreshJobsButton } from './refresh-jobs-button';

const runId = '22222222-2222-4222-8222-222222222222';
const POLL = { timeout: 4000 };

describe('RefreshJobsButton', () => {
  it('shows live per-source progress until the run ends, then reloads the job lists', async () => {
    const polls = [
      runReport({
        runId,
        status: 'running',
        finishedAt: null,
        sources: [
          sourceReport({ source: 'remoteok', status: 'running', finishedAt: null }),
          sourceReport({ source: 'remotive', status: 'skipped', error: "Remotive's terms allow 4 fetches a day; 4 in the last 24 hours" }),
        ],
      }),
      runReport({
        runId,
        status: 'partial',
        sources: [
          sourceReport({ source: 'remoteok', status: 'failed', error: 'could not reach remoteok.com: ConnectException (4 attempts)' }),
          sourceReport({ source: 'remotive', status: 'skipped', error: "Remotive's terms allow 4 fetches a day; 4 in the last 24 hours" }),
          sourceReport({ source: 'arbeitnow', found: 20, created: 18, unchanged: 2 }),
        ],
      }),
    ];
    let asked = 0;
    const fetch = mockFetch({
      'POST /api/jobs/refresh': () => json({ runId, reused: false }, 202),
      [`GET /api/jobs/refresh/${runId}`]: () => json(polls[Math.min(asked++, polls.length - 1)]),
      'GET /api/scrape-logs': () => json({ items: [] }),
    });
    const { user, queryClient } = renderAt(<RefreshJobsButton />);
    queryClient.setQueryData(['jobs', 'list', { page: 0 }], { items: [] });

    await user.click(screen.getByRole('button', { name: 'Refresh jobs' }));

    const progress = await screen.findByRole('region', { name: 'Refresh progress' });
    expect(await within(progress).findByText('Refreshing jobs…')).toBeInTheDocument();
    expect(within(progress).getByRole('progressbar', { name: 'Sources finished' })).toHaveAttribute('aria-valuetext', '1 of 2 sources finished');
    expect(within(progress).getByText(/4 fetches a day/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refreshing…' })).toBeDisabled();
    expect(queryClient.getQueryState(['jobs', 'list', { page: 0 }])?.isInvalidated).toBe(false);

    expect(await within(progress).findByText('Refresh finished with errors: 1 of 2 sources failed', {}, POLL)).toBeInTheDocument();
    expect(within(progress).getByText(/could not reach remoteok\.com/)).toBeInTheDocument();
    const arbeitnow = within(progress).getByText('Arbeitnow').closest('li')!;
    expect(within(arbeitnow).getByText('Created').nextSibling).toHaveTextContent('18');
    expect(within(progress).getByText(/18 new, 0 updated/)).toBeInTheDocument();
    await waitFor(() => expect(queryClient.getQueryState(['jobs', 'list', { page: 0 }])?.isInvalidated).toBe(true));

    expect(fetch.mock.calls[0]![1]!.body).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Refresh jobs' })).toBeEnabled();
    await user.click(within(progress).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Refresh progress' })).not.toBeInTheDocument();
  });

  it('refreshes only the chosen sources; sources that cannot run are not offered', async () => {
    const fetch = mockFetch({
      'GET /api/sources': () => json({ items: sources }),
      'POST /api/jobs/refresh': () => json({ runId, reused: false }, 202),
      [`GET /api/jobs/refresh/${runId}`]: () => json(runReport({ runId, sources: [sourceReport({ source: 'remoteok' })] })),
      'GET /api/scrape-logs': () => json({ items: [] }),
    });
    const { user } = renderAt(<RefreshJobsButton />);

    await user.click(screen.getByRole('button', { name: 'Choose sources' }));
    const chooser = await screen.findByRole('form', { name: 'Choose sources to refresh' });
    expect(within(chooser).getByRole('checkbox', { name: /We Work Remotely/ })).toBeDisabled();
    expect(within(chooser).getByRole('checkbox', { name: /Lever job sites.*no boards/ })).toBeDisabled();
    expect(within(chooser).getByRole('checkbox', { name: /Remote OK/ })).toBeChecked();

    await user.click(within(chooser).getByRole('checkbox', { name: /Remote OK/ }));
    await user.click(within(chooser).getByRole('checkbox', { name: /Greenhouse/ }));
    await user.click(within(chooser).getByRole('checkbox', { name: /Remotive/ }));
    expect(within(chooser).getByText('Choose at least one source.')).toBeInTheDocument();
    expect(within(chooser).getByRole('button', { name: 'Refresh 0 sources' })).toBeDisabled();

    await user.click(within(chooser).getByRole('checkbox', { name: /Remote OK/ }));
    await user.click(within(chooser).getByRole('button', { name: 'Refresh 1 source' }));

    expect(await screen.findByText('Refresh complete')).toBeInTheDocument();
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(post[1]!.body as string)).toEqual({ sources: ['remoteok'] });
    expect(screen.queryByRole('form', { name: 'Choose sources to refresh' })).not.toBeInTheDocument();
  });

  it('says when it joined a run that was already in progress', async () => {
    mockFetch({
      'POST /api/jobs/refresh': () => json({ runId, reused: true }, 202),
      [`GET /api/jobs/refresh/${runId}`]: () => json(runReport({ runId, trigger: 'scheduled', sources: [sourceReport({ source: 'remoteok' })] })),
      'GET /api/scrape-logs': () => json({ items: [] }),
    });
    const { user } = renderAt(<RefreshJobsButton />);

    await user.click(screen.getByRole('button', { name: 'Refresh jobs' }));

    expect(await screen.findByText(/already running, so you are following that one/)).toBeInTheDocument();
    expect(await screen.findByText('Refresh complete')).toBeInTheDocument();
  });

  it("shows the server's problem when the refresh cannot start", async () => {
    mockFetch({ 'POST /api/jobs/refresh': () => problem(400, { title: 'Bad request', detail: "Unknown source 'monster'." }) });
    const { user } = renderAt(<RefreshJobsButton />);

    await user.click(screen.getByRole('button', { name: 'Refresh jobs' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not start the refresh');
    expect(alert).toHaveTextContent("Unknown source 'monster'.");
    expect(screen.queryByRole('region', { name: 'Refresh progress' })).not.toBeInTheDocument();
  });

  it('reports a run it cannot follow and lets the user dismiss it', async () => {
    mockFetch({
      'POST /api/jobs/refresh': () => json({ runId, reused: false }, 202),
      [`GET /api/jobs/refresh/${runId}`]: () => problem(404, { title: 'Not found', detail: `No refresh run ${runId}.` }),
      'GET /api/scrape-logs': () => json({ items: [] }),
    });
    const { user } = renderAt(<RefreshJobsButton />);

    await user.click(screen.getByRole('button', { name: 'Refresh jobs' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(`No refresh run ${runId}.`);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Refresh progress' })).not.toBeInTheDocument();
  });
});
