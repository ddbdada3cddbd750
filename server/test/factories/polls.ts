import type { ResolutionInput } from '../../../common/votes.schemas.ts';
import type { ServiceContext } from '../../src/context.ts';
import type { SessionUser } from '../../src/domains/accounts/accounts.ts';
import { openPoll } from '../../src/domains/votes/polls.service.ts';
import { createResolution as saveResolution } from '../../src/domains/votes/resolutions.service.ts';
import { createActor } from './users.ts';

/** A resolution on a deliberative item of the assembly's agenda (a show of hands by default). */
export async function createResolution(
  context: ServiceContext,
  options: { slug: string; agendaItemId: string } & Partial<Omit<ResolutionInput, 'agendaItemId'>>,
) {
  const { slug, agendaItemId, ...resolution } = options;
  return saveResolution(context, {
    actor: null,
    slug,
    resolution: {
      agendaItemId,
      title: 'Approbation des comptes',
      text: 'approuve les comptes de l’exercice',
      base: 'expressed',
      method: 'show_of_hands',
      ...resolution,
    },
  });
}

/**
 * An electronic poll (named by default) on a new resolution, opened during the session: the
 * voters are frozen from the attendance sheet as it stands.
 */
export async function openResolutionPoll(
  context: ServiceContext,
  options: {
    slug: string;
    agendaItemId: string;
    method?: 'named' | 'secret';
    title?: string;
    actor?: SessionUser;
  },
) {
  const resolution = await createResolution(context, {
    slug: options.slug,
    agendaItemId: options.agendaItemId,
    method: options.method ?? 'named',
    ...(options.title ? { title: options.title, text: `approuve ${options.title.toLowerCase()}` } : {}),
  });
  const actor = options.actor ?? (await createActor(context, { role: 'secretary' }));
  const poll = await openPoll(context, { actor, slug: options.slug, resolutionId: resolution.id });
  return { resolution, poll };
}
