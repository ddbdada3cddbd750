import { z } from 'zod';
import type { ErrorCode } from './errors.ts';

type Issue = Parameters<NonNullable<z.core.$ZodConfig['localeError']>>[0];

/**
 * Zod's own messages, as codes of the catalog (common/errors/general.errors.ts) instead of English
 * sentences: a schema's explicit message wins, these are the fallback. Server and web both install it,
 * so a field error reads the same in either language whichever side found it.
 */
export function validationCode(issue: Issue): ErrorCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'required' : 'invalid_type';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'required' : 'too_short';
      if (issue.origin === 'array' || issue.origin === 'set') return 'too_few';
      return 'too_small';
    case 'too_big':
      if (issue.origin === 'string') return 'too_long';
      if (issue.origin === 'array' || issue.origin === 'set') return 'too_many';
      return 'too_big';
    case 'invalid_format':
      if (issue.format === 'email') return 'invalid_email';
      if (issue.format === 'date' || issue.format === 'datetime') return 'invalid_date';
      return 'invalid_format';
    case 'invalid_value':
      return 'invalid_choice';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid';
  }
}

let isInstalled = false;

export function installValidationMessages(): void {
  if (isInstalled) return;
  isInstalled = true;
  z.config({ localeError: (issue) => validationCode(issue) });
}
