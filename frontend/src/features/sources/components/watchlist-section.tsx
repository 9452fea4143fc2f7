import { ErrorAlert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api-client';

import { useBoards } from '../api/get-boards';

import { AddBoardForm } from './add-board-form';
import { BoardList } from './board-list';

/** The company boards read from Greenhouse, Lever and Ashby: add, list, remove. */
export function WatchlistSection() {
  const boards = useBoards();
  return (
    <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <AddBoardForm boards={boards.data ?? []} />
      {boards.isPending ? (
        <Spinner label="Loading the watchlist" />
      ) : boards.isError ? (
        <ErrorAlert title="Could not load the watchlist">{errorMessage(boards.error)}</ErrorAlert>
      ) : (
        <BoardList boards={boards.data} />
      )}
    </div>
  );
}
