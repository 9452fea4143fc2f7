import type { SourceView } from '../api/types';

import { ExternalLink } from './external-link';
import { formatAbsolute, formatRelative } from './format';
import { SourceCounts } from './source-counts';
import { StatusBadge } from './status-badge';

/** Why a source is off or idle, in words; null when it runs normally. */
function stateNote(source: SourceView, canManageWatchlist: boolean): string | null {
  if (!source.enabled) {
    // WWR's attribution already says why it is off by default; others are switched off by the operator.
    return source.name === 'wwr'
      ? null
      : `Switched off by the operator (CAREER_AGENT_SOURCES_${source.name.toUpperCase()}_ENABLED=false).`;
  }
  if (source.boards === 0) {
    return canManageWatchlist
      ? 'No boards on the watchlist yet: add a company board below to read it.'
      : 'No boards on the watchlist yet.';
  }
  return null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function SourceCard({ source, canManageWatchlist = false }: { source: SourceView; canManageWatchlist?: boolean }) {
  const note = stateNote(source, canManageWatchlist);
  const headingId = `source-${source.name}`;
  const last = source.lastRun;
  // Feeds credit the site their jobs come from ("Jobs by Remote OK", a followed link); board
  // providers only host the companies' own boards.
  const credit = source.boards === null && source.enabled ? 'Jobs by' : 'Website:';

  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="text-base font-semibold text-slate-900">
            {source.displayName}
          </h3>
          {source.siteUrl && (
            <p className="text-sm text-slate-600">
              {credit} <ExternalLink href={source.siteUrl}>{credit === 'Jobs by' ? source.displayName : hostOf(source.siteUrl)}</ExternalLink>
            </p>
          )}
        </div>
        <span
          className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
            source.enabled ? 'bg-emerald-50 text-emerald-800 ring-emerald-600/20' : 'bg-slate-100 text-slate-700 ring-slate-500/20'
          }`}
        >
          {source.enabled ? 'On' : 'Off'}
        </span>
      </div>

      {source.attribution && <p className={`text-sm ${source.enabled ? 'text-slate-700' : 'font-medium text-slate-800'}`}>{source.attribution}</p>}
      {note && <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">{note}</p>}

      <ul className="space-y-1 text-xs text-slate-600">
        {source.politeness && (
          <li>
            <span className="font-medium text-slate-700">Politeness:</span> {source.politeness}, as its terms ask.
          </li>
        )}
        {source.boards !== null && (
          <li>
            <span className="font-medium text-slate-700">Watchlist:</span> {source.boards === 1 ? '1 board' : `${source.boards} boards`}
          </li>
        )}
        {source.wholeBoard && (
          <li>
            <span className="font-medium text-slate-700">Closing:</span> jobs missing from two complete fetches in a row are marked closed.
          </li>
        )}
        {source.url && (
          <li className="break-all">
            <span className="font-medium text-slate-700">Endpoint:</span> <code>{source.url}</code>
          </li>
        )}
      </ul>

      {source.termsUrl && (
        <p className="text-sm">
          <ExternalLink href={source.termsUrl}>{`${source.displayName} terms`}</ExternalLink>
        </p>
      )}

      <div className="mt-auto border-t border-slate-100 pt-3">
        {last ? (
          <div className="space-y-1.5">
            <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
              <span className="font-medium text-slate-700">Last run</span>
              <time dateTime={last.startedAt} title={formatAbsolute(last.startedAt)}>
                {formatRelative(last.startedAt)}
              </time>
              <StatusBadge status={last.status} />
            </div>
            {(last.status === 'completed' || last.found > 0) && <SourceCounts report={last} />}
            {last.error && <p className={`text-xs break-words ${last.status === 'skipped' ? 'text-slate-600' : 'text-red-700'}`}>{last.error}</p>}
          </div>
        ) : (
          <p className="text-xs text-slate-500">Not run yet.</p>
        )}
      </div>
    </article>
  );
}
