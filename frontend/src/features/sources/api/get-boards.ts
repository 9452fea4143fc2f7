import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Board } from './types';

export function getBoards({ signal }: { signal?: AbortSignal } = {}): Promise<{ items: Board[] }> {
  return apiRequest<{ items: Board[] }>('/api/sources/boards', { signal });
}

export function getBoardsQueryOptions() {
  return queryOptions({
    queryKey: ['sources', 'boards'],
    queryFn: ({ signal }) => getBoards({ signal }),
    select: (data) => data.items,
  });
}

export function useBoards() {
  return useQuery(getBoardsQueryOptions());
}
