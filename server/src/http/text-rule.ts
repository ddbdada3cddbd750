import { normaliseText, textProblem } from '../../../common/text.ts';
import { AppError, type FieldError } from './app-error.ts';
import type { App } from './routes.ts';

const printableAscii = /^[\x20-\x7e]*$/;

/** Passwords are kept exactly as typed: their hash is of what the person types. */
const keptAsTyped = /password/i;

/**
 * Walks a request part, normalising every string in place (common/text.ts) and noting each one the
 * rule refuses, with its path ("body.firstName", "body.aliases.0").
 */
function cleanStrings(value: unknown, path: string, problems: FieldError[]): unknown {
  if (typeof value === 'string') {
    // Printable ASCII (most ids, codes and words) is already what the rule keeps: nothing to do.
    if (printableAscii.test(value)) return value;
    const problem = textProblem(value);
    if (problem) problems.push({ path, message: problem });
    return normaliseText(value);
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      value[index] = cleanStrings(value[index], `${path}.${index}`, problems);
    }
    return value;
  }
  // Plain records (a JSON body, a parsed query string), not a file's bytes or a stream.
  const isRecord =
    value !== null &&
    typeof value === 'object' &&
    !ArrayBuffer.isView(value) &&
    !(value instanceof Date) &&
    typeof (value as { pipe?: unknown }).pipe !== 'function';
  if (isRecord) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (keptAsTyped.test(key)) continue;
      record[key] = cleanStrings(record[key], `${path}.${key}`, problems);
    }
  }
  return value;
}

/**
 * Every request's body, query and parameters pass the text rule before their schema sees them: one
 * rule for every route, so no field is forgotten. A refused text answers 400 naming its field, and
 * nothing is changed.
 */
export function installTextRule(app: App): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const problems: FieldError[] = [];
    request.body = cleanStrings(request.body, 'body', problems);
    request.query = cleanStrings(request.query, 'querystring', problems);
    request.params = cleanStrings(request.params, 'params', problems);
    done(
      problems.length > 0 ? new AppError('validation_failed', undefined, { errors: problems }) : undefined,
    );
  });
}
