import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

import { ApiError } from './api-client';

const FIVE_MINUTES = 5 * 60 * 1000;

export const queryConfig = {
  queries: {
    staleTime: FIVE_MINUTES,
    refetchOnWindowFocus: false,
    // A 4xx will not change by asking again; server and network errors get one more try.
    retry: (failureCount, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 1,
  },
  mutations: { retry: false },
} satisfies DefaultOptions;

export function createQueryClient() {
  return new QueryClient({ defaultOptions: queryConfig });
}
