import type {
  AgendaItemView,
  AssemblyInput,
  AssemblyList,
  AssemblyUpdate,
  AssemblyView,
  QuorumStanding,
  agendaItemKinds,
} from '../../../../common/assemblies.schemas.ts';
import type { MembershipYears } from '../../../../common/memberships.schemas.ts';
import { api } from '../../api/client.ts';

export type AgendaItemKind = (typeof agendaItemKinds)[number];
export type AssemblyPhase = 'planned' | 'open' | 'closed';

export type AgendaItem = AgendaItemView;

/** An assembly as the server presents it; times are local "14:00" strings in the association's zone. */
export type Assembly = AssemblyView;

export type { QuorumStanding };

/** Planned until the chair opens the session, open until it is closed. */
export function phaseOf(assembly: Pick<Assembly, 'actualStartAt' | 'actualEndAt'>): AssemblyPhase {
  if (assembly.actualEndAt) return 'closed';
  if (assembly.actualStartAt) return 'open';
  return 'planned';
}

export function assemblyPath(slug: string, page?: string): string {
  return `/assemblies/${encodeURIComponent(slug)}${page ? `/${page}` : ''}`;
}

export function assemblyApiPath(slug: string, rest?: string): string {
  return `/api/assemblies/${encodeURIComponent(slug)}${rest ? `/${rest}` : ''}`;
}

export async function fetchAssemblies(): Promise<Assembly[]> {
  const { assemblies } = await api.get<AssemblyList>('/api/assemblies');
  return assemblies;
}

export function fetchAssembly(slug: string): Promise<Assembly> {
  return api.get<Assembly>(assemblyApiPath(slug));
}

/** The years that have memberships, newest first: where a new assembly's membership year is picked. */
export async function fetchMembershipYears(): Promise<number[]> {
  const { years } = await api.get<MembershipYears>('/api/memberships/years');
  return years;
}

/** Answers 409 conflict with a `body.slug` slug_taken error when the identifier is taken. */
export function createAssembly(input: AssemblyInput): Promise<Assembly> {
  return api.post<Assembly>('/api/assemblies', input);
}

/**
 * Refused with assembly_minutes_signed once the minutes are signed, and with stale_version (the
 * assembly as it now is) when `version` is no longer its version.
 */
export function updateAssembly(slug: string, changes: AssemblyUpdate, version?: number): Promise<Assembly> {
  return api.patch<Assembly>(assemblyApiPath(slug), changes, { version });
}

/** Refused with assembly_has_records once anything is recorded. */
export function deleteAssembly(slug: string): Promise<null> {
  return api.delete<null>(assemblyApiPath(slug));
}

export function fetchQuorum(slug: string): Promise<QuorumStanding> {
  return api.get<QuorumStanding>(assemblyApiPath(slug, 'quorum'));
}

/** Records the start time (typed "14:00", or now) and freezes the quorum as it stood then; 409 when already open. */
export function openSession(slug: string, time: string | null = null): Promise<Assembly> {
  return api.post<Assembly>(assemblyApiPath(slug, 'open'), { time });
}

export function closeSession(slug: string, time: string | null = null): Promise<Assembly> {
  return api.post<Assembly>(assemblyApiPath(slug, 'close'), { time });
}

export function setCurrentAgendaItem(slug: string, agendaItemId: string | null): Promise<Assembly> {
  return api.put<Assembly>(assemblyApiPath(slug, 'current-item'), { agendaItemId });
}
