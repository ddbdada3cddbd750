import { api } from '../../api/client.ts';
import type { ChangePasswordInput } from '../../../../common/auth.schemas.ts';
import type {
  RecoveryCodes,
  RenewRecoveryCodesInput,
  TwoFactorConfirmInput,
  TwoFactorDisableInput,
  TwoFactorSetup,
  TwoFactorStatus,
} from '../../../../common/two-factor.schemas.ts';

/** Answers 401 invalid_credentials when the current password is wrong. */
export function changePassword(input: ChangePasswordInput): Promise<void> {
  return api.post<void>('/api/account/password', input);
}

export function fetchTwoFactorStatus(): Promise<TwoFactorStatus> {
  return api.get<TwoFactorStatus>('/api/account/two-factor');
}

/** A new secret, shown with its QR code until a first code confirms it. */
export function startTwoFactor(): Promise<TwoFactorSetup> {
  return api.post<TwoFactorSetup>('/api/account/two-factor/setup', {});
}

/** Answers the eight recovery codes, shown this once. */
export function confirmTwoFactor(input: TwoFactorConfirmInput): Promise<RecoveryCodes> {
  return api.post<RecoveryCodes>('/api/account/two-factor/confirm', input);
}

export function disableTwoFactor(input: TwoFactorDisableInput): Promise<void> {
  return api.post<void>('/api/account/two-factor/disable', input);
}

/** Eight new recovery codes, shown this once; the old ones stop working. */
export function renewRecoveryCodes(input: RenewRecoveryCodesInput): Promise<RecoveryCodes> {
  return api.post<RecoveryCodes>('/api/account/two-factor/recovery-codes', input);
}
