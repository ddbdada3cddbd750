import { api } from '../../api/client.ts';
import type { RegisterFieldInput, RegisterFieldList } from '../../../../common/register-fields.schemas.ts';

export function fetchRegisterFields(): Promise<RegisterFieldList> {
  return api.get('/api/register-fields');
}

export function addRegisterField(input: RegisterFieldInput): Promise<RegisterFieldList> {
  return api.post('/api/register-fields', input);
}

export function archiveRegisterField({ code, isArchived }: { code: string; isArchived: boolean }) {
  return api.put<RegisterFieldList>(`/api/register-fields/${encodeURIComponent(code)}/archived`, {
    isArchived,
  });
}

export function removeRegisterField(code: string): Promise<RegisterFieldList> {
  return api.delete(`/api/register-fields/${encodeURIComponent(code)}`);
}
