import type { RunReport } from '../api/types';

import { durationBetween } from './format';
import { SourceLine } from './source-line';
import { StatusBadge } from './status-badge';
import { useNow } from './use-now';

export function runHeadline(run: Pick<RunReport, 'status' | 'sources'>): string {
  const failed = run.sources.filter((source) => source.status === 'failed').length;
  const ran = run.sources.filter((source) => source.status !== 'skipped').length;
  switch (run.status) {
    case 'running':
      return 'Refreshing jobs…';
    case 'completed':
      return 'Refresh complete';
    case 'partial':
      return `Refresh finished with errors: ${failed} of ${ran} sources failed`;
    case 'failed':
      return 'Refresh failed';
  }
}

/** Live per-source progress of one refresh run (and its outcome once it ended). */
export function RunProgress({ run }: { run: RunReport }) {
  const running = run.status === 'running';
  const now = useNow(running);
  const done = run.sources.filter((source) => source.status !== 'running').length;
  const total = run.sources.length;
  const created = run.sources.reduce((sum, source) => sum + source.created, 0);
  const updated = run.sources.reduce((sum, source) => sum + source.updated, 0);
  const elapsed = durationBetween(run.startedAt, run.finishedAt, now);
  const finished = `${done} of ${total} ${total === 1 ? 'source' : 'sources'} finished`;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm font-semibold text-slate-900">
          {runHeadline(run)}
        </p>
        <StatusBadge status={run.status} />
      </div>
      <div>
        <div
          role="progressbar"
          aria-label="Sources finished"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={finished}
          className="h-1.5 overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className={`h-full rounded-full transition-all ${run.status === 'failed' ? 'bg-red-500' : run.status === 'partial' ? 'bg-amber-500' : 'bg-indigo-600'}`}
            style={{ width: `${total ? (done / total) * 100 : 100}%` }}
          />
        </div>
        <p className="mt-1 text-xs text-slate-600">
          {finished}
          {elapsed && ` · ${running ? 'running for' : 'took'} ${elapsed}`}
          {!running && run.status !== 'failed' && ` · ${created} new, ${updated} updated`}
        </p>
      </div>
      {run.error && <p className="text-sm text-red-700">{run.error}</p>}
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label="Progress per source">
        {run.sources.map((source) => (
          <SourceLine key={source.source} source={source} now={now} />
        ))}
      </ul>
    </div>
  );
}
