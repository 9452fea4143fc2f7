import { ErrorAlert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/api-client';

import { providerNames } from '../api/add-board';
import { boardPageUrl } from '../api/board-address';
import { useRemoveBoard } from '../api/remove-board';
import { boardProviders, type Board } from '../api/types';

import { ExternalLink } from './external-link';
import { formatAbsolute, formatRelative } from './format';

/** The watchlist, by provider. Boards from the configuration cannot be removed here, nor any without `canRemove`. */
export function BoardList({ boards, canRemove }: { boards: readonly Board[]; canRemove: boolean }) {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {boardProviders.map((provider) => {
        const listed = boards.filter((board) => board.provider === provider);
        return (
          <section key={provider} aria-label={`${providerNames[provider]} boards`} className="rounded-md border border-slate-200">
            <h4 className="border-b border-slate-200 bg-slate-50 px-3 py-2 text-sm font-semibold text-slate-900">
              {providerNames[provider]} <span className="font-normal text-slate-500">({listed.length})</span>
            </h4>
            {listed.length === 0 ? (
              <p className="px-3 py-3 text-sm text-slate-500">No {providerNames[provider]} boards yet.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {listed.map((board) => (
                  <BoardRow key={board.token} board={board} canRemove={canRemove} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function BoardRow({ board, canRemove }: { board: Board; canRemove: boolean }) {
  const remove = useRemoveBoard();
  const configured = board.origin === 'config';
  return (
    <li className="space-y-1 px-3 py-2">
      <div className="flex items-center justify-between gap-2">
        <div className="min-w-0">
          <ExternalLink href={boardPageUrl(board.provider, board.token)} className="block truncate">
            {board.token}
          </ExternalLink>
          <p className="text-xs text-slate-500">
            {configured ? (
              'From the server configuration'
            ) : board.addedAt ? (
              <>
                Added <time dateTime={board.addedAt} title={formatAbsolute(board.addedAt)}>{formatRelative(board.addedAt)}</time>
              </>
            ) : (
              'Added by a user'
            )}
          </p>
        </div>
        {configured ? (
          <span
            className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600"
            title="Set by the operator (CAREER_AGENT_SOURCES_*_BOARDS); remove it there"
          >
            Fixed
          </span>
        ) : canRemove ? (
          <Button
            variant="secondary"
            className="shrink-0"
            isLoading={remove.isPending}
            aria-label={`Remove ${board.token} from ${providerNames[board.provider]}`}
            onClick={() => remove.mutate(board)}
          >
            Remove
          </Button>
        ) : null}
      </div>
      {remove.isError && <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert>}
    </li>
  );
}
