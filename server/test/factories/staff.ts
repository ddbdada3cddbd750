import type { StaffFunctionInput, StaffMemberInput } from '../../../common/staff.schemas.ts';
import type { ServiceContext } from '../../src/context.ts';
import {
  addStaffFunction,
  addStaffMember,
  listStaffFunctions,
} from '../../src/domains/budget/staff.service.ts';

let sequence = 0;

/** One of the association's staff functions, through the staff service (labelled by its code unless told). */
export async function createStaffFunction(
  context: ServiceContext,
  options: Partial<StaffFunctionInput> = {},
) {
  sequence += 1;
  const code = options.code ?? `function_${sequence}`;
  return addStaffFunction(context, {
    actor: null,
    input: { code, labelFr: options.labelFr ?? code, labelEn: options.labelEn ?? code },
  });
}

/**
 * A member of the team (a permanent designer full time from 2020 by default), through the staff
 * service; their function is added to the association's list when it is not there yet.
 */
export async function createStaffMember(context: ServiceContext, options: Partial<StaffMemberInput> = {}) {
  sequence += 1;
  const code = options.function ?? 'design';
  if (!(await listStaffFunctions(context)).some((entry) => entry.code === code))
    await createStaffFunction(context, { code });
  return addStaffMember(context, {
    actor: null,
    input: {
      displayName: `Salariée ${sequence}`,
      jobTitle: null,
      function: code,
      contract: 'permanent',
      startOn: '2020-01-01',
      endOn: null,
      fte: '1',
      ...options,
    },
  });
}
