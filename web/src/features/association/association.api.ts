import { api } from '../../api/client.ts';
import type {
  AssociationPatch,
  AssociationView,
  AssociationYears,
  SetupChecklist,
} from '../../../../common/association.schemas.ts';

export type Association = AssociationView;
export type { AssociationYears, SetupChecklist };

export function fetchAssociation(): Promise<Association> {
  return api.get<Association>('/api/association');
}

/** Require (or not) two-factor sign-in of administrators and treasurers; on only once the caller has it. */
export function setTwoFactorRequirement(required: boolean): Promise<Association> {
  return api.put<Association>('/api/association/two-factor', { required });
}

/** Saved on `version` (the one the form opened); a stale one is refused with the association as it now is. */
export function patchAssociation({
  changes,
  version,
}: {
  changes: AssociationPatch;
  version: number;
}): Promise<Association> {
  return api.patch<Association>('/api/association', changes, { version });
}

/** The file goes as the raw body; the server checks its bytes (PNG or JPEG) and its size. */
export function uploadLogo(file: File): Promise<Association> {
  return api.put<Association>('/api/association/logo', file);
}

export function removeLogo(): Promise<Association> {
  return api.delete<Association>('/api/association/logo');
}

export function fetchAssociationYears(): Promise<AssociationYears> {
  return api.get<AssociationYears>('/api/association/years');
}

export function fetchSetupChecklist(): Promise<SetupChecklist> {
  return api.get<SetupChecklist>('/api/association/checklist');
}
