import { Link } from 'react-router';

import { ErrorAlert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-client';

import { useMatches } from '../api/get-matches';
import { Board } from '../components/board';
import { MatchesHeader } from '../components/matches-header';

/** New matches below this score stay off the board until you act on them from the Matches page. */
const NEW_MIN_SCORE = 50;
const BOARD_SIZE = 100;

export function TrackerRoute() {
  const matches = useMatches({ minScore: 0, page: 0, size: BOARD_SIZE });
  const items = (matches.data?.items ?? []).filter((match) => match.status !== 'new' || (match.score ?? 0) >= NEW_MIN_SCORE);
  const total = Number(matches.data?.total ?? 0);

  return (
    <>
      <MatchesHeader
        title="Tracker"
        description="Your applications by stage. Drag a card to another column, or use its status menu."
        refreshing={matches.isFetching && !matches.isLoading}
        onRefresh={() => void matches.refetch()}
      />
      {matches.isLoading ? (
        <PageSpinner />
      ) : matches.isError ? (
        <ErrorAlert title="Could not load your board">{errorMessage(matches.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <EmptyState title="Nothing to track yet">
          Your board fills up from your matches.{' '}
          <Link to={paths.matches} className="font-semibold text-indigo-700 hover:underline">
            See your matches
          </Link>{' '}
          or{' '}
          <Link to={paths.profile} className="font-semibold text-indigo-700 hover:underline">
            upload your CV
          </Link>{' '}
          to get some.
        </EmptyState>
      ) : (
        <>
          {total > BOARD_SIZE && (
            <p className="mb-3 text-sm text-slate-600">Showing your {BOARD_SIZE} best matches of {total}.</p>
          )}
          <Board matches={items} />
        </>
      )}
    </>
  );
}
