import { Alert, Button, Group, NativeSelect, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetEditorRoles } from '../../../../common/roles.ts';
import { formatMoney } from '../../../../common/format.ts';
import { ApiError } from '../../api/client.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { errorCodeMessage } from '../../i18n/error-messages.ts';
import { useResource } from '../register/shared/use-resource.hook.ts';
import { useSession } from '../session/session.context.tsx';
import {
  fetchBudget,
  fetchBudgets,
  removeBudgetLine,
  saveBudget,
  type BudgetTableView,
} from './budget.api.ts';
import { AnnualAccountsSection } from './annual-accounts.section.tsx';
import { BudgetFamiliesChart } from './budget-families.chart.tsx';
import { changedEdit, hasDraftErrors, liveBudget, type Drafts } from './budget-live.ts';
import { AddLineForm, NewBudgetForm } from './budget-structure.forms.tsx';
import { BudgetSideTable } from './budget-side.table.tsx';

/** The budget of a year beside the previous year's actual: editable, totals live, differences shown. */
export function BudgetPage() {
  const { t } = useTranslation();
  usePageTitle(t('navigation.budget'));
  const { user } = useSession();
  const canEdit = Boolean(user && budgetEditorRoles.includes(user.role));
  const [years, setYears] = useState<number[] | null>(null);
  const [year, setYear] = useState<number | null>(null);
  useEffect(() => {
    fetchBudgets().then(
      ({ budgets }) => {
        setYears(budgets.map((budget) => budget.year));
        setYear((current) => current ?? budgets[0]?.year ?? null);
      },
      () => setYears([]),
    );
  }, []);
  const load = useCallback(() => (year ? fetchBudget(year) : new Promise<never>(() => {})), [year]);
  const { state, replace } = useResource(load);
  const [isCreating, setCreating] = useState(false);
  const onCreated = (table: BudgetTableView) => {
    setYears((current) => [...new Set([table.year, ...(current ?? [])])].sort((a, b) => b - a));
    setCreating(false);
    if (table.year === year) replace(table);
    else setYear(table.year);
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('navigation.budget')}</Title>
      {years !== null && years.length === 0 && <Text>{t('budget.none')}</Text>}
      {canEdit && years !== null && (
        <Group>
          <Button
            variant="default"
            onClick={() => setCreating((current) => !current)}
            aria-expanded={isCreating}
          >
            {t('budget.create.open')}
          </Button>
        </Group>
      )}
      {isCreating && years !== null && <NewBudgetForm years={years} onCreated={onCreated} />}
      {years !== null && years.length > 0 && (
        <NativeSelect
          label={t('budget.year')}
          data={years.map((choice) => ({ value: String(choice), label: String(choice) }))}
          value={year ? String(year) : ''}
          onChange={(event) => setYear(Number(event.currentTarget.value))}
          maw={160}
        />
      )}
      {year !== null && state.status === 'loading' && <LoadingState />}
      {state.status === 'failed' && <Alert color="red">{errorCodeMessage(t, state.code)}</Alert>}
      {state.status === 'ready' && (
        <BudgetEditor key={`${state.data.year}`} table={state.data} canEdit={canEdit} onSaved={replace} />
      )}
    </Stack>
  );
}

