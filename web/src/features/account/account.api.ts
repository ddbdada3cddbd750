import { api } from '../../api/client.ts';
import type { ChangePasswordInput } from '../../../../common/auth.schemas.ts';

/** Answers 401 invalid_credentials when the current password is wrong. */
export function changePassword(input: ChangePasswordInput): Promise<void> {
  return api.post<void>('/api/account/password', input);
}
