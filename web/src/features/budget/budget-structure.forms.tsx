import { Button, Group, NativeSelect, Paper, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { BudgetSide } from '../../../../common/budget.ts';
import { budgetCreateSchema, budgetLineInputSchema } from '../../../../common/budget.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { formSchema, textFields } from '../../components/form-schema.ts';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { addBudgetLine, createBudget, type BudgetTableView } from './budget.api.ts';
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

const newBudgetSchema = formSchema(
  z.object({
    year: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'invalid_year'),
    from: z.enum(['previous', 'empty']),
  }),
  (values) => ({ year: Number(values.year), from: values.from }),
  budgetCreateSchema,
);

/** A new year's budget, empty or copying the previous year's lines. */
export function NewBudgetForm({
  years,
  onCreated,
}: {
  years: number[];
  onCreated: (table: BudgetTableView) => void;
}) {
  const { t } = useTranslation();
  const next = (years.length > 0 ? Math.max(...years) : new Date().getFullYear()) + 1;
  const create = useBudgetMutation(createBudget);
  const form = useSchemaForm({
    schema: newBudgetSchema,
    initialValues: { year: String(next), from: years.includes(next - 1) ? 'previous' : 'empty' },
    onSubmit: async (input) => onCreated(await create.mutateAsync(input)),
  });
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-label={t('budget.create.title')}
      noValidate
    >
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('budget.create.title')}
        </Title>
        <TextInput label={t('budget.year')} inputMode="numeric" maw={160} {...form.inputProps('year')} />
        <Radio.Group label={t('budget.create.from')} {...form.inputProps('from')}>
          <Stack gap={4} mt={4}>
            <Radio
              value="previous"
              label={t('budget.create.previous', { year: Number(form.values.year) - 1 })}
            />
            <Radio value="empty" label={t('budget.create.empty')} />
          </Stack>
        </Radio.Group>
        <FormErrorAlert message={form.formError} />
        <Group>
          <Button type="submit" loading={form.isSubmitting}>
            {t('budget.create.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
