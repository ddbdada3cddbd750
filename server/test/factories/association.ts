import type { ServiceContext } from '../../src/context.ts';
import { saveAssociation } from '../../src/domains/association/association.service.ts';

/** The association Quorum runs, saved through its service. */
export async function createAssociation(
  context: ServiceContext,
  options: { name?: string; shortName?: string; timeZone?: string; locale?: 'fr' | 'en' } = {},
) {
  return saveAssociation(context, {
    actor: null,
    association: {
      name: options.name ?? 'Association des Amis du Parc',
      shortName: options.shortName ?? 'Amis du Parc',
      timeZone: options.timeZone ?? 'Europe/Paris',
      locale: options.locale ?? 'fr',
    },
  });
}
