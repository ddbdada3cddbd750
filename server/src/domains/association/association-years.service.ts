import type { AssociationYears } from '../../../../common/association.schemas.ts';
import { dayIn } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import { listBudgets } from '../budget/budget.service.ts';
import { programmeYears } from '../budget/programmes.service.ts';
import { listYears } from '../memberships/memberships.service.ts';
import { getAssociation } from './association.service.ts';

/**
 * The years every year field offers, newest first: from the association's founding year, or the
 * earliest year holding memberships, a budget or activity when that is earlier (or when no founding
 * year is given), to next year, so that next year's fees and budget can be prepared.
 */
export async function associationYears(context: ServiceContext): Promise<AssociationYears> {
  const association = await getAssociation(context);
  const current = Number(dayIn(association.timeZone).slice(0, 4));
  const [membershipYears, budgets, activityYears] = await Promise.all([
    listYears(context),
    listBudgets(context),
    programmeYears(context),
  ]);
  const dataYears = [...membershipYears, ...budgets.map((budget) => budget.year), ...activityYears];
  const first = Math.min(association.foundingYear ?? current, ...dataYears, current);
  const last = Math.max(current + 1, ...dataYears);
  const years = Array.from({ length: last - first + 1 }, (_, index) => last - index);
  return { first, current, last, years };
}
