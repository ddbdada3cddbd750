import { Alert, Button, Group, NativeSelect, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetEditorRoles } from '../../../../common/roles.ts';
import { formatDay, formatMoney } from '../../../../common/format.ts';
import { pageLocale } from '../../i18n/page-locale.ts';
import { problemText } from '../../api/problem-text.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { QueryFailure } from '../../components/query-failure.tsx';
import { useSession } from '../session/session.context.tsx';
import { removeBudgetLine, saveBudget, type BudgetTableView } from './budget.api.ts';
import {
  budgetKeys,
  isOwnBudgetVersion,
  useBudgetMutation,
  useBudgetQuery,
  useBudgetYearsQuery,
} from './budget.queries.ts';
import { StaleVersionDialog } from '../../components/stale-version.dialog.tsx';
import { staleCurrent } from '../../components/versioned-save.hook.ts';
import type { BudgetSide } from '../../../../common/budget.ts';
import { ActualToDateForm } from './actual-to-date.form.tsx';
import { AnnualAccountsSection } from './annual-accounts.section.tsx';
import { BudgetFamiliesChart } from './budget-families.chart.tsx';
import {
  changedEdit,
  changedFigures,
  draftedKeys,
  figurePlace,
  hasDraftErrors,
  liveBudget,
  type Drafts,
} from './budget-live.ts';
import { AddLineForm } from './budget-line.form.tsx';
import { NewBudgetForm } from './new-budget.form.tsx';
import { BudgetSideTable } from './budget-side.table.tsx';

/** The budget of a year beside the previous year's actual: editable, totals live, differences shown. */
export function BudgetPage() {
  const { t } = useTranslation();
  usePageTitle(t('navigation.budget'));
  const { user } = useSession();
  const canEdit = Boolean(user && budgetEditorRoles.includes(user.role));
  const yearsQuery = useBudgetYearsQuery();
  const years = yearsQuery.isPending ? null : (yearsQuery.data ?? []);
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? years?.[0] ?? null;
  const query = useBudgetQuery(year);
  const [isCreating, setCreating] = useState(false);
  const onCreated = (table: BudgetTableView) => {
    setCreating(false);
    setYear(table.year);
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
      {year !== null && query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && <BudgetEditor key={`${query.data.year}`} table={query.data} canEdit={canEdit} />}
    </Stack>
  );
}

