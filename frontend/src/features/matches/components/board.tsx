import { useState } from 'react';

import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/api-client';

import type { Match } from '../api/get-matches';
import { useUpdateMatch, type UpdateMatchInput } from '../api/update-match';
import { canMove, isStatus, STATUS_LABELS, STATUSES, type MatchStatus } from '../lib/status';

import { BoardCard, DRAG_TYPE } from './board-card';

type BoardProps = { matches: Match[] };

/**
 * Kanban by status. Cards move by native drag and drop or with the status select on each card;
 * a move the backend refuses (409) springs back and its reason is shown above the board.
 */
export function Board({ matches }: BoardProps) {
  const update = useUpdateMatch();
  const [dragOver, setDragOver] = useState<MatchStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);

  const byStatus = new Map<MatchStatus, Match[]>(STATUSES.map((status) => [status, []]));
  for (const match of matches) byStatus.get(isStatus(match.status) ? match.status : 'new')!.push(match);

  function move(match: Match, status: MatchStatus) {
    if (match.status === status) return;
    setError(null);
    setPendingId(match.id!);
    update.mutate(
      { id: match.id!, status },
      {
        onError: (cause) => setError(`Could not move “${match.job?.title ?? 'this job'}” to ${STATUS_LABELS[status]}: ${errorMessage(cause)}`),
        onSettled: () => setPendingId(null),
      },
    );
  }

  function save(match: Match, change: Omit<UpdateMatchInput, 'status'>) {
    setError(null);
    return update.mutateAsync({ id: match.id!, ...change }).catch((cause: unknown) => {
      setError(`Could not save “${match.job?.title ?? 'this job'}”: ${errorMessage(cause)}`);
      throw cause;
    });
  }

  const dragged = (event: React.DragEvent) => {
    const id = event.dataTransfer.getData(DRAG_TYPE) || event.dataTransfer.getData('text/plain');
    return matches.find((match) => match.id === id);
  };

  return (
    <>
      {error && (
        <div className="relative mb-4">
          <ErrorAlert title="Move refused">{error}</ErrorAlert>
          <button
            type="button"
            onClick={() => setError(null)}
            className="absolute top-2 right-2 rounded-md px-2 py-1 text-sm font-medium text-red-800 hover:bg-red-100"
          >
            Dismiss
          </button>
        </div>
      )}
      <div className="-mx-4 overflow-x-auto px-4 pb-4 sm:-mx-6 sm:px-6" role="region" aria-label="Application board" tabIndex={0}>
        <div className="flex snap-x snap-mandatory gap-3 sm:snap-none">
          {STATUSES.map((status) => {
            const cards = byStatus.get(status)!;
            return (
              <section
                key={status}
                aria-label={STATUS_LABELS[status]}
                data-status={status}
                onDragOver={(event) => {
                  if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'move';
                  setDragOver(status);
                }}
                onDragLeave={(event) => {
                  if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragOver(null);
                }}
                onDrop={(event) => {
                  event.preventDefault();
                  setDragOver(null);
                  const match = dragged(event);
                  if (!match) return;
                  const from = isStatus(match.status) ? match.status : 'new';
                  if (!canMove(from, status)) {
                    setError(`“${match.job?.title ?? 'This job'}” cannot go back from ${STATUS_LABELS[from]} to ${STATUS_LABELS[status]}.`);
                    return;
                  }
                  move(match, status);
                }}
                className={`flex w-[80vw] max-w-72 shrink-0 snap-start flex-col rounded-lg p-2 sm:w-60 ${dragOver === status ? 'bg-indigo-100 ring-2 ring-indigo-400' : 'bg-slate-100'}`}
              >
                <h2 className="flex items-center justify-between px-1 pb-2 text-sm font-semibold text-slate-800">
                  {STATUS_LABELS[status]}
                  <span className="rounded-full bg-white px-2 text-xs font-medium text-slate-600">{cards.length}</span>
                </h2>
                <ul className="flex min-h-24 flex-col gap-2">
                  {cards.map((match) => (
                    <li key={match.id}>
                      <BoardCard match={match} onMove={move} onSave={save} busy={pendingId === match.id} />
                    </li>
                  ))}
                  {cards.length === 0 && (
                    <li className="rounded-md border-2 border-dashed border-slate-300 px-2 py-4 text-center text-xs text-slate-500">Drop a card here</li>
                  )}
                </ul>
              </section>
            );
          })}
        </div>
      </div>
    </>
  );
}
