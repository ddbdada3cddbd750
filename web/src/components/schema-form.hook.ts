import { useForm, type UseFormReturnType } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { fieldText, issueCode, problemCode, problemFieldTexts, problemText } from '../api/problem-text.ts';

// Zod's default wording is English and technical: in the web, an issue without a message of its
// schema is named by one of our field codes, which the catalogs word.
z.config({ customError: (issue) => issueCode({ code: issue.code, message: '' }) });

/** Where a whole-request refusal belongs on this form, e.g. email_taken under the e-mail field. */
export type CodeToField<Values> = Partial<Record<string, { field: keyof Values & string; message: string }>>;

interface SchemaFormOptions<Values, Output> {
  /** Reads the form's values (strings as typed) into what `onSubmit` sends; usually a schema of common/. */
  schema: z.ZodType<Output>;
  initialValues: Values;
  onSubmit: (output: Output) => Promise<void>;
  codeToField?: CodeToField<Values>;
}

/** What `inputProps(name)` spreads on a Mantine input: its value, change handler and worded error. */
export type FieldInputProps = ReturnType<UseFormReturnType<Record<string, unknown>>['getInputProps']> & {
  name: string;
};

/**
 * Moves the focus to the first field marked invalid. React renders the refusal after this is
 * called, one frame later or, on a busy device, several: look again on each frame, for half a second.
 */
export function focusFirstInvalidField(form: HTMLFormElement | null, framesLeft = 30): void {
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (field) field.focus();
    else if (framesLeft > 0) focusFirstInvalidField(form, framesLeft - 1);
  });
}

/**
 * A Mantine form checked by a shared Zod schema before it is sent; the server's refusals are placed
 * on the fields their `path` names (`body.email` → `email`), the rest shown above the button.
 */
export function useSchemaForm<Values extends Record<string, unknown>, Output>({
  schema,
  initialValues,
  onSubmit,
  codeToField,
}: SchemaFormOptions<Values, Output>) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const resolve = zod4Resolver(schema);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: (values) => {
      const codes = resolve(values);
      return Object.fromEntries(
        Object.entries(codes).map(([path, code]) => [path, fieldText(t, { message: String(code) })]),
      );
    },
  });

  const isField = (path: string) => Object.hasOwn(initialValues, path.split('.')[0] ?? '');

  /** Places a refusal on its fields; true when at least one field carries it. */
  function applyRefusal(error: unknown): boolean {
    const mapped = codeToField?.[problemCode(error)];
    if (mapped) {
      form.setErrors({ [mapped.field]: fieldText(t, { message: mapped.message }) });
      return true;
    }
    const texts = Object.entries(problemFieldTexts(t, error));
    const placed = texts.filter(([path]) => isField(path));
    form.setErrors(Object.fromEntries(placed));
    if (placed.length === 0 || placed.length < texts.length) setFormError(problemText(t, error));
    return placed.length > 0;
  }

  async function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    setFormError(null);
    if (form.validate().hasErrors) {
      focusFirstInvalidField(element);
      return;
    }
    setIsSubmitting(true);
    try {
      await onSubmit(schema.parse(form.getValues()));
    } catch (error) {
      if (applyRefusal(error)) focusFirstInvalidField(element);
    } finally {
      setIsSubmitting(false);
    }
  }

  const inputProps = (name: keyof Values & string): FieldInputProps => ({
    name,
    ...form.getInputProps(name),
  });

  function reset() {
    form.setValues(initialValues);
    form.clearErrors();
    setFormError(null);
  }

  return {
    values: form.values,
    formError,
    isSubmitting,
    setField: form.setFieldValue,
    inputProps,
    handleSubmit,
    reset,
    mantine: form,
  };
}
