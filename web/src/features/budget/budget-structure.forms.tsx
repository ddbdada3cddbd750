import { Alert, Button, Group, NativeSelect, Paper, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetSide } from '../../../../common/budget.ts';
import { ApiError } from '../../api/client.ts';
import { addBudgetLine, createBudget, type BudgetTableView } from './budget.api.ts';

/** The field an API problem names ("body.accountCode" → "accountCode") with its detail. */
function fieldErrors(error: unknown): { field: string | null; detail: string } {
  if (!(error instanceof ApiError)) return { field: null, detail: String(error) };
  const path = error.problem.errors?.[0]?.path ?? '';
  return { field: path.split('.').at(-1) ?? null, detail: error.problem.detail };
}

/** Adds a line under another line of one side (or a family at the top), saved at once. */
export function AddLineForm({
  side,
  table,
  onSaved,
}: {
  side: BudgetSide;
  table: BudgetTableView;
  onSaved: (table: BudgetTableView) => void;
}) {
  const { t } = useTranslation();
  const rows = table.rows.filter((row) => row.side === side && !row.fee && !row.isResult);
  const [parentId, setParentId] = useState(rows[0]?.id ?? '');
  const [accountCode, setAccountCode] = useState('');
  const [label, setLabel] = useState('');
  const [failure, setFailure] = useState<{ field: string | null; detail: string } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const title = t(side === 'charges' ? 'budget.lines.addCharges' : 'budget.lines.addProducts');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const saved = await addBudgetLine(table.year, {
        parentId: parentId === '' ? null : parentId,
        side,
        accountCode: accountCode.trim(),
        label: label.trim(),
      });
      setAccountCode('');
      setLabel('');
      setFailure(null);
      onSaved(saved);
    } catch (error) {
      setFailure(fieldErrors(error));
    } finally {
      setSaving(false);
    }
  };
  const errorOf = (field: string) => (failure?.field === field ? failure.detail : undefined);
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} aria-label={title}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('budget.lines.parent')}
            value={parentId}
            onChange={(event) => setParentId(event.currentTarget.value)}
            data={[
              ...rows.map((row) => ({
                value: row.id,
                label: `${'· '.repeat(row.level)}${row.accountCode} ${row.label}`,
              })),
              { value: '', label: t('budget.lines.topLevel') },
            ]}
            error={errorOf('parentId') ?? errorOf('side')}
            maw={340}
          />
          <TextInput
            label={t('budget.account')}
            value={accountCode}
            onChange={(event) => setAccountCode(event.currentTarget.value)}
            error={errorOf('accountCode')}
            inputMode="numeric"
            required
            maw={120}
          />
          <TextInput
            label={t('budget.label')}
            description={t('budget.lines.labelHint')}
            value={label}
            onChange={(event) => setLabel(event.currentTarget.value)}
            error={errorOf('label')}
            maw={320}
          />
        </Group>
        {failure && failure.field === null && <Alert color="red">{failure.detail}</Alert>}
        <Group>
          <Button type="submit" loading={isSaving} variant="default">
            {t('budget.lines.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

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
  const [year, setYear] = useState(String(next));
  const [from, setFrom] = useState<'previous' | 'empty'>(years.includes(next - 1) ? 'previous' : 'empty');
  const [failure, setFailure] = useState<{ field: string | null; detail: string } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4}$/.test(year.trim())) {
      setFailure({ field: 'year', detail: t('budget.create.badYear') });
      return;
    }
    setSaving(true);
    try {
      onCreated(await createBudget({ year: Number(year), from }));
    } catch (error) {
      setFailure(fieldErrors(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} aria-label={t('budget.create.title')}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('budget.create.title')}
        </Title>
        <TextInput
          label={t('budget.year')}
          value={year}
          onChange={(event) => setYear(event.currentTarget.value)}
          error={failure?.field === 'year' ? failure.detail : undefined}
          inputMode="numeric"
          maw={160}
        />
        <Radio.Group
          label={t('budget.create.from')}
          value={from}
          onChange={(value) => setFrom(value as 'previous' | 'empty')}
          error={failure?.field === 'from' ? failure.detail : undefined}
        >
          <Stack gap={4} mt={4}>
            <Radio value="previous" label={t('budget.create.previous', { year: Number(year) - 1 })} />
            <Radio value="empty" label={t('budget.create.empty')} />
          </Stack>
        </Radio.Group>
        {failure && !['year', 'from'].includes(failure.field ?? '') && (
          <Alert color="red">{failure.detail}</Alert>
        )}
        <Group>
          <Button type="submit" loading={isSaving}>
            {t('budget.create.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
