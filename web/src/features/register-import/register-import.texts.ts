import type { TFunction } from 'i18next';
import { problemOf, problemText } from '../../api/problem-text.ts';
import fr from '../../i18n/fr.json';

type RowReason = keyof typeof fr.registerImport.reasons;
type PasteReason = keyof typeof fr.registerImport.paste.reasons;

/** A refused row's reason in the page's language; an unknown code shows the server's sentence. */
export function rowReasonText(t: TFunction, code: string, message: string): string {
  return Object.hasOwn(fr.registerImport.reasons, code)
    ? t(`registerImport.reasons.${code as RowReason}`)
    : message;
}

export function pasteReasonText(t: TFunction, code: string, message: string): string {
  return Object.hasOwn(fr.registerImport.paste.reasons, code)
    ? t(`registerImport.paste.reasons.${code as PasteReason}`)
    : message;
}

/** Why an upload or a run was refused (which column, which kind of file), worded by `problemText`. */
export function importErrorText(t: TFunction, error: unknown): string {
  if (problemOf(error).code === 'payload_too_large') return t('registerImport.errors.payload_too_large');
  return problemText(t, error);
}
