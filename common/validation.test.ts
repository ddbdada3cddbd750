import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { installValidationMessages } from './validation.ts';

test("Zod's own messages become codes of the catalog; a schema's explicit message wins", () => {
  installValidationMessages();
  const schema = z.object({
    name: z.string().min(1).max(5),
    email: z.email(),
    count: z.number().int().min(2),
    kind: z.enum(['a', 'b']),
    amount: z.string().refine((value) => /^\d+$/.test(value), 'amount_invalid'),
  });
  const messages = (input: unknown) =>
    Object.fromEntries(
      (schema.safeParse(input).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
    );
  assert.deepEqual(messages({ name: '', email: 'x', count: 1, kind: 'c', amount: 'x' }), {
    name: 'required',
    email: 'invalid_email',
    count: 'too_small',
    kind: 'invalid_choice',
    amount: 'amount_invalid',
  });
  assert.deepEqual(messages({ name: 'abcdefg', email: 'a@b.fr', count: 2, kind: 'a', amount: '1' }), {
    name: 'too_long',
  });
  assert.deepEqual(messages({ email: 'a@b.fr', count: 'two', kind: 'a', amount: '1' }), {
    name: 'required',
    count: 'invalid_type',
  });
});
