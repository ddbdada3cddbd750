import { Button, Group, Paper, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { budgetCreateSchema } from '../../../../common/budget.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { formSchema } from '../../components/form-schema.ts';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { createBudget, type BudgetTableView } from './budget.api.ts';
import { useBudgetMutation } from './budget.queries.ts';

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
