import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';
import { errorCodeMessage, errorCodeOf } from '../../i18n/error-messages.ts';
import fr from '../../i18n/fr.json';

type RowReason = keyof typeof fr.registerImport.reasons;
type FileError = keyof typeof fr.registerImport.errors;
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

/**
 * Why an upload or a run was refused: the server's own sentence when it names the file's problem
 * (it says which column, which kind of file), in French; a translated one otherwise.
 */
export function importErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    const reason = error.problem.errors?.[0]?.message ?? '';
    if (Object.hasOwn(fr.registerImport.errors, reason)) {
      const text = t(`registerImport.errors.${reason as FileError}`);
      return error.problem.detail && error.problem.detail !== text
        ? `${text} — ${error.problem.detail}`
        : text;
    }
    if (error.code === 'payload_too_large') return t('registerImport.errors.payload_too_large');
    if (error.problem.detail) return error.problem.detail;
  }
  return errorCodeMessage(t, errorCodeOf(error));
}
