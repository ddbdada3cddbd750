import i18next from 'i18next';
import type { Locale } from '../../../common/format.ts';

/**
 * The page's language for the common formats (amounts, days): "1 124 849 €" on a French page,
 * "€1,124,849" on an English one. Read while rendering: a language switch re-renders the page.
 */
export function pageLocale(): Locale {
  return i18next.language === 'en' ? 'en' : 'fr';
}
