import { api } from '../../api/client.ts';
import type { ResetPasswordInput } from '../../../../common/auth.schemas.ts';

/** Always accepted (202), whether or not an account has this address, so accounts cannot be discovered. */
export function requestPasswordReset(email: string): Promise<void> {
  return api.post<void>('/api/password-resets', { email });
}

export function resetPassword(input: ResetPasswordInput): Promise<void> {
  return api.post<void>('/api/password-resets/confirm', input);
}
