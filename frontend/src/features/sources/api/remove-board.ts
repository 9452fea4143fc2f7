import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Board } from './types';

export function removeBoard({ provider, token }: Pick<Board, 'provider' | 'token'>): Promise<void> {
  return apiRequest<void>(`/api/sources/boards/${encodeURIComponent(provider)}/${encodeURIComponent(token)}`, { method: 'DELETE' });
}

/** Removes a board from the watchlist; the jobs it brought in stay. */
export function useRemoveBoard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeBoard,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sources'] }),
  });
}
