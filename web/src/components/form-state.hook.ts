import { useCallback, useState, type ChangeEvent, type SyntheticEvent } from 'react';
import type { z } from 'zod';
import type { ErrorCode } from '../../../common/errors.ts';
import { ApiError } from '../api/client.ts';
import { useTranslation } from 'react-i18next';
import { errorCodeOf, fieldErrorMessage, type FieldMessageKey } from '../i18n/error-messages.ts';

type FieldErrors<Values> = Partial<Record<keyof Values & string, string>>;

/** Where a whole-request error code belongs on this form, e.g. email_taken under the e-mail field. */
export type CodeToField<Values> = Partial<
  Record<ErrorCode, { field: keyof Values & string; message: FieldMessageKey }>
>;

interface FormStateOptions<Values, Output> {
  schema: z.ZodType<Output>;
  initialValues: Values;
  onSubmit: (data: Output) => Promise<void>;
  codeToField?: CodeToField<Values>;
}

export interface FieldInputProps {
  name: string;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void;
}

type Issue = z.ZodError['issues'][number];

/** Zod's own wording is English and technical; reduce each issue to one of our field message codes. */
function issueMessage(issue: Issue): string {
  if (/^[a-z_]+$/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small') return 'required';
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'invalid_value') return 'invalid_choice';
  return 'invalid';
}

function fieldName(path: string): string {
  return path.replace(/^\/|^body[./]/, '').replace(/\//g, '.');
}

function focusFirstInvalidField(form: HTMLFormElement): void {
  requestAnimationFrame(() => {
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}

/** Plain form state for Mantine inputs: values, client validation with the shared Zod schema, server errors. */
export function useFormState<Values extends Record<string, string>, Output>({
  schema,
  initialValues,
  onSubmit,
  codeToField,
}: FormStateOptions<Values, Output>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(initialValues);
  const [errors, setErrors] = useState<FieldErrors<Values>>({});
  const [formError, setFormError] = useState<ErrorCode | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  const setField = useCallback((name: keyof Values & string, value: string) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => ({ ...previous, [name]: undefined }));
  }, []);

  const inputProps = (name: keyof Values & string): FieldInputProps => ({
    name,
    value: values[name] ?? '',
    error: errors[name] ? fieldErrorMessage(t, errors[name]) : undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setField(name, event.target.value),
  });

  function applyServerError(error: unknown): boolean {
    const code = errorCodeOf(error);
    const mapped = codeToField?.[code];
    if (mapped) {
      setErrors({ [mapped.field]: mapped.message } as FieldErrors<Values>);
      return true;
    }
    const fieldIssues = error instanceof ApiError ? (error.problem.errors ?? []) : [];
    const known = fieldIssues.filter((issue) => fieldName(issue.path) in initialValues);
    if (known.length > 0) {
      setErrors(
        Object.fromEntries(
          known.map((issue) => [fieldName(issue.path), issue.message]),
        ) as FieldErrors<Values>,
      );
    }
    if (known.length < fieldIssues.length || known.length === 0) setFormError(code);
    return known.length > 0;
  }

  async function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const entries = parsed.error.issues.map((issue) => [String(issue.path[0] ?? ''), issueMessage(issue)]);
      setErrors(Object.fromEntries(entries.reverse()) as FieldErrors<Values>);
      focusFirstInvalidField(form);
      return;
    }
    setErrors({});
    setIsSubmitting(true);
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      if (applyServerError(error)) focusFirstInvalidField(form);
    } finally {
      setIsSubmitting(false);
    }
  }

  const reset = useCallback(() => {
    setValues(initialValues);
    setErrors({});
    setFormError(null);
  }, [initialValues]);

  return { values, errors, formError, isSubmitting, setField, inputProps, handleSubmit, reset };
}
