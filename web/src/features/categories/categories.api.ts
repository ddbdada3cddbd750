import { api } from '../../api/client.ts';
import type {
  CategoryInput,
  CategoryEditInput,
  MembershipCategoryList,
  RateInput,
  YearRates,
} from '../../../../common/membership-categories.schemas.ts';

export type { YearRates };

export function fetchCategories(): Promise<MembershipCategoryList> {
  return api.get('/api/membership-categories');
}

export function addCategory(input: CategoryInput): Promise<MembershipCategoryList> {
  return api.post('/api/membership-categories', input);
}

/**
 * `current` names the category; `input.code` and `input.kind` change them while no membership uses it.
 * Saved on `version`; a stale one is refused with the category as it now is.
 */
export function editCategory({
  current,
  input,
  version,
}: {
  current: string;
  input: CategoryEditInput;
  version: number;
}): Promise<MembershipCategoryList> {
  return api.put(`/api/membership-categories/${encodeURIComponent(current)}`, input, { version });
}

export function archiveCategory({ code, isArchived }: { code: string; isArchived: boolean }) {
  return api.put<MembershipCategoryList>(`/api/membership-categories/${encodeURIComponent(code)}/archived`, {
    isArchived,
  });
}

export function removeCategory(code: string): Promise<MembershipCategoryList> {
  return api.delete(`/api/membership-categories/${encodeURIComponent(code)}`);
}

export function reorderCategories(codes: string[]): Promise<MembershipCategoryList> {
  return api.put('/api/membership-categories/order', { codes });
}

export function fetchRates(year: number): Promise<YearRates> {
  return api.get(`/api/membership-rates/${year}`);
}

export function addRate({ year, ...input }: RateInput & { year: number }): Promise<YearRates> {
  return api.post(`/api/membership-rates/${year}`, input);
}

/** Saved on `version`; a stale one is refused with the rate as it now is. */
export function editRate({
  year,
  id,
  version,
  ...input
}: RateInput & { year: number; id: string; version: number }): Promise<YearRates> {
  return api.put(`/api/membership-rates/${year}/${encodeURIComponent(id)}`, input, { version });
}

export function removeRate({ year, id }: { year: number; id: string }): Promise<YearRates> {
  return api.delete(`/api/membership-rates/${year}/${encodeURIComponent(id)}`);
}
