import { useId, useState } from 'react';

import { Button } from '@/components/ui/button';

import { useMatchHistory } from '../api/get-match-history';
import type { Match } from '../api/get-matches';
import type { UpdateMatchInput } from '../api/update-match';
import { dateInputValue, formatDate, isOverdue, jobTitle } from '../lib/format';
import { isStatus, STATUS_LABELS, type MatchStatus } from '../lib/status';

import { StatusSelect } from './status-select';

type BoardCardProps = {
  match: Match;
  onMove: (match: Match, status: MatchStatus) => void;
  onSave: (match: Match, change: Omit<UpdateMatchInput, 'status'>) => Promise<unknown>;
  busy: boolean;
};

export const DRAG_TYPE = 'application/x-career-agent-match';

export function BoardCard({ match, onMove, onSave, busy }: BoardCardProps) {
  const [editing, setEditing] = useState(false);
  const [notes, setNotes] = useState(match.notes ?? '');
  const [nextAction, setNextAction] = useState(dateInputValue(match.nextActionAt));
  const [saving, setSaving] = useState(false);
  const id = useId();
  const title = jobTitle(match);
  const status = isStatus(match.status) ? match.status : 'new';
  const due = formatDate(match.nextActionAt);
  const overdue = isOverdue(match.nextActionAt);

  async function save() {
    setSaving(true);
    try {
      await onSave(match, { notes, ...(nextAction ? { nextActionAt: nextAction } : {}) });
      setEditing(false);
    } catch {
      // the board shows the error
    } finally {
      setSaving(false);
    }
  }

  return (
    <article
      draggable={!editing}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, match.id!);
        event.dataTransfer.setData('text/plain', match.id!);
        event.dataTransfer.effectAllowed = 'move';
      }}
      aria-labelledby={`${id}-title`}
      data-testid="board-card"
      className={`rounded-md bg-white p-3 shadow-sm ring-1 ring-slate-200 ${editing ? '' : 'cursor-grab active:cursor-grabbing'} ${busy ? 'opacity-60' : ''}`}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id={`${id}-title`} className="min-w-0 text-sm font-semibold break-words text-slate-900">
          {title}
        </h3>
        <span className="shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold tabular-nums text-slate-700" title="Match score">
          {Math.round(match.score ?? 0)}
        </span>
      </div>
      {match.job?.company && <p className="mt-0.5 text-xs break-words text-slate-600">{match.job.company}</p>}
      {due && (
        <p className={`mt-1 text-xs ${overdue ? 'font-semibold text-rose-700' : 'text-slate-600'}`}>
          Next action: {due}
          {overdue && ' (overdue)'}
        </p>
      )}
      {match.notes && !editing && <p className="mt-1 line-clamp-3 text-xs whitespace-pre-line text-slate-700">{match.notes}</p>}

      {editing ? (
        <div className="mt-2 space-y-2">
          <div>
            <label htmlFor={`${id}-notes`} className="block text-xs font-medium text-slate-700">
              Notes
            </label>
            <textarea
              id={`${id}-notes`}
              rows={3}
              maxLength={10_000}
              value={notes}
              onChange={(event) => setNotes(event.target.value)}
              className="mt-1 block w-full rounded-md border-0 px-2 py-1 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
            />
          </div>
          <div>
            <label htmlFor={`${id}-next`} className="block text-xs font-medium text-slate-700">
              Next action date
            </label>
            <input
              id={`${id}-next`}
              type="date"
              value={nextAction}
              onChange={(event) => setNextAction(event.target.value)}
              className="mt-1 block w-full rounded-md border-0 px-2 py-1 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600"
            />
          </div>
          <StatusHistory matchId={match.id!} />
          <div className="flex gap-2">
            <Button isLoading={saving} onClick={() => void save()} className="px-2 py-1 text-xs">
              Save
            </Button>
            <Button
              variant="ghost"
              className="px-2 py-1 text-xs"
              onClick={() => {
                setNotes(match.notes ?? '');
                setNextAction(dateInputValue(match.nextActionAt));
                setEditing(false);
              }}
            >
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
          <StatusSelect status={status} label={`Move ${title}`} disabled={busy} onChange={(next) => onMove(match, next)} />
          <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setEditing(true)} aria-label={`Notes and next action for ${title}`}>
            Notes
          </Button>
        </div>
      )}
    </article>
  );
}

function label(status: string | undefined) {
  return isStatus(status) ? STATUS_LABELS[status] : (status ?? '—');
}

function StatusHistory({ matchId }: { matchId: string }) {
  const history = useMatchHistory(matchId);
  const items = history.data?.items ?? [];
  if (history.isLoading) return <p className="text-xs text-slate-500">Loading history…</p>;
  if (history.isError || items.length === 0) return null;
  return (
    <div>
      <p className="text-xs font-medium text-slate-700">History</p>
      <ol className="mt-1 space-y-0.5 text-xs text-slate-600" aria-label="Status history">
        {items.map((change, index) => (
          <li key={index}>
            {formatDate(change.changedAt)}: {label(change.from)} → {label(change.to)}
          </li>
        ))}
      </ol>
    </div>
  );
}
