import { useQuery } from '@tanstack/react-query';
import { fetchImport } from './register-import.api.ts';

export const registerImportKeys = { of: (importId: string) => ['register-import', importId] as const };

/**
 * While a check or an import runs (its request is pending), the page asks the server how far it
 * has got, twice a second.
 */
export function useImportProgressQuery(importId: string | null, isRunning: boolean) {
  return useQuery({
    queryKey: registerImportKeys.of(importId ?? ''),
    queryFn: () => fetchImport(importId ?? ''),
    enabled: importId !== null && isRunning,
    refetchInterval: 500,
    retry: false,
  });
}
