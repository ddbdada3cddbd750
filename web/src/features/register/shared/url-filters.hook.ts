import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters kept in the address (?year=2017&status=validated), so a filtered list can be bookmarked,
 * shared, and found again with the browser's Back button.
 */
export function useUrlFilters<Key extends string>(keys: readonly Key[]) {
  const [parameters, setParameters] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, parameters.get(key) ?? ''])) as Record<
    Key,
    string
  >;

  const setValues = useCallback(
    (changes: Partial<Record<Key | 'page', string>>) => {
      setParameters(
        () => {
          // The address as it is now, not as it was at the last render: two changes made before
          // React renders again (year, then category) both stay. BrowserRouter writes the address
          // synchronously, so it already holds the previous change.
          const next = new URLSearchParams(window.location.search);
          // Any change of filter starts again from the first page.
          if (!('page' in changes)) next.delete('page');
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, String(value));
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParameters],
  );

  return { values, page: Math.max(1, Number(parameters.get('page') ?? '1') || 1), setValues };
}
