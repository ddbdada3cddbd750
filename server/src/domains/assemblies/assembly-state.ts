import { assemblyChannel, type AssemblyStateEvent } from '../../../../common/events.ts';
import { utcToZonedTime } from '../../../../common/time-zones.ts';
import { getAssociation } from '../association/association.service.ts';
import type { ServiceContext } from '../../context.ts';
import { findAgendaItem, findAssemblyBySlug } from './assemblies.repository.ts';
import { liveQuorum } from './quorum-figures.ts';
import { parseFrozenQuorum } from './quorum.ts';
import { requireStatutes } from './statutes.service.ts';

/** Where a session stands, as the projector and the phones show it. */
export async function assemblyState(context: ServiceContext, slug: string): Promise<AssemblyStateEvent> {
  const { db } = context.database;
  const assembly = await findAssemblyBySlug(db, slug);
  if (!assembly) throw new Error(`no assembly ${slug}`);
  const statutes = await requireStatutes(db, assembly.held_on);
  const { timeZone } = await getAssociation(context);
  const live = await liveQuorum(db, assembly, statutes);
  const frozen = assembly.quorum_snapshot ? parseFrozenQuorum(assembly.quorum_snapshot) : null;
  const item = assembly.current_agenda_item_id
    ? await findAgendaItem(db, assembly.id, assembly.current_agenda_item_id)
    : undefined;
  return {
    type: 'assembly.state',
    slug,
    phase: assembly.actual_end_at ? 'closed' : assembly.actual_start_at ? 'open' : 'planned',
    currentAgendaItemId: assembly.current_agenda_item_id,
    currentAgendaItemTitle: item?.title ?? null,
    quorum: frozen
      ? {
          isRequired: frozen.isRequired,
          counted: frozen.counted,
          required: frozen.required,
          isReached: frozen.isReached,
          votingMembers: frozen.votingMembers,
          statement: frozen.statement,
        }
      : live.quorum,
    isQuorumFrozen: frozen !== null,
    presentCount: live.presentCount,
    representedCount: live.representedCount,
    actualStart: assembly.actual_start_at ? utcToZonedTime(assembly.actual_start_at, timeZone) : null,
    actualEnd: assembly.actual_end_at ? utcToZonedTime(assembly.actual_end_at, timeZone) : null,
  };
}

/** Tells every screen following the assembly, in every server process, that it changed. */
export async function publishAssemblyState(context: ServiceContext, slug: string): Promise<void> {
  try {
    await context.realtime.publish(assemblyChannel(slug), await assemblyState(context, slug));
  } catch (error) {
    // The change itself is saved; a screen that missed it catches up when it reconnects.
    context.logger.error({ err: error, slug }, 'could not publish the assembly state');
  }
}
