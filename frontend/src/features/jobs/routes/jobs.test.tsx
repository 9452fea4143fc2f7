import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockFetch, problem } from '@/testing/fetch-mock';
import { renderRoutes } from '@/testing/render';

import type { JobPage, JobSummary } from '../api/types';

import { JobRoute } from './job';
import { JobsRoute } from './jobs';

const job: JobSummary = {
  id: '7',
  source: 'remoteok',
  sourceId: '123',
  title: 'Senior React Developer',
  company: 'Acme',
  url: 'https://remoteok.com/remote-jobs/123',
  applyUrl: 'https://acme.example/apply',
  skills: ['React', 'TypeScript'],
  salaryMin: 120000,
  salaryMax: 150000,
  salaryCurrency: 'USD',
  salaryPeriod: 'year',
  remote: true,
  location: 'Worldwide',
  postedAt: new Date().toISOString(),
  status: 'open',
  seniority: 'senior',
  employmentType: 'full_time',
  highlights: { title: 'Senior <mark>React</mark> Developer', description: 'Build <mark>React</mark> &amp; more' },
  alsoOn: [{ id: '8', source: 'greenhouse', url: 'https://boards.greenhouse.io/acme/1', status: 'open' }],
};

const facets = { sources: [{ value: 'remoteok', count: 1 }], skills: [{ value: 'React', count: 1 }], remote: [{ value: 'remote', count: 1 }], seniority: [{ value: 'senior', count: 1 }], employmentType: [{ value: 'full_time', count: 1 }], estimated: false, sampleSize: 1 };

function page(items: JobSummary[], extra: Partial<JobPage> = {}): JobPage {
  return { items, total: items.length, totalIsEstimate: false, page: 0, size: 20, sort: 'relevance', facets, ...extra };
}

const routes = [
  { path: '/jobs', element: <JobsRoute /> },
  { path: '/jobs/:id', element: <JobRoute /> },
];

describe('JobsRoute', () => {
  it('searches with what the URL says and shows highlighted results and facet counts', async () => {
    const fetch = mockFetch({ 'GET /api/jobs': () => json(page([job], { total: 1234, totalIsEstimate: true })) });
    renderRoutes(routes, '/jobs?q=react&remote=true');

    expect(await screen.findByText(/About 1,234 jobs/)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Senior React Developer' });
    expect(within(link).getByText('React').tagName).toBe('MARK');
    expect(screen.getByText('$120,000 – $150,000 a year')).toBeInTheDocument();
    expect(screen.getByText('Also on Greenhouse')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Remote only/ })).toBeChecked();
    const url = new URL(String(fetch.mock.calls[0]?.[0]), 'http://localhost');
    expect(url.searchParams.get('q')).toBe('react');
    expect(url.searchParams.get('remote')).toBe('true');
    expect(url.searchParams.get('facets')).toBe('true');
  });

  it('puts typed words into the URL after a pause', async () => {
    mockFetch({ 'GET /api/jobs': () => json(page([job])) });
    const { router, user } = renderRoutes(routes, '/jobs');
    await screen.findByRole('link', { name: 'Senior React Developer' });

    await user.type(screen.getByLabelText('Search jobs'), 'rust');
    await waitFor(() => expect(router.state.location.search).toBe('?q=rust'));
  });

  it('pages through the results, keeping the search', async () => {
    const scroll = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const fetch = mockFetch({ 'GET /api/jobs': () => json(page(Array.from({ length: 20 }, (_, i) => ({ ...job, id: String(i) })), { total: 45 })) });
    const { router, user } = renderRoutes(routes, '/jobs?q=react');
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=react&page=2'));
    expect(scroll).toHaveBeenCalled();
    scroll.mockRestore();
    await waitFor(() => expect(new URL(String(fetch.mock.calls.at(-1)?.[0]), 'http://localhost').searchParams.get('page')).toBe('1'));
  });

  it('suggests removing a filter when nothing matches', async () => {
    mockFetch({ 'GET /api/jobs': () => json(page([])) });
    renderRoutes(routes, '/jobs?q=cobol');
    expect(await screen.findByText('No jobs match')).toBeInTheDocument();
  });

  it('points to the sources when there are no jobs at all', async () => {
    mockFetch({ 'GET /api/jobs': () => json(page([])) });
    renderRoutes(routes, '/jobs');
    expect(await screen.findByText('No jobs yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Sources' })).toHaveAttribute('href', '/sources');
    expect(screen.getByRole('button', { name: 'Refresh jobs now' })).toBeInTheDocument();
  });

  it('shows the problem detail when the search fails', async () => {
    mockFetch({ 'GET /api/jobs': () => problem(400, { title: 'Bad Request', detail: 'At most 20 skills can be required at once.' }) });
    renderRoutes(routes, '/jobs');
    expect(await screen.findByRole('alert')).toHaveTextContent('At most 20 skills can be required at once.');
  });
});

describe('JobRoute', () => {
  it('shows the job with apply and attribution links that open safely', async () => {
    mockFetch({
      'GET /api/jobs/7': () =>
        json({ ...job, highlights: null, descriptionHtml: '<p>Build things.</p>', descriptionText: 'Build things.', duplicates: [{ id: '8', source: 'greenhouse', sourceId: '1', title: job.title, company: 'Acme', url: 'https://boards.greenhouse.io/acme/1', applyUrl: null, status: 'open', postedAt: null }] }),
    });
    renderRoutes(routes, '/jobs/7');

    expect(await screen.findByRole('heading', { name: 'Senior React Developer', level: 1 })).toBeInTheDocument();
    const apply = screen.getByRole('link', { name: /Apply/ });
    expect(apply).toHaveAttribute('href', 'https://acme.example/apply');
    expect(apply).toHaveAttribute('target', '_blank');
    expect(apply).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: 'View on Remote OK' })).toHaveAttribute('href', job.url);
    expect(screen.getByRole('link', { name: 'Greenhouse' })).toHaveAttribute('href', 'https://boards.greenhouse.io/acme/1');
    expect(screen.getByRole('link', { name: 'TypeScript' })).toHaveAttribute('href', '/jobs?skills=TypeScript');
    expect(screen.getByText('Build things.')).toBeInTheDocument();
  });

  it('says so when the job does not exist', async () => {
    mockFetch({ 'GET /api/jobs/99': () => problem(404, { title: 'Not Found', detail: "No job with id '99'." }) });
    renderRoutes(routes, '/jobs/99');
    expect(await screen.findByText('Job not found')).toBeInTheDocument();
  });
});
