import type { TimelineView } from '../../../../common/assemblies.schemas.ts';
import { utcToZonedTime } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { getAssociation } from '../association/association.service.ts';
import { listAttendanceRows, listProxyRows, type AssemblyRow } from './assemblies.repository.ts';
import { requireAssembly } from './assemblies.service.ts';
import { computeSheet } from './attendance.service.ts';

/** Who could vote at an instant of the session: present, remote, represented; their count and weight. */
export interface VotersAt {
  present: number;
  remote: number;
  represented: number;
  voters: number;
  weight: number;
}

/** The voters present (in the room or remotely) and represented at an instant, from the times recorded. */
export async function votersAt(db: DbOrTransaction, assembly: AssemblyRow, at: string): Promise<VotersAt> {
  const sheet = await computeSheet(db, assembly, { at });
  const count = (presence: string) => sheet.votingMembers.filter((member) => member.presence === presence);
  const voting = sheet.votingMembers.filter((member) =>
    ['present', 'remote', 'represented'].includes(member.presence),
  );
  return {
    present: count('present').length,
    remote: count('remote').length,
    represented: count('represented').length,
    voters: voting.length,
    weight: voting.reduce((total, member) => total + member.weight, 0),
  };
}

/**
 * The session's timeline: the voters present and represented at the opening and at every arrival,
 * departure, vote starting to count and proxy within the session (up to its closing); before the
 * opening, at every such moment recorded.
 */
export async function sessionTimeline(context: ServiceContext, slug: string): Promise<TimelineView> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const { timeZone } = await getAssociation(context);
  const rows = await listAttendanceRows(db, assembly.id);
  const proxies = await listProxyRows(db, assembly.id);
  const start = assembly.actual_start_at;
  const end = assembly.actual_end_at;
  const instants = new Set<string>();
  if (start) instants.add(start);
  if (end) instants.add(end);
  for (const row of rows) {
    for (const instant of [row.arrived_at, row.left_at, row.votes_from]) if (instant) instants.add(instant);
  }
  for (const proxy of proxies) instants.add(proxy.given_at);
  const within = [...instants]
    .filter((instant) => (!start || instant >= start) && (!end || instant <= end))
    .sort();
  const points = [];
  for (const at of within) {
    points.push({ at, time: utcToZonedTime(at, timeZone), ...(await votersAt(db, assembly, at)) });
  }
  return { points };
}
