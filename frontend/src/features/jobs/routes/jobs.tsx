import { useCallback, useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner, Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';

import { useJobs } from '../api/get-jobs';
import { useRefreshJobs } from '../api/refresh-jobs';
import { hasFilters, PAGE_SIZE, parseJobSearch, toUrlParams, type JobSearch } from '../api/search-params';
import { JobCard } from '../components/job-card';
import { JobFilters } from '../components/job-filters';
import { formatCount } from '../utils/format';

const DEBOUNCE_MS = 250;

function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  // The last value this box sent to (or saw in) the URL.
  const [pushed, setPushed] = useState(value);
  // The URL changed from outside (back button, a link): show what it says.
  if (value !== pushed) {
    setPushed(value);
    setText(value);
  }
  useEffect(() => {
    if (text === pushed) return;
    const timer = setTimeout(() => {
      setPushed(text);
      onSearch(text);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, pushed, onSearch]);
  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        setPushed(text);
        onSearch(text);
      }}
    >
      <label htmlFor="job-search" className="sr-only">
        Search jobs
      </label>
      <div className="relative">
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="pointer-events-none absolute top-1/2 left-3 h-5 w-5 -translate-y-1/2 text-slate-400">
          <path fillRule="evenodd" d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.58 3.58a.75.75 0 1 1-1.06 1.06l-3.58-3.58A7 7 0 0 1 2 9Z" clipRule="evenodd" />
        </svg>
        <input
          id="job-search"
          type="search"
          maxLength={300}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder='Search, e.g. react -junior'
          className="block w-full rounded-md border-0 py-2.5 pr-3 pl-10 text-slate-900 shadow-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-indigo-600 focus:outline-none focus:ring-inset"
        />
      </div>
    </form>
  );
}

function NoJobsAtAll() {
  const { start, run, running } = useRefreshJobs();
  return (
    <EmptyState title="No jobs yet">
      <p>Jobs are collected from the job boards you enable on the Sources page.</p>
      <div className="mt-4 flex flex-wrap items-center justify-center gap-3">
        <Link to="/sources" className="rounded-md px-3 py-2 text-sm font-semibold text-indigo-600 ring-1 ring-indigo-200 hover:bg-indigo-50">
          Open Sources
        </Link>
        <Button onClick={() => start.mutate()} isLoading={running}>
          {running ? 'Refreshing…' : 'Refresh jobs now'}
        </Button>
      </div>
      {start.error && <p className="mt-3 text-red-700">{errorMessage(start.error)}</p>}
      {run.data && run.data.status !== 'running' && (
        <p className="mt-3" role="status">
          Refresh {run.data.status}.{run.data.error ? ` ${run.data.error}` : ''}
        </p>
      )}
    </EmptyState>
  );
}

