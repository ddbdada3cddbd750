import type { StaffMemberInput } from '../../../common/staff.schemas.ts';
import type { ServiceContext } from '../../src/context.ts';
import { addStaffMember } from '../../src/domains/budget/staff.service.ts';

let sequence = 0;

/** A member of the team (a permanent designer full time from 2020 by default), through the staff service. */
export async function createStaffMember(context: ServiceContext, options: Partial<StaffMemberInput> = {}) {
  sequence += 1;
  return addStaffMember(context, {
    actor: null,
    input: {
      displayName: `Salariée ${sequence}`,
      jobTitle: null,
      function: 'design',
      contract: 'permanent',
      startOn: '2020-01-01',
      endOn: null,
      fte: '1',
      ...options,
    },
  });
}