function BudgetEditor({ table, canEdit }: { table: BudgetTableView; canEdit: boolean }) {
  const { t } = useTranslation();
  const saveMutation = useBudgetMutation(
    ({ edit, version }: { edit: Parameters<typeof saveBudget>[1]; version: number }) =>
      saveBudget(table.year, edit, version),
  );
  const queryClient = useQueryClient();
  // The budget the drafts were typed on: its version is the one the save names, even if the page's
  // data is read again meanwhile.
  const [base, setBase] = useState<BudgetTableView | null>(null);
  const [conflict, setConflict] = useState<{
    current: BudgetTableView;
    theirs: string[];
    mine: string[];
  } | null>(null);
  const removal = useBudgetMutation((lineId: string) => removeBudgetLine(table.year, lineId));
  const [drafts, setDrafts] = useState<Drafts>({});
  const [message, setMessage] = useState<{ kind: 'saved' | 'failed'; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const live = useMemo(() => liveBudget(table, drafts), [table, drafts]);
  const changes = changedEdit(table, drafts);
  const hasErrors = hasDraftErrors(drafts);
  const [structure, setStructure] = useState(false);
  const onLinesChanged = () => setMessage({ kind: 'saved', text: t('budget.saved') });
  const onRemove = async (lineId: string) => {
    try {
      await removal.mutateAsync(lineId);
      onLinesChanged();
      setDrafts((current) =>
        Object.fromEntries(Object.entries(current).filter(([key]) => !key.includes(lineId))),
      );
    } catch (error) {
      setMessage({
        kind: 'failed',
        text: problemText(t, error),
      });
    }
  };
  const columnLabel = new Map(table.columns.map((column) => [column.key, column.label]));
  // A line or a column added here while figures are typed: the figures move onto the new version,
  // which is this page's own; a version someone else saved keeps them on the old one (the save then
  // shows what they changed).
  const typedOn =
    base !== null && base.version < table.version && isOwnBudgetVersion(table.year, table.version)
      ? table
      : base;

  const onDraft = (key: string, text: string) => {
    setMessage(null);
    setBase((current) => current ?? table);
    setDrafts((current) => ({ ...current, [key]: text }));
  };
  const resetDrafts = () => {
    setDrafts({});
    setBase(null);
  };
  const save = async (on: BudgetTableView = typedOn ?? table) => {
    const edit = changedEdit(on, drafts);
    setSaving(true);
    try {
      await saveMutation.mutateAsync({
        edit: { amounts: edit.amounts, totals: edit.totals, feeCounts: edit.feeCounts },
        version: on.version,
      });
      resetDrafts();
      setConflict(null);
      setMessage({ kind: 'saved', text: t('budget.saved') });
    } catch (error) {
      const current = staleCurrent<BudgetTableView>(error);
      if (current) {
        setConflict({ current, theirs: changedFigures(on, current), mine: draftedKeys(on, drafts) });
        return;
      }
      setMessage({
        kind: 'failed',
        text: problemText(t, error),
      });
    } finally {
      setSaving(false);
    }
  };
  const showCurrent = (current: BudgetTableView) =>
    queryClient.setQueryData(budgetKeys.table(current.year), current);
  const reloadCurrent = () => {
    if (!conflict) return;
    showCurrent(conflict.current);
    resetDrafts();
    setConflict(null);
  };
  const reapplyOnCurrent = () => {
    if (!conflict) return;
    showCurrent(conflict.current);
    setBase(conflict.current);
    void save(conflict.current);
  };
  const figureWords = {
    total: (side: BudgetSide) => t(`budget.differences.sideTotals.${side}`),
    feeCount: t('budget.lines.feeCount'),
  };

  return (
    <Stack gap="lg">
      <Title order={2}>{table.title}</Title>
      {table.asOf && <Text>{t('budget.asOf', { day: formatDay(table.asOf, pageLocale()) })}</Text>}
      <Stack component="section" aria-label={t('budget.balanceTitle')} gap={4}>
        {live.columns.map((column) => (
          <Text
            key={column.key}
            fw={700}
            c={column.isBalanced ? undefined : 'red.9'}
            data-balance={column.key}
          >
            {column.isBalanced
              ? t('budget.balanced', {
                  column: column.label,
                  amount: formatMoney(column.chargesCents, pageLocale()),
                })
              : t('budget.unbalanced', {
                  column: column.label,
                  amount: formatMoney(Math.abs(column.imbalanceCents), pageLocale()),
                  charges: formatMoney(column.chargesCents, pageLocale()),
                  products: formatMoney(column.productsCents, pageLocale()),
                })}
          </Text>
        ))}
      </Stack>
      {canEdit && (
        <Group>
          <Button onClick={() => void save()} disabled={changes.count === 0 || hasErrors} loading={isSaving}>
            {t('budget.save', { count: changes.count })}
          </Button>
          <Button variant="default" onClick={resetDrafts} disabled={Object.keys(drafts).length === 0}>
            {t('budget.reset')}
          </Button>
          <Switch
            label={t('budget.lines.structure')}
            checked={structure}
            onChange={(event) => setStructure(event.currentTarget.checked)}
          />
        </Group>
      )}
      {canEdit && <ActualToDateForm key={table.columns.map((column) => column.asOf).join()} table={table} />}
      <StaleVersionDialog<Drafts>
        conflict={conflict}
        fieldLabel={(key) => figurePlace(conflict?.current ?? table, key, figureWords)}
        isReapplying={isSaving}
        onReload={reloadCurrent}
        onReapply={reapplyOnCurrent}
      />
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
                  <Table.Td>
                    {entry.account === 'total'
                      ? t(`budget.differences.sideTotals.${entry.side}`)
                      : entry.label}
                  </Table.Td>
                  <Table.Td>{columnLabel.get(entry.column)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(entry.declaredCents, pageLocale())}</Table.Td>
                  <Table.Td ta="right">{formatMoney(entry.computedCents, pageLocale())}</Table.Td>
                  <Table.Td ta="right">{formatMoney(entry.differenceCents, pageLocale())}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <BudgetFamiliesChart budget={live} />
      {table.columns
        .filter((column) => column.kind === 'actual' && column.asOf === null)
        .map((column) => (
          <AnnualAccountsSection key={column.key} year={column.year} canEdit={canEdit} />
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
