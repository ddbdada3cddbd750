import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMinutes, fetchMinutesRegister, type MinutesView } from './minutes.api.ts';

export const minutesKeys = {
  all: ['minutes'] as const,
  register: ['minutes', 'register'] as const,
  of: (slug: string) => ['minutes', 'assembly', slug] as const,
};

export function useMinutesRegisterQuery() {
  return useQuery({ queryKey: minutesKeys.register, queryFn: fetchMinutesRegister });
}

/** The minutes of an assembly; `refetchInterval` reads them again while the page is shown (the notes taken live). */
export function useMinutesQuery(slug: string, options: { refetchInterval?: number } = {}) {
  return useQuery({ queryKey: minutesKeys.of(slug), queryFn: () => fetchMinutes(slug), ...options });
}

/**
 * Any write to an assembly's minutes (started, a section saved or reverted, sections reordered,
 * approved, signed, corrected) answers the minutes: shown at once, the register read again.
 */
export function useMinutesMutation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: () => Promise<MinutesView>) => write(),
    onSuccess: (minutes) => {
      queryClient.setQueryData(minutesKeys.of(slug), minutes);
      void queryClient.invalidateQueries({ queryKey: minutesKeys.register });
    },
  });
}
