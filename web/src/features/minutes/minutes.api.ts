import type { MinutesFormat, MinutesRegisterView, MinutesView } from '../../../../common/minutes.schemas.ts';
import { api } from '../../api/client.ts';
import { assemblyApiPath } from '../assemblies/assemblies.api.ts';

export type {
  MinutesItemNoteView,
  MinutesSectionView,
  MinutesView,
} from '../../../../common/minutes.schemas.ts';
export type MinutesRegister = MinutesRegisterView;

const path = (slug: string, rest?: string) => assemblyApiPath(slug, rest ? `minutes/${rest}` : 'minutes');

export const fetchMinutes = (slug: string) => api.get<MinutesView>(path(slug));
export const startMinutes = (slug: string) => api.post<MinutesView>(path(slug));
/** Saves a section's text on the version it was opened on; a stale one is refused (409 `stale_version`). */
export const saveSection = (
  slug: string,
  sectionId: string,
  input: { title?: string; markdown: string },
  version: number,
) => api.put<MinutesView>(path(slug, `sections/${encodeURIComponent(sectionId)}`), input, { version });
/** Saves the notes under an agenda item on the version they were typed on (0: none yet); a stale one is refused. */
export const saveItemNote = (slug: string, agendaItemId: string, markdown: string, version: number) =>
  api.put<MinutesView>(path(slug, `notes/${encodeURIComponent(agendaItemId)}`), { markdown }, { version });
export const revertSection = (slug: string, sectionId: string) =>
  api.delete<MinutesView>(path(slug, `sections/${encodeURIComponent(sectionId)}/override`));
export const addWrittenSection = (slug: string, input: { title: string; markdown: string }) =>
  api.post<MinutesView>(path(slug, 'sections'), input);
export const removeWrittenSection = (slug: string, sectionId: string) =>
  api.delete<MinutesView>(path(slug, `sections/${encodeURIComponent(sectionId)}`));
export const reorderSections = (slug: string, sectionIds: string[]) =>
  api.put<MinutesView>(path(slug, 'order'), { sectionIds });
export const approveMinutes = (slug: string) => api.post<MinutesView>(path(slug, 'approve'));
export const signMinutes = (slug: string) => api.post<MinutesView>(path(slug, 'sign'));
export const correctMinutes = (slug: string) => api.post<MinutesView>(path(slug, 'versions'));
export const fetchMinutesRegister = () => api.get<MinutesRegister>('/api/minutes');

/** Where a browser downloads (or, for HTML, opens) the minutes. */
export function minutesDocumentUrl(
  slug: string,
  options: { format: MinutesFormat; lang?: 'fr' | 'en'; version?: number; isPreview?: boolean },
): string {
  const query = new URLSearchParams({ format: options.format });
  if (options.lang) query.set('lang', options.lang);
  if (options.version) query.set('version', String(options.version));
  if (options.isPreview) query.set('preview', '1');
  return `${path(slug, 'document')}?${query.toString()}`;
}
