import {
  Button,
  Checkbox,
  Fieldset,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assemblyKinds,
  statutesInputSchema,
  type AssemblyKind,
} from '../../../../common/assemblies.schemas.ts';
import { formatLongDate } from '../../../../common/format.ts';
import { useRegisterFormat } from '../register/shared/register-format.ts';
import { fieldPath, fieldText, problemOf, problemText } from '../../api/problem-text.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { focusFirstInvalidField } from '../../components/schema-form.hook.ts';
import { useNotice } from '../../components/notice.context.tsx';
import type { Statutes } from './statutes.api.ts';
import { MeetingRulesTabs } from './meeting-rules.tabs.tsx';
import { useAddStatutesMutation } from './statutes.queries.ts';
import {
  initialValues,
  issuesToErrors,
  rangeOf,
  toInput,
  type MeetingRulesValues,
  type StatutesFormValues,
} from './statutes-form.values.ts';

type BooleanField = 'requiresFeePaid' | 'isSecondConvocationFree';
const booleanFields: readonly BooleanField[] = ['requiresFeePaid', 'isSecondConvocationFree'];

/** The kind of meeting whose tab holds the first of these field errors, if any. */
function kindWithError(errors: Record<string, string>): AssemblyKind | undefined {
  const path = Object.keys(errors).find((key) => key.startsWith('meetingRules.') && errors[key]);
  const kind = path?.split('.')[1];
  return assemblyKinds.find((entry) => entry === kind);
}

/** A new version of the statutes, pre-filled from the one in force; versions are never edited. */
export function StatutesForm({ current, today }: { current: Statutes | undefined; today: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const { notify } = useNotice();
  const [values, setValues] = useState<StatutesFormValues>(() => initialValues(current, today));
  const format = useRegisterFormat();
  const categoryCodes = format.categories
    .filter((category) => !category.isArchived)
    .map((category) => category.code);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const add = useAddStatutesMutation();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [activeKind, setActiveKind] = useState<AssemblyKind>('ordinary');

  function refuse(found: Record<string, string>, form: HTMLFormElement) {
    setErrors(found);
    const kind = kindWithError(found);
    if (kind) setActiveKind(kind);
    focusFirstInvalidField(form);
  }

  function updateKind(
    kind: AssemblyKind,
    patch: Partial<MeetingRulesValues>,
    field: keyof MeetingRulesValues,
  ) {
    setValues((previous) => ({
      ...previous,
      kinds: { ...previous.kinds, [kind]: { ...previous.kinds[kind], ...patch } },
    }));
    setErrors((previous) => ({ ...previous, [`meetingRules.${kind}.${field}`]: '' }));
  }

  function update(patch: Partial<StatutesFormValues>, path: string) {
    setValues((previous) => ({ ...previous, ...patch }));
    setErrors((previous) => ({ ...previous, [path]: '', votingWeights: '' }));
  }

  function errorFor(path: string): string | undefined {
    const code = errors[path];
    if (!code) return undefined;
    if (code === 'proxy_limit_required') return fieldText(t, { message: code });
    const range = rangeOf(path);
    if (range) return t('statutes.form.errors.range', range);
    if (path === 'effectiveFrom') return t('errors.fields.invalid_date');
    if (path === 'votingWeights') return t('statutes.form.errors.noVotingCategory');
    return fieldText(t, { message: code });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setFormError(null);
    const parsed = statutesInputSchema.safeParse(toInput(values));
    if (!parsed.success) {
      refuse(issuesToErrors(parsed.error.issues), form);
      return;
    }
    setErrors({});
    setIsSubmitting(true);
    try {
      const version = await add.mutateAsync(parsed.data);
      notify({
        messageKey: 'statutes.form.saved',
        values: { date: formatLongDate(version.effectiveFrom, locale) },
      });
    } catch (error) {
      const issues = problemOf(error).errors ?? [];
      if (issues.length > 0) {
        refuse(Object.fromEntries(issues.map((issue) => [fieldPath(issue.path), issue.message])), form);
      }
      setFormError(problemText(t, error));
    } finally {
      setIsSubmitting(false);
    }
  }

  const weightsError = errorFor('votingWeights');

  return (
    <form noValidate aria-labelledby="statutes-form-title" onSubmit={(event) => void handleSubmit(event)}>
      <Stack>
        <Title order={2} id="statutes-form-title">
          {t('statutes.form.title')}
        </Title>
        <Text>{t('statutes.form.intro')}</Text>
        <FormErrorAlert message={formError} />
        <TextInput
          label={t('statutes.form.effectiveFrom')}
          description={t('statutes.form.effectiveFromHint')}
          type="date"
          required
          maw={240}
          name="effectiveFrom"
          value={values.effectiveFrom}
          error={errorFor('effectiveFrom')}
          onChange={(event) => update({ effectiveFrom: event.currentTarget.value }, 'effectiveFrom')}
        />
        <Fieldset legend={t('statutes.form.weights')} aria-describedby="statutes-weights-hint">
          <Text size="sm" id="statutes-weights-hint" mb="xs">
            {t('statutes.form.weightsHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {categoryCodes.map((category) => (
              <TextInput
                key={category}
                label={format.category(category)}
                inputMode="numeric"
                name={`votingWeights.${category}`}
                value={values.weights[category] ?? ''}
                error={errorFor(`votingWeights.${category}`)}
                onChange={(event) =>
                  update(
                    { weights: { ...values.weights, [category]: event.currentTarget.value } },
                    `votingWeights.${category}`,
                  )
                }
              />
            ))}
          </SimpleGrid>
          {weightsError && (
            <Text c="red.9" size="sm" mt="xs" role="alert">
              {weightsError}
            </Text>
          )}
        </Fieldset>
        <Stack gap="xs">
          {booleanFields.map((field) => (
            <Checkbox
              key={field}
              label={t(`statutes.form.${field}`)}
              name={field}
              checked={values[field]}
              onChange={(event) => update({ [field]: event.currentTarget.checked }, field)}
            />
          ))}
        </Stack>
        <MeetingRulesTabs
          kinds={values.kinds}
          activeKind={activeKind}
          onActiveKind={setActiveKind}
          onChange={updateKind}
          errorFor={errorFor}
        />
        <Textarea
          label={t('statutes.form.notes')}
          autosize
          minRows={2}
          name="notes"
          value={values.notes}
          error={errorFor('notes')}
          onChange={(event) => update({ notes: event.currentTarget.value }, 'notes')}
        />
        <Button type="submit" loading={isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('statutes.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
