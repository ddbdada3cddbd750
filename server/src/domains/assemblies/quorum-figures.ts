import type { DbOrTransaction } from '../../db/database.ts';
import type { AssemblyRow } from './assemblies.repository.ts';
import { computeQuorum, type QuorumResult } from './quorum.ts';
import { quorumRuleFor, type Statutes } from './statutes.ts';
import { votingScope } from './voting-members.ts';
import {
  countVotingMemberships,
  listProxiesOfVotingMemberships,
  listVotingMembershipsInRoom,
} from './voting-members.repository.ts';

/**
 * The live quorum counted in SQL, without listing every member: what a check-in needs to answer
 * fast in a large assembly. It agrees with the sheet's count (computeSheet), which lists everyone.
 */
export async function liveQuorum(
  db: DbOrTransaction,
  assembly: AssemblyRow,
  statutes: Statutes,
): Promise<{ quorum: QuorumResult; presentCount: number; representedCount: number }> {
  const scope = await votingScope(db, {
    year: assembly.membership_year,
    day: assembly.held_on,
    statutes,
    kind: assembly.kind,
  });
  const votingCount = await countVotingMemberships(db, scope);
  const inRoom = await listVotingMembershipsInRoom(db, assembly.id, scope);
  const inRoomIds = new Set(inRoom.map((row) => row.membership_id!));
  const present = new Set(inRoom.filter((row) => row.status === 'present').map((row) => row.membership_id!));
  const remote = new Set(
    inRoom
      .filter((row) => row.status === 'remote' && !present.has(row.membership_id!))
      .map((row) => row.membership_id!),
  );
  const proxies = await listProxiesOfVotingMemberships(db, assembly.id, scope);
  const represented = proxies.filter(
    (proxy) => !inRoomIds.has(proxy.giver_membership_id) && inRoomIds.has(proxy.holder_membership_id),
  ).length;
  const quorum = computeQuorum(
    quorumRuleFor(statutes, {
      kind: assembly.kind,
      isSecondConvocation: assembly.is_second_convocation === 1,
    }),
    {
      votingMembers: votingCount,
      isFeeRequired: statutes.requiresFeePaid,
      present: present.size,
      remote: remote.size,
      represented,
    },
  );
  return { quorum, presentCount: inRoomIds.size, representedCount: represented };
}
