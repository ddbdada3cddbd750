import {
  feeKeeperRoles,
  registerReaderRoles,
  registerWriterRoles,
  type Role,
} from '../../../../../common/roles.ts';
import { useSignedInUser } from '../../session/session.context.tsx';

/** The same rules as the server's routes: the web app only hides what the server would refuse. */
export function registerAccess(role: Role) {
  return {
    canRead: registerReaderRoles.includes(role),
    canChange: registerWriterRoles.includes(role),
    canKeepFees: feeKeeperRoles.includes(role),
    canExport: registerWriterRoles.includes(role),
    canMerge: registerWriterRoles.includes(role),
    canErase: role === 'administrator',
  };
}

export type RegisterAccess = ReturnType<typeof registerAccess>;

export function useRegisterAccess(): RegisterAccess {
  return registerAccess(useSignedInUser().role);
}
