import { useEffect, type ReactNode } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner, Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';

import { useScrapeLogs } from '../api/get-scrape-logs';
import { useSources } from '../api/get-sources';
import { useTrackedRun } from '../api/tracked-run';
import { RefreshJobsButton } from '../components/refresh-jobs-button';
import { RunHistory } from '../components/run-history';
import { SourceCard } from '../components/source-card';
import { WatchlistSection } from '../components/watchlist-section';

function Section({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div>
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      </div>
      {children}
    </section>
  );
}

/**
 * @param canManageWatchlist whether this user may add and remove boards (from the signed-in account, which the
 *                           app layer passes in); `undefined` while that is not known yet
 */
export function SourcesRoute({ canManageWatchlist }: { canManageWatchlist?: boolean }) {
  const sources = useSources();
  const runs = useScrapeLogs();
  const { tracked, track } = useTrackedRun();

  // A run started elsewhere (the schedule, another tab) is followed here as if started from this page.
  const running = runs.data?.find((run) => run.status === 'running');
  useEffect(() => {
    if (running && tracked?.runId !== running.runId && (!tracked || tracked.settled)) track({ runId: running.runId, reused: true });
  }, [running, tracked, track]);

  return (
    <div className="space-y-10">
      <PageHeader title="Sources" description="Where Career Agent finds jobs, how each site's terms are respected, and how the last refreshes went." />

      <Section id="refresh-heading" title="Refresh jobs" description="Fetch the newest postings now, from every source or only the ones you choose.">
        <div className="max-w-3xl">
          <RefreshJobsButton />
        </div>
      </Section>

      <Section id="sources-heading" title="Job sources">
        {sources.isPending ? (
          <PageSpinner />
        ) : sources.isError ? (
          <ErrorAlert title="Could not load the sources">{errorMessage(sources.error)}</ErrorAlert>
        ) : sources.data.length === 0 ? (
          <EmptyState title="No sources">This server has no job sources configured.</EmptyState>
        ) : (
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {sources.data.map((source) => (
              <SourceCard key={source.name} source={source} canManageWatchlist={canManageWatchlist === true} />
            ))}
          </div>
        )}
      </Section>

      <Section
        id="watchlist-heading"
        title="Company boards"
        description={
          canManageWatchlist
            ? 'Greenhouse, Lever and Ashby host the job boards of individual companies. Add the companies you want to follow; each board is checked with its provider before it is added.'
            : 'Greenhouse, Lever and Ashby host the job boards of individual companies. Jobs are read from the boards of these companies.'
        }
      >
        <WatchlistSection canManage={canManageWatchlist} />
      </Section>

      <Section id="runs-heading" title="Recent runs" description="Every refresh, with what each source found, stored and closed, and what went wrong.">
        {runs.isPending ? (
          <Spinner label="Loading recent runs" />
        ) : runs.isError ? (
          <ErrorAlert title="Could not load recent runs">{errorMessage(runs.error)}</ErrorAlert>
        ) : runs.data.length === 0 ? (
          <EmptyState title="No refreshes yet">Runs appear here once jobs are refreshed, by the button above or on the schedule.</EmptyState>
        ) : (
          <RunHistory runs={runs.data} />
        )}
      </Section>
    </div>
  );
}
