import type { SetupChecklist, SetupStepKey } from '../../../../common/association.schemas.ts';
import { dayIn } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import { listAssemblies } from '../assemblies/assemblies.service.ts';
import { listStatutes } from '../assemblies/statutes.service.ts';
import { getFeeGrid, listYears } from '../memberships/memberships.service.ts';
import { searchPersons } from '../register/persons.service.ts';
import { boardComposition } from '../votes/board.service.ts';
import { getAssociation, hasSavedAssociation } from './association.service.ts';

/**
 * The first-run checklist an administrator sees on the dashboard, each step read from the data:
 * the identity saved with its legal form and town, statutes recorded, membership categories defined
 * with a fee set for this year or next (the grid lists the association's categories only),
 * a board in office today, someone in the register, an assembly created.
 */
export async function setupChecklist(context: ServiceContext): Promise<SetupChecklist> {
  const association = await getAssociation(context);
  const today = dayIn(association.timeZone);
  const year = Number(today.slice(0, 4));
  const hasFees = async () => {
    for (const candidate of new Set([year, year + 1, ...(await listYears(context))])) {
      const grid = await getFeeGrid(context, candidate);
      if (grid.entries.some((entry) => entry.amountCents !== null)) return true;
    }
    return false;
  };
  const done: Record<SetupStepKey, () => Promise<boolean>> = {
    identity: async () =>
      (await hasSavedAssociation(context)) && association.legalForm !== null && association.city !== null,
    statutes: async () => (await listStatutes(context)).length > 0,
    fees: hasFees,
    board: async () => (await boardComposition(context, today)).board.length > 0,
    members: async () => (await searchPersons(context, { limit: 1, offset: 0 })).total > 0,
    assembly: async () => (await listAssemblies(context)).length > 0,
  };
  const steps = await Promise.all(
    (Object.keys(done) as SetupStepKey[]).map(async (key) => ({ key, isDone: await done[key]() })),
  );
  return { steps, isComplete: steps.every((step) => step.isDone) };
}
