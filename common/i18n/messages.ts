import { frenchTypography } from '../typography.ts';

/**
 * Quorum's message catalogs. A message is written once with its French and English texts side by
 * side, so neither can be forgotten; i18next formats them (`{{name}}` placeholders, `_one`/`_other`
 * plural keys) on the server and in the web app alike.
 */
export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

export interface Message {
  readonly fr: string;
  readonly en: string;
}

export type Messages = Readonly<Record<string, Message>>;

/** Values interpolated into a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** Keeps the keys' literal types so a caller can only name messages that exist. */
export function defineMessages<const T extends Messages>(messages: T): T {
  return messages;
}

/**
 * A catalog's text as it is read: French takes its typography (narrow no-break spaces before « : ; ! ? »
 * and inside « », "’"), so the catalogs are typed with ordinary spaces and apostrophes (typography.ts).
 */
export function typeset(text: string, language: Language): string {
  return language === 'fr' ? frenchTypography(text) : text;
}

/** One language's texts of a catalog, as i18next takes a namespace. */
export function textsIn(messages: Messages, language: Language): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [key, typeset(message[language], language)]),
  );
}

type NestedTexts = { [key: string]: string | NestedTexts };

/** A nested catalog (the web's fr.json) with every text typeset for its language. */
export function typesetTexts<T extends NestedTexts>(texts: T, language: Language): T {
  return Object.fromEntries(
    Object.entries(texts).map(([key, value]) => [
      key,
      typeof value === 'string' ? typeset(value, language) : typesetTexts(value, language),
    ]),
  ) as T;
}

/** i18next resources for the given namespaces: `{ fr: { ns: { key: text } }, en: … }`. */
export function toResources(
  namespaces: Readonly<Record<string, Messages>>,
): Record<Language, Record<string, Record<string, string>>> {
  const resources = { fr: {}, en: {} } as Record<Language, Record<string, Record<string, string>>>;
  for (const language of languages)
    for (const [namespace, messages] of Object.entries(namespaces))
      resources[language][namespace] = textsIn(messages, language);
  return resources;
}

/** The `{{placeholders}}` of a text, sorted: both languages of a message must use the same. */
export function placeholdersOf(text: string): string[] {
  return [
    ...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? '')),
  ].sort();
}
