import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';

import { useRefreshRun } from '../api/get-refresh-run';
import { useRefreshJobs } from '../api/refresh-jobs';
import { useTrackedRun } from '../api/tracked-run';

import { RunProgress } from './run-progress';
import { SourceChooser } from './source-chooser';

/**
 * "Refresh jobs": starts a refresh of every source (or of chosen ones), then shows each source's
 * progress until the run ends and reloads every job list (query keys under ['jobs']).
 * Self-contained, so other pages can place it too; all instances follow the same run.
 */
export function RefreshJobsButton({ allowChoosingSources = true }: { allowChoosingSources?: boolean }) {
  const queryClient = useQueryClient();
  const { tracked, settle, dismiss } = useTrackedRun();
  const refresh = useRefreshJobs();
  const run = useRefreshRun(tracked?.runId);
  const [choosing, setChoosing] = useState(false);
  const chooserId = useId();

  const report = run.data?.runId === tracked?.runId ? run.data : undefined;
  const running = tracked !== null && (report ? report.status === 'running' : !run.isError);

  useEffect(() => {
    if (tracked && !tracked.settled && report && report.status !== 'running') {
      settle(tracked.runId);
      void queryClient.invalidateQueries({ queryKey: ['jobs'] });
      void queryClient.invalidateQueries({ queryKey: ['sources'] });
    }
  }, [tracked, report, settle, queryClient]);

  const start = (sources?: string[]) => {
    setChoosing(false);
    refresh.mutate(sources ? { sources } : {});
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => start()} isLoading={refresh.isPending || running}>
          {running ? 'Refreshing…' : 'Refresh jobs'}
        </Button>
        {allowChoosingSources && (
          <Button variant="secondary" aria-expanded={choosing} aria-controls={chooserId} disabled={running} onClick={() => setChoosing((open) => !open)}>
            Choose sources
          </Button>
        )}
      </div>
      {choosing && !running && <SourceChooser id={chooserId} onSubmit={start} onCancel={() => setChoosing(false)} />}
      {refresh.isError && <ErrorAlert title="Could not start the refresh">{errorMessage(refresh.error)}</ErrorAlert>}
      {tracked && (
        <section aria-label="Refresh progress" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          {tracked.reused && <p className="text-sm text-slate-600">A refresh was already running, so you are following that one.</p>}
          {report ? (
            <RunProgress run={report} />
          ) : run.isError ? null : (
            <Spinner label="Starting the refresh" />
          )}
          {run.isError && (
            <ErrorAlert title={report ? 'Lost contact with the server; still trying' : 'Could not load the progress'}>{errorMessage(run.error)}</ErrorAlert>
          )}
          {!running && (
            <Button variant="secondary" onClick={dismiss}>
              Dismiss
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
