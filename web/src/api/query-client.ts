import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

/** A refusal (4xx) will not change by asking again; a network or server failure may. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

/** The one cache of server state: pages read it through useQuery, writes invalidate what they change. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, staleTime: 10_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
