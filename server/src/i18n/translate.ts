import i18next, { type i18n } from 'i18next';
import { errorMessages } from '../../../common/errors.ts';
import { isLanguage, toResources, type Language, type MessageParams } from '../../../common/i18n/messages.ts';
import { serverCatalogs } from './catalogs.ts';

export type { Language, MessageParams };

function createTranslator(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: toResources({ errors: errorMessages, ...serverCatalogs }),
    lng: 'fr',
    fallbackLng: 'fr',
    supportedLngs: ['fr', 'en'],
    ns: ['errors', ...Object.keys(serverCatalogs)],
    defaultNS: 'errors',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // Nothing on stdout but what the program prints: a child server's address, one JSON document of `--json`.
    showSupportNotice: false,
  });
  return instance;
}

const translator = createTranslator();

/**
 * The text of a catalog key (`namespace:key`) in a language, its `{{placeholders}}` filled.
 * A key missing from the catalog is a programming error: it is returned as is so it shows, and the
 * catalog test fails on it.
 */
export function translate(language: Language, key: string, params: MessageParams = {}): string {
  // The web's typed keys (web/src/i18n/i18next.d.ts) are not the server's: call t untyped.
  const t = translator.t as unknown as (key: string, options: Record<string, unknown>) => string;
  return t(key, { ...params, lng: language });
}

/** Whether the catalogs hold this key (`namespace:key`). */
export function hasMessage(key: string): boolean {
  return translator.exists(key, { lng: 'fr' });
}

/** The language an HTTP request asks for: the first of French or English in Accept-Language, else French. */
export function languageOfHeader(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'fr';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((parameter) => /^\s*q=([\d.]+)/.exec(parameter)?.[1]).find(Boolean);
      return {
        language: tag.trim().slice(0, 2).toLowerCase(),
        quality: quality ? Number(quality) : 1,
        index,
      };
    })
    .filter((entry) => entry.quality > 0)
    .sort((left, right) => right.quality - left.quality || left.index - right.index);
  return ranked.map((entry) => entry.language).find(isLanguage) ?? 'fr';
}
