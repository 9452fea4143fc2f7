import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { SourceView } from './types';

export function getSources({ signal }: { signal?: AbortSignal } = {}): Promise<{ items: SourceView[] }> {
  return apiRequest<{ items: SourceView[] }>('/api/sources', { signal });
}

export function getSourcesQueryOptions() {
  return queryOptions({
    queryKey: ['sources', 'list'],
    queryFn: ({ signal }) => getSources({ signal }),
    select: (data) => data.items,
  });
}

export function useSources() {
  return useQuery(getSourcesQueryOptions());
}
