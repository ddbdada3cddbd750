import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { errorMessages } from '../../../common/errors.ts';
import { textsIn } from '../../../common/i18n/messages.ts';
import { installValidationMessages } from '../../../common/validation.ts';
import fr from './fr.json';
import en from './en.json';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'quorum.language';

// English must have every French key: the type check fails here if one is missing.
const english: typeof fr = en;

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

void i18next.use(initReactI18next).init({
  resources: {
    fr: { translation: fr, errors: textsIn(errorMessages, 'fr') },
    en: { translation: english, errors: textsIn(errorMessages, 'en') },
  },
  lng: storedLanguage(),
  fallbackLng: 'fr',
  supportedLngs: languages,
  initAsync: false,
  interpolation: { escapeValue: false },
});

installValidationMessages();
document.documentElement.lang = i18next.language;
i18next.on('languageChanged', applyLanguage);

export function changeLanguage(language: Language): void {
  void i18next.changeLanguage(language);
}

export { i18next };
