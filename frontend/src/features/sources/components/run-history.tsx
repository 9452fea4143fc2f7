import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { sourceName } from '@/config/source-names';

import type { RunReport, SourceReport } from '../api/types';

import { countFields, countHints, countLabels, durationBetween, formatAbsolute, formatRelative } from './format';
import { SourceLine } from './source-line';
import { StatusBadge } from './status-badge';

const FIRST_SHOWN = 5;

/** Past runs, newest first: one row group per run, one row per source with its counts and error. */
export function RunHistory({ runs }: { runs: readonly RunReport[] }) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? runs : runs.slice(0, FIRST_SHOWN);

  return (
    <div className="space-y-3">
      {/* Phones get one card per run; wider screens the table, which needs the width for its columns. */}
      <div className="space-y-3 sm:hidden">
        {shown.map((run) => (
          <RunCard key={run.runId} run={run} />
        ))}
      </div>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm sm:block">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Recent refresh runs with the counts and errors of each source</caption>
          <thead className="bg-slate-50 text-xs font-semibold text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                Source
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              {countFields.map((field) => (
                <th key={field} scope="col" className="px-3 py-2 text-right" title={countHints[field]}>
                  {countLabels[field]}
                </th>
              ))}
            </tr>
          </thead>
          {shown.map((run) => (
            <RunRows key={run.runId} run={run} />
          ))}
        </table>
      </div>
      {runs.length > FIRST_SHOWN && (
        <Button variant="secondary" onClick={() => setShowAll((all) => !all)}>
          {showAll ? 'Show fewer runs' : `Show all ${runs.length} runs`}
        </Button>
      )}
    </div>
  );
}

function RunSummary({ run }: { run: RunReport }) {
  const took = run.status === 'running' ? null : durationBetween(run.startedAt, run.finishedAt);
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <time dateTime={run.startedAt} title={formatAbsolute(run.startedAt)} className="font-semibold text-slate-900">
          {formatRelative(run.startedAt)}
        </time>
        <StatusBadge status={run.status} />
        <span className="text-xs text-slate-600">
          {run.trigger === 'scheduled' ? 'Scheduled' : 'Manual'}
          {took && ` · took ${took}`}
        </span>
      </div>
      {run.error && <p className="mt-1 text-xs break-words text-red-700">{run.error}</p>}
    </>
  );
}

function RunCard({ run }: { run: RunReport }) {
  return (
    <article aria-label={`Run of ${formatAbsolute(run.startedAt)}`} className="rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
      <div className="border-b border-slate-100 bg-slate-50/60 px-3 py-2">
        <RunSummary run={run} />
      </div>
      <ul className="divide-y divide-slate-100">
        {run.sources.map((source) => (
          <SourceLine key={source.source} source={source} />
        ))}
      </ul>
    </article>
  );
}

function RunRows({ run }: { run: RunReport }) {
  return (
    <tbody className="border-t border-slate-200">
      <tr className="bg-slate-50/60">
        <th scope="rowgroup" colSpan={2 + countFields.length} className="px-3 py-2 text-left font-normal">
          <RunSummary run={run} />
        </th>
      </tr>
      {run.sources.map((source) => (
        <SourceRows key={source.source} source={source} />
      ))}
    </tbody>
  );
}

function SourceRows({ source }: { source: SourceReport }) {
  // Without counts worth showing, the message takes the counts' place; otherwise it goes below them.
  const noCounts = source.status === 'running' || source.status === 'skipped' || (source.status === 'failed' && source.found === 0);
  const tone = source.status === 'failed' ? 'text-red-700' : 'text-slate-600';
  return (
    <>
      <tr className="align-top">
        <td className="px-3 py-2 whitespace-nowrap text-slate-900">{sourceName(source.source)}</td>
        <td className="px-3 py-2">
          <StatusBadge status={source.status} />
        </td>
        {noCounts ? (
          <td colSpan={countFields.length} className={`min-w-56 px-3 py-2 text-xs break-words ${tone}`}>
            {source.error ?? (source.status === 'running' ? 'In progress…' : '—')}
          </td>
        ) : (
          countFields.map((field) => (
            <td key={field} className="px-3 py-2 text-right text-slate-900 tabular-nums">
              {source[field]}
            </td>
          ))
        )}
      </tr>
      {!noCounts && source.error && (
        <tr>
          <td />
          <td colSpan={1 + countFields.length} className={`px-3 pb-2 text-xs break-words ${tone}`}>
            {source.error}
          </td>
        </tr>
      )}
    </>
  );
}
