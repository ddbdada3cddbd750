import { z } from 'zod';

/**
 * The one rule every text Quorum accepts follows, on the server (a hook over every request's body,
 * query and parameters) and in the forms and imports: text is normalised to NFC (an "é" typed as
 * "e" + accent becomes one character, so searches and duplicates find it), zero-width spaces and
 * byte-order marks are removed, and control characters (but tab and line breaks) and bidirectional
 * overrides or isolates are refused: they hide or reorder what a reader sees (a NUL byte also cannot
 * be stored by PostgreSQL). A name must also hold a letter.
 */

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/** Bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI). */
const bidirectionalControl = /[\u202a-\u202e\u2066-\u2069]/u;
/** Invisible spacing that only hides text: zero-width space, word joiner, byte-order mark. */
const invisibleSpace = /[\u200b\u2060\ufeff]/gu;
const letter = /\p{L}/u;

export type TextProblem = 'text_control_character' | 'text_bidirectional_control';

/** The text as Quorum keeps it: NFC, without invisible spaces. */
export function normaliseText(value: string): string {
  return value.normalize('NFC').replace(invisibleSpace, '');
}

/** Why a text is refused, if it is. */
export function textProblem(value: string): TextProblem | undefined {
  if (controlCharacter.test(value)) return 'text_control_character';
  if (bidirectionalControl.test(value)) return 'text_bidirectional_control';
  return undefined;
}

/** Whether a name holds at least one letter (a name of digits, dashes or invisible marks finds nobody). */
export function hasLetter(value: string): boolean {
  return letter.test(value);
}

/**
 * A name field (person's first, last or usual name, organisation's name): trimmed, normalised, at
 * least one letter, at most `max` characters.
 */
export function nameSchema(max: number) {
  return z
    .string()
    .transform(normaliseText)
    .pipe(
      z
        .string()
        .trim()
        .min(1)
        .max(max)
        .refine((value) => textProblem(value) === undefined, { error: 'text_control_character' })
        .refine(hasLetter, { error: 'name_without_letter' }),
    );
}
