import type { SessionUser } from './accounts.ts';

/** Who may invite accounts and change their roles. */
export function canManageUsers(user: SessionUser): boolean {
  return user.role === 'administrator';
}
