import type { AssemblyInput } from '../../../common/assemblies.schemas.ts';
import type { ServiceContext } from '../../src/context.ts';
import {
  createAssembly as saveAssembly,
  openSession,
} from '../../src/domains/assemblies/assemblies.service.ts';

let sequence = 0;

/**
 * An ordinary assembly with its agenda (a welcome and one deliberative item by default), through
 * the assemblies' service. `isOpen` opens the session at once, as the chair would.
 */
export async function createAssembly(
  context: ServiceContext,
  options: Partial<AssemblyInput> & { isOpen?: boolean } = {},
) {
  sequence += 1;
  const { isOpen, ...input } = options;
  const heldOn = input.heldOn ?? '2030-06-15';
  const assembly = await saveAssembly(context, {
    actor: null,
    assembly: {
      slug: `ag-${sequence}`,
      kind: 'ordinary',
      title: 'Assemblée générale ordinaire',
      place: 'Maison des associations',
      plannedStart: '14:00',
      membershipYear: Number(heldOn.slice(0, 4)),
      agenda: [
        { kind: 'informative', title: 'Accueil des membres' },
        { kind: 'deliberative', title: 'Approbation des comptes' },
      ],
      ...input,
      heldOn,
    },
  });
  return isOpen ? openSession(context, { actor: null, slug: assembly.slug }) : assembly;
}
