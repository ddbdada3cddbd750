import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { CatalogPart } from './catalog-parts.ts';
import type en from './en.json';
import type fr from './fr.json';
// French is the first language of nearly every visit: its first part comes with the app, without
// waiting for another download; everything else is fetched when needed (catalog-parts.ts).
import frenchFirst from 'virtual:quorum-catalog/fr/first';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

// English must have every French key: the type check fails here if one is missing.
type EnglishHasEveryKey = typeof en extends typeof fr ? true : never;
const englishHasEveryKey: EnglishHasEveryKey = true;
void englishHasEveryKey;

const storageKey = 'quorum.language';

type Texts = Record<string, unknown>;

/** Each part of each language, as its own chunk; the import paths are literal so that Vite sees them. */
const parts: Record<Language, Record<CatalogPart, () => Promise<{ default: Texts }>>> = {
  fr: {
    first: () => Promise.resolve({ default: frenchFirst }),
    rest: () => import('virtual:quorum-catalog/fr/rest'),
  },
  en: {
    first: () => import('virtual:quorum-catalog/en/first'),
    rest: () => import('virtual:quorum-catalog/en/rest'),
  },
};
/**
 * The error codes' sentences (the `errors` namespace) come with the rest: the phone's pages word a
 * refusal by the server's detail or the first part's `errors.codes` (api/problem-text.ts).
 */
const errorParts: Record<Language, () => Promise<{ default: Texts }>> = {
  fr: () => import('virtual:quorum-catalog/fr/errors'),
  en: () => import('virtual:quorum-catalog/en/errors'),
};

/** Zod's messages as the catalog's codes, for the forms, which all come with the rest. */
let validation: Promise<void> | undefined;
function installValidation(): Promise<void> {
  validation ??= import('../../../common/validation.ts').then((module) => module.installValidationMessages());
  return validation;
}

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : 'fr';
  } catch {
    return 'fr';
  }
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

/** The parts this page has needed so far: a language switch fetches the same ones in the other language. */
const neededParts = new Set<CatalogPart>(['first']);
const loading = new Map<string, Promise<void>>();

function loadPart(language: Language, part: CatalogPart | 'errors'): Promise<void> {
  const key = `${language}/${part}`;
  let promise = loading.get(key);
  if (!promise) {
    const load = part === 'errors' ? errorParts[language] : parts[language][part];
    promise = load().then(({ default: texts }) => {
      const namespace = part === 'errors' ? 'errors' : 'translation';
      i18next.addResourceBundle(language, namespace, texts, true, true);
    });
    // A failed download (the network dropped) is tried again by the next page that needs it.
    promise.catch(() => loading.delete(key));
    loading.set(key, promise);
  }
  return promise;
}

/** What a part brings in one language: the rest comes with the error codes' sentences. */
function loadParts(language: Language, part: CatalogPart): Promise<unknown> {
  if (part === 'first') return loadPart(language, 'first');
  return Promise.all([loadPart(language, 'rest'), loadPart(language, 'errors'), installValidation()]);
}

/** Loads a part of the catalog in the current language (and in French, the fallback). */
export function loadCatalogPart(part: CatalogPart): Promise<void> {
  neededParts.add(part);
  const language = isLanguage(i18next.language) ? i18next.language : 'fr';
  return Promise.all([loadParts(language, part), loadParts('fr', part)]).then(() => undefined);
}

void i18next.use(initReactI18next).init({
  resources: { fr: { translation: frenchFirst } },
  lng: storedLanguage(),
  fallbackLng: 'fr',
  supportedLngs: languages,
  partialBundledLanguages: true,
  initAsync: false,
  interpolation: { escapeValue: false },
  // A text outside the first part on a page that did not ask for the rest: fetched, then shown (the
  // components re-render when a part is added).
  saveMissing: true,
  missingKeyHandler: (_languages, namespace, key) => {
    if (namespace !== 'translation' || neededParts.has('rest')) return;
    console.warn(`"${key}" is not in the catalog's first part (i18n/catalog-parts.ts): the rest is fetched`);
    void loadCatalogPart('rest');
  },
  react: { bindI18nStore: 'added' },
});

/** Resolves once the texts the first screen needs are there, in the language the visitor chose. */
export function catalogReady(): Promise<void> {
  const language = isLanguage(i18next.language) ? i18next.language : 'fr';
  return loadPart(language, 'first');
}

document.documentElement.lang = i18next.language;
i18next.on('languageChanged', applyLanguage);

export function changeLanguage(language: Language): void {
  const needed = [...neededParts].map((part) => loadParts(language, part));
  void Promise.all(needed).then(() => i18next.changeLanguage(language));
}

export { i18next };
