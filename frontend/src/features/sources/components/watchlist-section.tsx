import { ErrorAlert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';

import { useBoards } from '../api/get-boards';

import { AddBoardForm } from './add-board-form';
import { BoardList } from './board-list';

/**
 * The company boards read from Greenhouse, Lever and Ashby. The watchlist is shared by every user of the
 * server, so only those allowed to manage it (`canManage`) can add and remove boards; everyone else sees it
 * read-only. `undefined` means not known yet: read-only, without the note, so an administrator sees no flash.
 */
export function WatchlistSection({ canManage }: { canManage: boolean | undefined }) {
  const boards = useBoards();
  return (
    <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      {canManage === true && <AddBoardForm boards={boards.data ?? []} />}
      {canManage === false && (
        <p role="note" className="rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
          Only administrators can change the watchlist: it is shared by everyone who uses this server. An operator
          names administrators with <code className="text-xs">CAREER_AGENT_ADMIN_EMAILS</code>.
        </p>
      )}
      {boards.isPending ? (
        <Spinner label="Loading the watchlist" />
      ) : boards.isError ? (
        <ErrorAlert title="Could not load the watchlist">{errorMessage(boards.error)}</ErrorAlert>
      ) : (
        <BoardList boards={boards.data} canRemove={canManage === true} />
      )}
    </div>
  );
}
