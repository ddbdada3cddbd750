import { Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { BudgetSide } from '../../../../common/budget.ts';
import { budgetLineInputSchema } from '../../../../common/budget.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { formSchema, textFields } from '../../components/form-schema.ts';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { addBudgetLine, type BudgetTableView } from './budget.api.ts';
import { useBudgetMutation } from './budget.queries.ts';

/** Adds a line under another line of one side (or a family at the top), saved at once. */
export function AddLineForm({
  side,
  table,
  onSaved,
}: {
  side: BudgetSide;
  table: BudgetTableView;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const rows = table.rows.filter((row) => row.side === side && !row.fee && !row.isResult);
  const add = useBudgetMutation((input: z.infer<typeof budgetLineInputSchema>) =>
    addBudgetLine(table.year, input),
  );
  const schema = useMemo(
    () =>
      formSchema(
        textFields(['parentId', 'accountCode', 'label']),
        (values) => ({ ...values, side, parentId: values.parentId === '' ? null : values.parentId }),
        budgetLineInputSchema,
      ),
    [side],
  );
  const form = useSchemaForm({
    schema,
    initialValues: { parentId: rows[0]?.id ?? '', accountCode: '', label: '' },
    onSubmit: async (input) => {
      await add.mutateAsync(input);
      form.mantine.setValues({ accountCode: '', label: '' });
      onSaved();
    },
  });
  const title = t(side === 'charges' ? 'budget.lines.addCharges' : 'budget.lines.addProducts');
  const parent = form.inputProps('parentId');
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-label={title}
      noValidate
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('budget.lines.parent')}
            data={[
              ...rows.map((row) => ({
                value: row.id,
                label: `${'· '.repeat(row.level)}${row.accountCode} ${row.label}`,
              })),
              { value: '', label: t('budget.lines.topLevel') },
            ]}
            {...parent}
            error={parent.error ?? form.mantine.errors.side}
            maw={340}
          />
          <TextInput
            label={t('budget.account')}
            inputMode="numeric"
            required
            maw={120}
            {...form.inputProps('accountCode')}
          />
          <TextInput
            label={t('budget.label')}
            description={t('budget.lines.labelHint')}
            maw={320}
            {...form.inputProps('label')}
          />
        </Group>
        <FormErrorAlert message={form.formError} />
        <Group>
          <Button type="submit" loading={form.isSubmitting} variant="default">
            {t('budget.lines.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
