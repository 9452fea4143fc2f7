import { sourceName } from '@/config/source-names';

import type { SourceReport } from '../api/types';

import { durationBetween } from './format';
import { SourceCounts } from './source-counts';
import { StatusBadge } from './status-badge';

/** One source of a run as a list item: status, time taken (with `now`), counts and error. */
export function SourceLine({ source, now }: { source: SourceReport; now?: number }) {
  const elapsed = now === undefined || source.status === 'skipped' ? null : durationBetween(source.startedAt, source.finishedAt, now);
  const hasCounts = source.status === 'completed' || (source.status === 'failed' && source.found > 0);
  return (
    <li className="space-y-1 px-3 py-2">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="min-w-0 flex-1 truncate text-sm font-medium text-slate-900">{sourceName(source.source)}</span>
        {elapsed && <span className="text-xs text-slate-500 tabular-nums">{elapsed}</span>}
        <StatusBadge status={source.status} />
      </div>
      {hasCounts && <SourceCounts report={source} />}
      {source.error && (
        <p className={`text-xs break-words ${source.status === 'skipped' ? 'text-slate-600' : 'text-red-700'}`}>
          {source.status === 'skipped' ? 'Skipped: ' : 'Error: '}
          {source.error}
        </p>
      )}
    </li>
  );
}
