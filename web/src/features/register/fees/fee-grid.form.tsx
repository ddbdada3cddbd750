import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipCategory } from '../../../../../common/memberships.ts';
import { feeGridSchema } from '../../../../../common/register.schemas.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../../components/schema-form.hook.ts';
import { useNotice } from '../../../components/notice.context.tsx';
import { saveFeeGrid, type FeeGrid } from '../memberships.api.ts';
import { useRegisterMutation } from '../register.queries.ts';
import { textFields } from '../../../components/form-schema.ts';
import { formatEuroInput, parseEuroAmount } from '../shared/euro-amount.ts';
import { useRegisterFormat } from '../shared/register-format.ts';

type GridValues = Record<MembershipCategory, string>;

/** Each category's amount typed in euros; empty means "not set for this year" and is left alone. */
const feeGridFormSchemaFor = (categories: readonly string[]) =>
  textFields(categories)
    .transform((values, context) => {
      const entries: { category: MembershipCategory; amountCents: number }[] = [];
      for (const category of categories) {
        if ((values[category] ?? '').trim() === '') continue;
        const result = parseEuroAmount(values[category] ?? '');
        if (result.isValid) entries.push({ category, amountCents: result.cents });
        else
          context.addIssue({
            code: 'custom',
            message: result.error,
            path: [category],
            input: values[category],
          });
      }
      if (entries.length === 0 && context.issues.length === 0) {
        context.addIssue({
          code: 'custom',
          message: 'required',
          path: [categories[0] ?? 'entries'],
          input: '',
        });
      }
      return { entries };
    })
    .pipe(feeGridSchema);

interface FeeGridFormProps {
  grid: FeeGrid;
  canEdit: boolean;
}

export function FeeGridForm({ grid, canEdit }: FeeGridFormProps) {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const format = useRegisterFormat();
  const initialValues = useMemo(
    () =>
      Object.fromEntries(
        grid.entries.map((entry) => [
          entry.category,
          entry.amountCents === null ? '' : formatEuroInput(entry.amountCents, format.locale),
        ]),
      ) as GridValues,
    [grid, format.locale],
  );
  const save = useRegisterMutation((entries: Parameters<typeof saveFeeGrid>[1]) =>
    saveFeeGrid(grid.year, entries),
  );
  const schema = useMemo(() => feeGridFormSchemaFor(grid.entries.map((entry) => entry.category)), [grid]);
  const form = useSchemaForm({
    schema,
    initialValues,
    onSubmit: async ({ entries }) => {
      await save.mutateAsync(entries);
      notify({ messageKey: 'register.fees.saved', values: { year: String(grid.year) } });
    },
  });

  return (
    <form noValidate aria-labelledby="fee-grid-title" onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack maw={480}>
        <FormErrorAlert message={form.formError} />
        {grid.entries.map((entry) => (
          <TextInput
            key={entry.category}
            label={t('register.fees.amountFor', { category: format.category(entry.category) })}
            description={
              entry.adoptedByResolutionId
                ? t('register.fees.adopted', {
                    resolution: entry.adoptedByResolution
                      ? `« ${entry.adoptedByResolution.title} » (${entry.adoptedByResolution.assemblyTitle})`
                      : entry.adoptedByResolutionId,
                  })
                : entry.amountCents === null
                  ? t('register.fees.notSet')
                  : undefined
            }
            inputMode="decimal"
            autoComplete="off"
            readOnly={!canEdit}
            rightSection={<Text aria-hidden="true">€</Text>}
            {...form.inputProps(entry.category)}
          />
        ))}
        {canEdit && (
          <>
            <Text size="sm" c="dimmed">
              {t('register.fees.hint')}
            </Text>
            <Button type="submit" loading={form.isSubmitting} style={{ alignSelf: 'flex-start' }}>
              {t('register.common.save')}
            </Button>
          </>
        )}
      </Stack>
    </form>
  );
}
