import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { majorities, statutesInputSchema } from '../../../../common/assemblies.schemas.ts';
import { formatLongDate } from '../../../../common/format.ts';
import { categoryLabels, membershipCategories } from '../../../../common/memberships.ts';
import { fieldPath, fieldText, problemOf, problemText } from '../../api/problem-text.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { useNotice } from '../../components/notice.context.tsx';
import { commonShares, type Statutes } from './statutes.api.ts';
import { useAddStatutesMutation } from './statutes.queries.ts';
import {
  initialValues,
  issuesToErrors,
  rangeOf,
  toInput,
  type StatutesFormValues,
} from './statutes-form.values.ts';
import { shareText } from './statutes-text.ts';

type BooleanField = 'requiresFeePaid' | 'doProxiesCount' | 'isSecondConvocationFree' | 'doesRemoteCount';
const booleanFields: readonly BooleanField[] = [
  'requiresFeePaid',
  'doProxiesCount',
  'isSecondConvocationFree',
  'doesRemoteCount',
];

function focusFirstInvalidField(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** A new version of the statutes, pre-filled from the one in force; versions are never edited. */
export function StatutesForm({ current, today }: { current: Statutes | undefined; today: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const { notify } = useNotice();
  const [values, setValues] = useState<StatutesFormValues>(() => initialValues(current, today));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const add = useAddStatutesMutation();
  const [isSubmitting, setIsSubmitting] = useState(false);

  function update(patch: Partial<StatutesFormValues>, path: string) {
    setValues((previous) => ({ ...previous, ...patch }));
    setErrors((previous) => ({ ...previous, [path]: '', votingWeights: '' }));
  }

  function errorFor(path: string): string | undefined {
    const code = errors[path];
    if (!code) return undefined;
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
      setErrors(issuesToErrors(parsed.error.issues));
      focusFirstInvalidField(form);
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
        setErrors(Object.fromEntries(issues.map((issue) => [fieldPath(issue.path), issue.message])));
        focusFirstInvalidField(form);
      }
      setFormError(problemText(t, error));
    } finally {
      setIsSubmitting(false);
    }
  }

  const shareOptions = [
    { value: 'none', label: t('statutes.form.noQuorum') },
    ...[...new Set([...commonShares, values.ordinaryQuorum, values.extraordinaryQuorum])]
      .filter((value) => value !== 'none')
      .map((value) => {
        const [numerator, denominator] = value.split('/').map(Number);
        return { value, label: shareText(t, { numerator: numerator ?? 1, denominator: denominator ?? 1 }) };
      }),
  ];
  const majorityOptions = majorities.map((majority) => ({
    value: majority,
    label: t(`statutes.majorities.${majority}`),
  }));
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
            {membershipCategories.map((category) => (
              <TextInput
                key={category}
                label={categoryLabels[locale][category]}
                inputMode="numeric"
                name={`votingWeights.${category}`}
                value={values.weights[category]}
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
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          {(['ordinaryQuorum', 'extraordinaryQuorum'] as const).map((field) => (
            <NativeSelect
              key={field}
              label={t(`statutes.form.${field}`)}
              data={shareOptions}
              miw={220}
              name={field}
              value={values[field]}
              error={errorFor(field)}
              onChange={(event) => update({ [field]: event.currentTarget.value }, field)}
            />
          ))}
          <NativeSelect
            label={t('statutes.form.defaultMajority')}
            data={majorityOptions}
            miw={220}
            name="defaultMajority"
            value={values.defaultMajority}
            error={errorFor('defaultMajority')}
            onChange={(event) =>
              update(
                { defaultMajority: event.currentTarget.value as StatutesFormValues['defaultMajority'] },
                'defaultMajority',
              )
            }
          />
        </Group>
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          {(['maxProxiesPerHolder', 'noticeDays'] as const).map((field) => (
            <TextInput
              key={field}
              label={t(`statutes.form.${field}`)}
              inputMode="numeric"
              required
              miw={220}
              name={field}
              value={values[field]}
              error={errorFor(field)}
              onChange={(event) => update({ [field]: event.currentTarget.value }, field)}
            />
          ))}
        </Group>
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
