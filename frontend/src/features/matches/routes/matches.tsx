import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageSpinner, Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';

import { useMatches } from '../api/get-matches';
import { MatchCard } from '../components/match-card';
import { MatchesHeader } from '../components/matches-header';
import { isStatus, STATUS_LABELS, STATUSES } from '../lib/status';
import { usePollWindow } from '../lib/use-poll-window';

const PAGE_SIZE = 20;
const MIN_SCORES = [0, 30, 50, 70, 85] as const;
const DEFAULT_MIN_SCORE = 50;

const selectClass =
  'mt-1 block w-full rounded-md border-0 py-1.5 pr-8 pl-2 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600';

export function MatchesRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const minScoreId = useId();
  const statusId = useId();
  const rawMin = Number(searchParams.get('minScore') ?? DEFAULT_MIN_SCORE);
  const minScore = MIN_SCORES.includes(rawMin as (typeof MIN_SCORES)[number]) ? rawMin : DEFAULT_MIN_SCORE;
  const rawStatus = searchParams.get('status');
  const status = isStatus(rawStatus) ? rawStatus : undefined;
  const page = Math.max(0, Number(searchParams.get('page') ?? 0) || 0);
  const polling = usePollWindow();

  const matches = useMatches({ minScore, status, page, size: PAGE_SIZE }, { pollWhileEmpty: polling && !status && page === 0 ? 3000 : false });

  function setParam(name: string, value: string | undefined) {
    const next = new URLSearchParams(searchParams);
    if (value === undefined) next.delete(name);
    else next.set(name, value);
    if (name !== 'page') next.delete('page');
    setSearchParams(next, { replace: true });
  }

  const items = matches.data?.items ?? [];
  const total = Number(matches.data?.total ?? 0);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filtered = minScore > DEFAULT_MIN_SCORE || status !== undefined;

  return (
    <>
      <MatchesHeader
        title="Matches"
        description="Jobs ranked by how well they fit your profile, with the reasons behind each score."
        refreshing={matches.isFetching && !matches.isLoading}
        onRefresh={() => void matches.refetch()}
      />

      <div className="mb-4 grid grid-cols-2 gap-3 sm:flex sm:items-end">
        <div className="sm:w-44">
          <label htmlFor={minScoreId} className="block text-sm font-medium text-slate-700">
            Minimum score
          </label>
          <select id={minScoreId} className={selectClass} value={minScore} onChange={(event) => setParam('minScore', event.target.value)}>
            {MIN_SCORES.map((value) => (
              <option key={value} value={value}>
                {value === 0 ? 'Any score' : `${value} or more`}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:w-44">
          <label htmlFor={statusId} className="block text-sm font-medium text-slate-700">
            Status
          </label>
          <select id={statusId} className={selectClass} value={status ?? ''} onChange={(event) => setParam('status', event.target.value || undefined)}>
            <option value="">All statuses</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        {matches.data && (
          <p className="col-span-2 text-sm text-slate-600 sm:ml-auto" aria-live="polite">
            {total === 1 ? '1 match' : `${total} matches`}
          </p>
        )}
      </div>

      {matches.isLoading ? (
        <PageSpinner />
      ) : matches.isError ? (
        <ErrorAlert title="Could not load your matches">{errorMessage(matches.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState title="No matches with these filters">
            Lower the minimum score or choose another status to see more.
          </EmptyState>
        ) : (
          <EmptyState title="No matches yet">
            Matches appear once your profile has skills and jobs have been collected.{' '}
            <Link to={paths.profile} className="font-semibold text-indigo-700 hover:underline">
              Upload your CV on the Profile page
            </Link>{' '}
            to get started.
            {minScore > 0 && <span className="mt-2 block">Weaker matches (below {minScore}) are hidden: choose “Any score” to see them.</span>}
            {polling && (
              <span className="mt-3 flex items-center justify-center gap-2 text-indigo-700">
                <Spinner size="sm" /> Checking for freshly computed matches…
              </span>
            )}
          </EmptyState>
        )
      ) : (
        <>
          <ol className="space-y-4" aria-label="Ranked matches">
            {items.map((match) => (
              <li key={match.id}>
                <MatchCard match={match} />
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav aria-label="Pagination" className="mt-6 flex items-center justify-between gap-4">
              <Button variant="secondary" disabled={page === 0} onClick={() => setParam('page', String(page - 1))}>
                Previous
              </Button>
              <span className="text-sm text-slate-600">
                Page {page + 1} of {pages}
              </span>
              <Button variant="secondary" disabled={page + 1 >= pages} onClick={() => setParam('page', String(page + 1))}>
                Next
              </Button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