export function JobsRoute() {
  const [params, setParams] = useSearchParams();
  const search = parseJobSearch(params);
  const jobs = useJobs(search);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();

  // Any change of the search starts again at page 1.
  const update = (change: Partial<JobSearch>, replace = false) => {
    setParams(toUrlParams({ ...parseJobSearch(params), page: 1, ...change }), { replace });
  };
  const goToPage = (page: number) => {
    update({ page });
    window.scrollTo({ top: 0 });
  };
  // Typing replaces the history entry (no entry per keystroke); filters and pages push one.
  const onSearch = useCallback(
    (q: string) => setParams((current) => toUrlParams({ ...parseJobSearch(current), page: 1, q }), { replace: true }),
    [setParams],
  );

  const data = jobs.data;
  const filterCount =
    search.source.length + search.skills.length + search.seniority.length + search.employmentType.length + (search.remote ? 1 : 0) + (search.salaryMin ? 1 : 0) + (search.posted ? 1 : 0);
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const searchString = params.toString();

  return (
    <>
      <PageHeader title="Jobs" description="Openings collected from job boards and company career pages." />
      <div className="space-y-3">
        <SearchBox value={search.q} onSearch={onSearch} />
        <div className="flex items-center justify-between gap-3 lg:hidden">
          <Button variant="secondary" aria-expanded={filtersOpen} aria-controls={filtersId} onClick={() => setFiltersOpen((o) => !o)}>
            {filtersOpen ? 'Hide filters' : 'Filters'}
            {filterCount > 0 && <span className="rounded-full bg-indigo-600 px-1.5 text-xs text-white">{filterCount}</span>}
          </Button>
          {hasFilters(search) && (
            <button type="button" className="text-sm font-medium text-indigo-600" onClick={() => setParams(new URLSearchParams())}>
              Clear all
            </button>
          )}
        </div>
      </div>

      <div className="mt-4 grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <aside id={filtersId} aria-label="Filters" className={`${filtersOpen ? 'block' : 'hidden'} rounded-lg border border-slate-200 bg-white p-4 lg:block lg:self-start`}>
          <div className="mb-4 hidden items-center justify-between lg:flex">
            <h2 className="text-sm font-semibold text-slate-900">Filters</h2>
            {hasFilters(search) && (
              <button type="button" className="text-sm font-medium text-indigo-600" onClick={() => setParams(new URLSearchParams())}>
                Clear all
              </button>
            )}
          </div>
          <JobFilters search={search} facets={data?.facets} onChange={(change) => update(change)} />
          <Button className="mt-6 w-full lg:hidden" onClick={() => setFiltersOpen(false)}>
            {data ? `Show ${data.totalIsEstimate ? 'about ' : ''}${formatCount(data.total)} ${data.total === 1 ? 'job' : 'jobs'}` : 'Show jobs'}
          </Button>
        </aside>

        <section aria-label="Results" aria-busy={jobs.isFetching} className="min-w-0">
          {jobs.isPending ? (
            <PageSpinner />
          ) : jobs.isError && !data ? (
            <ErrorAlert title="Could not load jobs">
              {errorMessage(jobs.error)}{' '}
              <button type="button" className="font-semibold underline" onClick={() => void jobs.refetch()}>
                Try again
              </button>
            </ErrorAlert>
          ) : data ? (
            <>
              {jobs.isError && (
                <div className="mb-3">
                  <ErrorAlert title="Could not update the results">{errorMessage(jobs.error)}</ErrorAlert>
                </div>
              )}
              <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                <p className="text-sm text-slate-600" role="status" data-testid="job-total">
                  {data.totalIsEstimate ? 'About ' : ''}
                  {formatCount(data.total)} {data.total === 1 ? 'job' : 'jobs'}
                  {jobs.isFetching && (
                    <span className="ml-2 inline-flex align-middle text-indigo-600">
                      <Spinner size="sm" label="Updating results" />
                    </span>
                  )}
                </p>
                <label className="flex items-center gap-2 text-sm text-slate-600">
                  Sort by
                  <select
                    value={search.sort ?? (search.q.trim() ? 'relevance' : 'newest')}
                    onChange={(e) => update({ sort: e.target.value as JobSearch['sort'] })}
                    className="rounded-md border-0 bg-white py-1.5 pr-8 pl-2 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
                  >
                    {search.q.trim() && <option value="relevance">Relevance</option>}
                    <option value="newest">Newest</option>
                    <option value="salary">Salary</option>
                  </select>
                </label>
              </div>
              {data.items.length === 0 ? (
                hasFilters(search) ? (
                  <EmptyState title="No jobs match">
                    Try removing a filter or searching for fewer words.{' '}
                    <button type="button" className="font-semibold text-indigo-600" onClick={() => setParams(new URLSearchParams())}>
                      Clear the search
                    </button>
                  </EmptyState>
                ) : (
                  <NoJobsAtAll />
                )
              ) : (
                <ul className={`space-y-3 transition-opacity ${jobs.isPlaceholderData ? 'opacity-60' : ''}`}>
                  {data.items.map((job) => (
                    <JobCard key={job.id} job={job} search={searchString} />
                  ))}
                </ul>
              )}
              {pages > 1 && (
                <nav aria-label="Pagination" className="mt-6 flex items-center justify-between gap-3">
                  <Button variant="secondary" disabled={search.page <= 1} onClick={() => goToPage(search.page - 1)}>
                    Previous
                  </Button>
                  <span className="text-sm text-slate-600">
                    Page {search.page} of {data.totalIsEstimate ? 'about ' : ''}
                    {formatCount(pages)}
                  </span>
                  <Button variant="secondary" disabled={search.page >= pages || data.items.length < PAGE_SIZE} onClick={() => goToPage(search.page + 1)}>
                    Next
                  </Button>
                </nav>
              )}
            </>
          ) : null}
        </section>
      </div>
    </>
  );
}
