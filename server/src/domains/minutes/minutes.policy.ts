import { staffRoles } from '../../../../common/roles.ts';
import type { SessionUser } from '../accounts/accounts.ts';

/** The secretary and the administrators write the minutes, approve them and sign them. */
export function canWriteMinutes(user: SessionUser | null): boolean {
  return user === null || staffRoles.includes(user.role);
}

/** Drafts and approved minutes stay with those who write them; members read signed minutes only. */
export function canReadMinutes(user: SessionUser | null, state: string): boolean {
  return state === 'signed' || canWriteMinutes(user);
}
