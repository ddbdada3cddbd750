import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { budgetActualToDateSchema } from '../../../../common/budget.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { removeActualToDate, setActualToDate, type BudgetTableView } from './budget.api.ts';
import { useBudgetMutation } from './budget.queries.ts';

/**
 * The budget's own year's actual as it stands on a day, in a column beside the forecast: added with
 * its day, its day moved, or removed with the amounts typed in it.
 */
export function ActualToDateForm({ table }: { table: BudgetTableView }) {
  const { t } = useTranslation();
  const column = table.columns.find((entry) => entry.asOf !== null);
  const save = useBudgetMutation((asOf: string) => setActualToDate(table.year, { asOf }));
  const remove = useBudgetMutation(() => removeActualToDate(table.year));
  const form = useSchemaForm({
    schema: budgetActualToDateSchema,
    initialValues: { asOf: column?.asOf ?? '' },
    onSubmit: async (input) => {
      await save.mutateAsync(input.asOf);
    },
  });
  return (
    <Paper withBorder p="sm">
      <form
        onSubmit={(event) => void form.handleSubmit(event)}
        aria-labelledby="actual-to-date-title"
        noValidate
      >
        <Stack gap="xs">
          <Title order={3} size="h5" id="actual-to-date-title">
            {t('budget.toDate.title')}
          </Title>
          <Text size="sm">{t('budget.toDate.description', { year: table.year })}</Text>
          <Group align="flex-end">
            <TextInput type="date" label={t('budget.toDate.asOf')} maw={200} {...form.inputProps('asOf')} />
            <Button type="submit" loading={form.isSubmitting}>
              {column ? t('budget.toDate.move') : t('budget.toDate.add')}
            </Button>
            {column && (
              <Button
                variant="default"
                color="red"
                loading={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('budget.toDate.confirmRemove'))) void remove.mutateAsync(undefined);
                }}
              >
                {t('budget.toDate.remove')}
              </Button>
            )}
          </Group>
          <FormErrorAlert message={form.formError} />
        </Stack>
      </form>
    </Paper>
  );
}
