import { z } from 'zod';
import { issueCode } from '../api/problem-text.ts';

/**
 * A form's schema: `fields` reads the typed strings (euros into cents…), `toInput` shapes the API
 * input, and the shared schema of common/ checks it, so a form and the server refuse the same things,
 * each issue under the field it names.
 */
export function formSchema<Parsed, Output>(
  fields: z.ZodType<Parsed>,
  toInput: (parsed: Parsed) => unknown,
  target: z.ZodType<Output>,
): z.ZodType<Output> {
  return fields.transform((parsed, context) => {
    const result = target.safeParse(toInput(parsed));
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      context.addIssue({ code: 'custom', message: issueCode(issue), path: issue.path, input: undefined });
    }
    return z.NEVER;
  }) as unknown as z.ZodType<Output>;
}

/** The strings of a form, as they are typed. */
export function textFields<Key extends string>(keys: readonly Key[]) {
  return z.object(Object.fromEntries(keys.map((key) => [key, z.string()])) as Record<Key, z.ZodString>);
}
