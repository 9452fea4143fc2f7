import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { authToken } from '@/lib/auth-token';
import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderAt } from '@/testing/render';

import type { Match } from '../api/get-matches';

import { MatchesRoute } from './matches';
import { TrackerRoute } from './tracker';

function aMatch(overrides: Partial<Match> = {}): Match {
  return {
    id: 'm1',
    score: 87,
    status: 'new',
    missingSkills: ['Kafka'],
    job: { id: 'j1', title: 'Senior Java Developer', company: 'Acme', location: 'Europe', remote: true, salaryMin: 90000, salaryMax: 120000, salaryCurrency: 'USD', salaryPeriod: 'year' },
    factors: [
      {
        name: 'skills',
        points: 30,
        maxPoints: 40,
        summary: '3 of 4 required skills',
        evidence: [
          { kind: 'match', text: 'Java (required) is on your profile.' },
          { kind: 'missing', text: 'Kafka (required) is not on your profile.' },
        ],
      },
    ],
    ...overrides,
  };
}

describe('MatchesRoute', () => {
  it('shows ranked matches with a score, skill-gap links and expandable evidence', async () => {
    authToken.set('jwt', 3600);
    mockFetch({ 'GET /api/matches': () => json({ items: [aMatch()], total: 1 }) });
    const { user } = renderAt(<MatchesRoute />, '/matches');

    const card = await screen.findByRole('article', { name: 'Senior Java Developer' });
    expect(within(card).getByRole('img', { name: 'Match score 87 out of 100' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Kafka' })).toHaveAttribute('href', '/jobs?skills=Kafka');

    await user.click(within(card).getByRole('button', { name: 'Why this score?' }));
    await user.click(within(card).getByRole('button', { name: /Skills/ }));
    expect(within(card).getByText('Kafka (required) is not on your profile.')).toBeInTheDocument();
  });

  it('points a user without matches to the Profile page', async () => {
    authToken.set('jwt', 3600);
    mockFetch({ 'GET /api/matches': () => json({ items: [], total: 0 }) });
    renderAt(<MatchesRoute />, '/matches');

    expect(await screen.findByRole('heading', { name: 'No matches yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Upload your CV on the Profile page' })).toHaveAttribute('href', '/profile');
  });

  it("shows the problem detail when the list can't be loaded", async () => {
    authToken.set('jwt', 3600);
    mockFetch({ 'GET /api/matches': () => problem(500, { title: 'Internal Server Error', detail: 'Matching is unavailable' }) });
    renderAt(<MatchesRoute />, '/matches');

    expect(await screen.findByRole('alert')).toHaveTextContent('Matching is unavailable');
  });
});

describe('TrackerRoute', () => {
  it('puts a refused move back and shows why', async () => {
    authToken.set('jwt', 3600);
    const fetch = mockFetch({
      'GET /api/matches': () => json({ items: [aMatch({ status: 'saved' })], total: 1 }),
      'PATCH /api/matches/m1': () => problem(409, { title: 'Conflict', detail: 'A saved match cannot become an offer yet' }),
    });
    const { user } = renderAt(<TrackerRoute />, '/tracker');

    const saved = await screen.findByRole('region', { name: 'Saved' });
    const card = within(saved).getByRole('article', { name: 'Senior Java Developer' });
    await user.selectOptions(within(card).getByLabelText('Move Senior Java Developer'), 'offer');

    expect(await screen.findByRole('alert')).toHaveTextContent('A saved match cannot become an offer yet');
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Saved' })).getByRole('article', { name: 'Senior Java Developer' })).toBeInTheDocument());
    expect(within(screen.getByRole('region', { name: 'Offer' })).queryByRole('article')).not.toBeInTheDocument();
    const patch = fetch.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(patch![1]!.body as string)).toEqual({ status: 'offer' });
  });

  it('saves notes and a next-action date', async () => {
    authToken.set('jwt', 3600);
    let stored = aMatch({ status: 'applied' });
    const fetch = mockFetch({
      'GET /api/matches': () => json({ items: [stored], total: 1 }),
      'GET /api/matches/m1/history': () => json({ items: [{ from: 'new', to: 'applied', changedAt: '2026-11-20T10:00:00Z' }] }),
      'PATCH /api/matches/m1': ({ body }) => {
        stored = { ...stored, ...(body as object), nextActionAt: '2030-01-15T00:00:00Z' };
        return json(stored);
      },
    });
    const { user } = renderAt(<TrackerRoute />, '/tracker');

    await user.click(await screen.findByRole('button', { name: 'Notes and next action for Senior Java Developer' }));
    expect(await screen.findByRole('list', { name: 'Status history' })).toHaveTextContent('Nov 20, 2026: New → Applied');
    await user.type(screen.getByLabelText('Notes'), 'Call Tuesday');
    await user.type(screen.getByLabelText('Next action date'), '2030-01-15');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Call Tuesday')).toBeInTheDocument();
    expect(screen.getByText(/Next action: Jan 15, 2030/)).toBeInTheDocument();
    const patch = fetch.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(patch![1]!.body as string)).toEqual({ notes: 'Call Tuesday', nextActionAt: '2030-01-15' });
  });
});