function BudgetEditor({
  table,
  canEdit,
  onSaved,
}: {
  table: BudgetTableView;
  canEdit: boolean;
  onSaved: (table: BudgetTableView) => void;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Drafts>({});
  const [message, setMessage] = useState<{ kind: 'saved' | 'failed'; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const live = useMemo(() => liveBudget(table, drafts), [table, drafts]);
  const changes = changedEdit(table, drafts);
  const hasErrors = hasDraftErrors(drafts);
  const [structure, setStructure] = useState(false);
  const onLinesChanged = (saved: BudgetTableView) => {
    setMessage({ kind: 'saved', text: t('budget.saved') });
    onSaved(saved);
  };
  const onRemove = async (lineId: string) => {
    try {
      onLinesChanged(await removeBudgetLine(table.year, lineId));
      setDrafts((current) =>
        Object.fromEntries(Object.entries(current).filter(([key]) => !key.includes(lineId))),
      );
    } catch (error) {
      setMessage({
        kind: 'failed',
        text: error instanceof ApiError ? error.problem.detail : t('budget.saveFailed'),
      });
    }
  };
  const columnLabel = new Map(table.columns.map((column) => [column.key, column.label]));

  const onDraft = (key: string, text: string) => {
    setMessage(null);
    setDrafts((current) => ({ ...current, [key]: text }));
  };
  const save = async () => {
    setSaving(true);
    try {
      const saved = await saveBudget(table.year, {
        amounts: changes.amounts,
        totals: changes.totals,
        feeCounts: changes.feeCounts,
      });
      setDrafts({});
      onSaved(saved);
      setMessage({ kind: 'saved', text: t('budget.saved') });
    } catch (error) {
      setMessage({
        kind: 'failed',
        text: error instanceof ApiError ? error.problem.detail : t('budget.saveFailed'),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="lg">
      <Title order={2}>{table.title}</Title>
      {table.asOf && <Text>{t('budget.asOf', { day: table.asOf.split('-').reverse().join('/') })}</Text>}
      <Stack component="section" aria-label={t('budget.balanceTitle')} gap={4}>
        {live.columns.map((column) => (
          <Text
            key={column.key}
            fw={700}
            c={column.isBalanced ? undefined : 'red.9'}
            data-balance={column.key}
          >
            {column.isBalanced
              ? t('budget.balanced', { column: column.label, amount: formatMoney(column.chargesCents) })
              : t('budget.unbalanced', {
                  column: column.label,
                  amount: formatMoney(Math.abs(column.imbalanceCents)),
                  charges: formatMoney(column.chargesCents),
                  products: formatMoney(column.productsCents),
                })}
          </Text>
        ))}
      </Stack>
      {canEdit && (
        <Group>
          <Button onClick={save} disabled={changes.count === 0 || hasErrors} loading={isSaving}>
            {t('budget.save', { count: changes.count })}
          </Button>
          <Button variant="default" onClick={() => setDrafts({})} disabled={Object.keys(drafts).length === 0}>
            {t('budget.reset')}
          </Button>
          <Switch
            label={t('budget.lines.structure')}
            checked={structure}
            onChange={(event) => setStructure(event.currentTarget.checked)}
          />
        </Group>
      )}
      {message && (
        <Alert
          color={message.kind === 'saved' ? 'green' : 'red'}
          role={message.kind === 'saved' ? 'status' : 'alert'}
        >
          {message.text}
        </Alert>
      )}
      <BudgetSideTable
        side="charges"
        table={table}
        live={live}
        drafts={drafts}
        canEdit={canEdit}
        onDraft={onDraft}
        structure={canEdit && structure}
        onRemove={onRemove}
      />
      {canEdit && structure && <AddLineForm side="charges" table={table} onSaved={onLinesChanged} />}
      <BudgetSideTable
        side="products"
        table={table}
        live={live}
        drafts={drafts}
        canEdit={canEdit}
        onDraft={onDraft}
        structure={canEdit && structure}
        onRemove={onRemove}
      />
      {canEdit && structure && <AddLineForm side="products" table={table} onSaved={onLinesChanged} />}
      <Stack component="section" aria-labelledby="budget-differences-title" gap="sm">
        <Title order={2} id="budget-differences-title">
          {t('budget.differences.title', { count: live.differences.length })}
        </Title>
        {live.differences.length === 0 ? (
          <Text>{t('budget.differences.none')}</Text>
        ) : (
          <Table withTableBorder striped maw={900} aria-labelledby="budget-differences-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('budget.account')}</Table.Th>
                <Table.Th scope="col">{t('budget.label')}</Table.Th>
                <Table.Th scope="col">{t('budget.differences.column')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('budget.differences.declared')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('budget.differences.computed')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('budget.differences.difference')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {live.differences.map((entry) => (
                <Table.Tr key={`${entry.account}-${entry.side}-${entry.lineId}-${entry.column}`}>
                  <Table.Td>
                    {entry.account === 'total' ? t('budget.differences.total') : entry.account}
                  </Table.Td>
                  <Table.Td>{entry.label}</Table.Td>
                  <Table.Td>{columnLabel.get(entry.column)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(entry.declaredCents)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(entry.computedCents)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(entry.differenceCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <BudgetFamiliesChart budget={live} />
      {table.columns
        .filter((column) => column.kind === 'actual')
        .map((column) => (
          <AnnualAccountsSection
            key={column.key}
            year={column.year}
            version={`${column.chargesCents}|${column.productsCents}`}
            canEdit={canEdit}
          />
        ))}
      <Group>
        {(['csv', 'xlsx', 'pdf'] as const).map((format) => (
          <Button
            key={format}
            component="a"
            variant="default"
            href={`/api/budgets/${table.year}/export.${format}`}
            download
          >
            {t(`budget.export.${format}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
