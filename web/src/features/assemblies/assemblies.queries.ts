import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import {
  createAssembly,
  fetchAssemblies,
  fetchAssembly,
  fetchMembershipYears,
  fetchQuorum,
} from './assemblies.api.ts';
import { fetchSheet, fetchTimeline, searchCheckIn } from './attendance.api.ts';
import { fetchConvocationPreview, fetchConvocations } from './convocations.api.ts';
import { fetchQuestions, fetchWorkshops } from './workshops.api.ts';

export const assemblyKeys = {
  all: ['assemblies'] as const,
  list: ['assemblies', 'list'] as const,
  detail: (slug: string) => ['assemblies', slug, 'detail'] as const,
  /** Everything read about one assembly: invalidated together when its state changes. */
  of: (slug: string) => ['assemblies', slug] as const,
  quorum: (slug: string) => ['assemblies', slug, 'quorum'] as const,
  sheet: (slug: string) => ['assemblies', slug, 'sheet'] as const,
  timeline: (slug: string) => ['assemblies', slug, 'timeline'] as const,
  checkIn: (slug: string, q: string) => ['assemblies', slug, 'check-in', q] as const,
  convocations: (slug: string) => ['assemblies', slug, 'convocations'] as const,
  convocationPreview: (slug: string) => ['assemblies', slug, 'convocations', 'preview'] as const,
  workshops: (slug: string) => ['assemblies', slug, 'workshops'] as const,
  questions: (slug: string) => ['assemblies', slug, 'questions'] as const,
};

export function useAssembliesQuery() {
  return useQuery({ queryKey: assemblyKeys.list, queryFn: fetchAssemblies });
}

export function useMembershipYearsQuery() {
  return useQuery({ queryKey: ['memberships', 'years'], queryFn: fetchMembershipYears });
}

export function useAssemblyQuery(slug: string) {
  return useQuery({ queryKey: assemblyKeys.detail(slug), queryFn: () => fetchAssembly(slug) });
}

export function useQuorumQuery(slug: string) {
  return useQuery({ queryKey: assemblyKeys.quorum(slug), queryFn: () => fetchQuorum(slug) });
}

export function useSheetQuery(slug: string) {
  return useQuery({ queryKey: assemblyKeys.sheet(slug), queryFn: () => fetchSheet(slug) });
}

export function useTimelineQuery(slug: string) {
  return useQuery({ queryKey: assemblyKeys.timeline(slug), queryFn: () => fetchTimeline(slug) });
}

export function useCheckInSearchQuery(slug: string, q: string) {
  return useQuery({
    queryKey: assemblyKeys.checkIn(slug, q),
    queryFn: () => searchCheckIn(slug, q),
    enabled: q !== '',
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** While e-mails are leaving, the progress is read again every `everyMs`; no more once none is pending. */
export function useConvocationsQuery(slug: string, everyMs: number) {
  return useQuery({
    queryKey: assemblyKeys.convocations(slug),
    queryFn: () => fetchConvocations(slug),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => ((query.state.data?.pending ?? 0) > 0 ? everyMs : false),
  });
}

/** Read again whenever the sending moves on (`progress`: its counts), so the figures follow it. */
export function useConvocationPreviewQuery(slug: string, progress: readonly number[]) {
  return useQuery({
    queryKey: [...assemblyKeys.convocationPreview(slug), ...progress],
    queryFn: () => fetchConvocationPreview(slug),
    placeholderData: keepPreviousData,
  });
}

export function useWorkshopsQuery(slug: string) {
  return useQuery({ queryKey: assemblyKeys.workshops(slug), queryFn: () => fetchWorkshops(slug) });
}

export function useQuestionsQuery(slug: string) {
  return useQuery({ queryKey: assemblyKeys.questions(slug), queryFn: () => fetchQuestions(slug) });
}

/**
 * A write whose answer is the new state of one query (the assembly opened, the sheet after a
 * check-in, the workshops after a move): shown at once; `related` queries are read again.
 */
export function useAnswerMutation<Output>(queryKey: QueryKey, related: readonly QueryKey[] = []) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: () => Promise<Output>) => write(),
    onSuccess: (answer) => {
      queryClient.setQueryData(queryKey, answer);
      for (const key of related) void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}

/** A write that changes what is read about an assembly (check-ins, e-mails sent): all of it read again. */
export function useAssemblyMutation<Input, Output>(slug: string, write: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assemblyKeys.of(slug) }),
  });
}

export function useCreateAssemblyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAssembly,
    onSuccess: (assembly) => {
      queryClient.setQueryData(assemblyKeys.detail(assembly.slug), assembly);
      void queryClient.invalidateQueries({ queryKey: assemblyKeys.list });
    },
  });
}
