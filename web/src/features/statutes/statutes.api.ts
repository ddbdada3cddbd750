import { api } from '../../api/client.ts';
import type { StatutesInput, StatutesList, StatutesView } from '../../../../common/assemblies.schemas.ts';

/** One version of the statutes, as the API returns it. Versions are never edited. */
export type Statutes = StatutesView;

/** Every version, newest first. */
export async function fetchStatutes(): Promise<Statutes[]> {
  const { versions } = await api.get<StatutesList>('/api/statutes');
  return versions;
}

/** Adds a version in force from its date; answers 400 validation_failed with field paths. */
export async function addStatutesVersion(input: StatutesInput): Promise<Statutes> {
  return api.post<Statutes>('/api/statutes', input);
}

/** The version in force on a day: the latest that took effect on or before it. */
export function statutesInForce(versions: readonly Statutes[], day: string): Statutes | undefined {
  let current: Statutes | undefined;
  for (const version of versions) {
    if (version.effectiveFrom > day) continue;
    if (!current || version.effectiveFrom > current.effectiveFrom) current = version;
  }
  return current;
}

/** Quorum shares offered by the form, as "numerator/denominator". */
export const commonShares = ['1/4', '1/3', '1/2', '2/3', '3/4'] as const;

export type Share = StatutesInput['ordinaryQuorum'];

export function shareToValue(share: Share): string {
  return share ? `${share.numerator}/${share.denominator}` : 'none';
}

export function valueToShare(value: string): Share {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  return match ? { numerator: Number(match[1]), denominator: Number(match[2]) } : null;
}
