import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staleCurrent } from '../../components/versioned-save.hook.ts';
import {
  fetchFeeGrid,
  fetchHistory,
  fetchMembership,
  fetchMemberships,
  fetchSummary,
  type MembershipDetail,
  type MembershipFilter,
} from './memberships.api.ts';
import {
  fetchDuplicates,
  fetchMyPerson,
  fetchOrganisation,
  fetchPerson,
  previewMerge,
  searchOrganisations,
  searchPersons,
  type PersonSearch,
  type PersonView,
} from './register.api.ts';

/** The register's persons and organisations; memberships apart, under their own root. */
export const registerKeys = {
  all: ['register'] as const,
  persons: (search: PersonSearch) => ['register', 'persons', search] as const,
  person: (personId: string) => ['register', 'person', personId] as const,
  myPerson: ['register', 'me'] as const,
  organisations: (q: string) => ['register', 'organisations', q] as const,
  organisation: (organisationId: string) => ['register', 'organisation', organisationId] as const,
  duplicates: ['register', 'duplicates'] as const,
  mergePreview: (keepId: string, removeId: string) => ['register', 'merge', keepId, removeId] as const,
};

export const membershipKeys = {
  all: ['memberships'] as const,
  list: (filter: MembershipFilter) => ['memberships', 'list', filter] as const,
  detail: (membershipId: string) => ['memberships', 'detail', membershipId] as const,
  feeGrid: (year: number) => ['memberships', 'fees', year] as const,
  summary: (year: number, at: string) => ['memberships', 'summary', year, at] as const,
  history: ['memberships', 'history'] as const,
};

export function usePersonsQuery(search: PersonSearch) {
  return useQuery({
    queryKey: registerKeys.persons(search),
    queryFn: () => searchPersons(search),
    placeholderData: keepPreviousData,
  });
}

export function usePersonQuery(personId: string) {
  return useQuery({ queryKey: registerKeys.person(personId), queryFn: () => fetchPerson(personId) });
}

export function useMyPersonQuery() {
  return useQuery({ queryKey: registerKeys.myPerson, queryFn: fetchMyPerson });
}

export function useOrganisationsQuery(q: string) {
  return useQuery({
    queryKey: registerKeys.organisations(q),
    queryFn: () => searchOrganisations(q),
    placeholderData: keepPreviousData,
  });
}

export function useOrganisationQuery(organisationId: string) {
  return useQuery({
    queryKey: registerKeys.organisation(organisationId),
    queryFn: () => fetchOrganisation(organisationId),
  });
}

export function useDuplicatesQuery() {
  return useQuery({ queryKey: registerKeys.duplicates, queryFn: fetchDuplicates });
}

export function useMergePreviewQuery(keepId: string, removeId: string) {
  return useQuery({
    queryKey: registerKeys.mergePreview(keepId, removeId),
    queryFn: () => previewMerge(keepId, removeId),
    placeholderData: keepPreviousData,
  });
}

export function useMembershipsQuery(filter: MembershipFilter) {
  return useQuery({
    queryKey: membershipKeys.list(filter),
    queryFn: () => fetchMemberships(filter),
    placeholderData: keepPreviousData,
  });
}

export function useMembershipQuery(membershipId: string) {
  return useQuery({
    queryKey: membershipKeys.detail(membershipId),
    queryFn: () => fetchMembership(membershipId),
  });
}

export function useFeeGridQuery(year: number | null) {
  return useQuery({
    queryKey: membershipKeys.feeGrid(year ?? 0),
    queryFn: () => fetchFeeGrid(year ?? 0),
    enabled: year !== null,
  });
}

export function useSummaryQuery(year: number, at: string, isEnabled: boolean) {
  return useQuery({
    queryKey: membershipKeys.summary(year, at),
    queryFn: () => fetchSummary(year, at),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
  });
}

export function useHistoryQuery() {
  return useQuery({ queryKey: membershipKeys.history, queryFn: fetchHistory });
}

/** A write answering a person: shown at once, and the lists and memberships naming it read again. */
export function usePersonMutation<Input>(write: (input: Input) => Promise<PersonView>) {
  const changed = useRegisterChanged();
  return useMutation({ mutationFn: write, onSuccess: changed.person });
}

/** A write answering a membership: shown at once, and the lists, counts and records read again. */
export function useMembershipMutation<Input>(write: (input: Input) => Promise<MembershipDetail>) {
  const changed = useRegisterChanged();
  return useMutation({
    mutationFn: write,
    onSuccess: changed.membership,
    // Refused as stale: the membership as it now is replaces the one shown.
    onError: (error) => {
      const current = staleCurrent<MembershipDetail>(error);
      if (current) changed.membership(current);
    },
  });
}

/** Any other write to the register (an organisation, a fee grid, a merge): everything of it read again. */
export function useRegisterMutation<Input, Output>(write: (input: Input) => Promise<Output>) {
  const changed = useRegisterChanged();
  return useMutation({ mutationFn: write, onSuccess: changed.any });
}

/**
 * After a write to the register: the record the server answered is shown at once, and every list,
 * count and membership that may name it is read again.
 */
function useRegisterChanged() {
  const queryClient = useQueryClient();
  return {
    person: (person: PersonView) => {
      queryClient.setQueryData(registerKeys.person(person.id), person);
      void queryClient.invalidateQueries({ queryKey: registerKeys.all });
      void queryClient.invalidateQueries({ queryKey: membershipKeys.all });
    },
    membership: (membership: MembershipDetail) => {
      queryClient.setQueryData(membershipKeys.detail(membership.id), membership);
      void queryClient.invalidateQueries({ queryKey: membershipKeys.all });
      void queryClient.invalidateQueries({ queryKey: registerKeys.all });
    },
    any: () => {
      void queryClient.invalidateQueries({ queryKey: registerKeys.all });
      void queryClient.invalidateQueries({ queryKey: membershipKeys.all });
    },
  };
}
