import { ActionIcon, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { amountInputText } from '../../../../common/amounts.ts';
import type { BudgetSide, ComputedBudget } from '../../../../common/budget.ts';
import { formatMoney } from '../../../../common/format.ts';
import { pageLocale } from '../../i18n/page-locale.ts';
import type { BudgetTableView } from './budget.api.ts';
import { cellKey, countError, draftError, feeKey, totalKey, type Drafts } from './budget-live.ts';

interface Props {
  side: BudgetSide;
  table: BudgetTableView;
  live: ComputedBudget;
  drafts: Drafts;
  canEdit: boolean;
  onDraft: (key: string, text: string) => void;
  /** Declared figures, fee counts and removing lines are open to editing. */
  structure: boolean;
  onRemove: (lineId: string, label: string) => void;
}

const money = (cents: number | null) => (cents === null ? '' : formatMoney(cents, pageLocale()));

/** One side of the budget: families and their lines, each column's amount, the side's total. */
export function BudgetSideTable({ side, table, live, drafts, canEdit, onDraft, structure, onRemove }: Props) {
  const { t } = useTranslation();
  const rows = live.rows.filter((row) => row.side === side);
  const saved = new Map(table.rows.map((row) => [row.id, row]));
  const title = t(side === 'charges' ? 'budget.charges' : 'budget.products');
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder captionSide="top" verticalSpacing={4}>
        <Table.Caption>{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('budget.account')}</Table.Th>
            <Table.Th scope="col">{t('budget.label')}</Table.Th>
            {table.columns.map((column) => (
              <Table.Th key={column.key} scope="col" ta="right">
                {column.label}
              </Table.Th>
            ))}
            {structure && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('budget.lines.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const original = saved.get(row.id)!;
            return (
              <Table.Tr
                key={row.id}
                fw={row.isSubtotal ? 700 : undefined}
                bg={row.level === 0 ? 'gray.1' : undefined}
                data-family={row.level === 0 ? row.accountCode : undefined}
              >
                <Table.Td>{row.accountCode}</Table.Td>
                <Table.Th scope="row" fw={row.isSubtotal ? 700 : 400} pl={row.level * 16 + 8}>
                  {row.label}
                  {original.funder && original.funder.name !== row.label && (
                    <Text component="span" size="xs" c="gray.7">
                      {' '}
                      ({original.funder.name})
                    </Text>
                  )}
                  {original.fee && structure && (
                    <TextInput
                      size="xs"
                      maw={160}
                      label={t('budget.lines.feeCount')}
                      value={drafts[feeKey(row.id)] ?? String(original.fee.forecastCount)}
                      onChange={(event) => onDraft(feeKey(row.id), event.currentTarget.value)}
                      error={countError(drafts[feeKey(row.id)]) ? t('budget.lines.notACount') : undefined}
                      inputMode="numeric"
                    />
                  )}
                  {original.fee && (
                    <Text size="xs" c="gray.7">
                      {t('budget.feeNote', {
                        count: original.fee.forecastCount,
                        fee:
                          original.fee.feeCents === null
                            ? '—'
                            : formatMoney(original.fee.feeCents, pageLocale()),
                        validated: original.fee.validatedCount,
                        income: formatMoney(original.fee.validatedIncomeCents, pageLocale()),
                      })}
                    </Text>
                  )}
                </Table.Th>
                {table.columns.map((column) => {
                  const cell = row.cells[column.key]!;
                  const key = cellKey(row.id, column.key);
                  const label = `${row.label} – ${column.label}`;
                  if (row.isSubtotal) {
                    const declaredDraft = drafts[key];
                    const declaredError = draftError(declaredDraft);
                    return (
                      <Table.Td key={column.key} ta="right" data-cell={key}>
                        {structure && (
                          <TextInput
                            size="xs"
                            aria-label={t('budget.lines.declaredAria', { label })}
                            placeholder={t('budget.lines.declared')}
                            value={
                              declaredDraft ?? amountInputText(original.cells[column.key]!.declaredCents)
                            }
                            onChange={(event) => onDraft(key, event.currentTarget.value)}
                            error={declaredError ? t(`budget.amountErrors.${declaredError}`) : undefined}
                            styles={{ input: { textAlign: 'right' } }}
                            inputMode="decimal"
                          />
                        )}
                        <span
                          aria-label={t('budget.computedAria', { label, amount: money(cell.computedCents) })}
                        >
                          {money(cell.computedCents)}
                        </span>
                        {cell.differenceCents !== null && (
                          <Text size="xs" c="red.9" fw={700} role="note">
                            {t('budget.declaredDiffers', {
                              declared: money(cell.declaredCents),
                              difference: formatMoney(cell.differenceCents, pageLocale()),
                            })}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  }
                  if (!canEdit || original.computedColumns.includes(column.key)) {
                    return (
                      <Table.Td key={column.key} ta="right">
                        {money(cell.computedCents)}
                      </Table.Td>
                    );
                  }
                  const draft = drafts[key];
                  const error = draftError(draft);
                  return (
                    <Table.Td key={column.key} ta="right" miw={130}>
                      <TextInput
                        size="xs"
                        aria-label={label}
                        value={draft ?? amountInputText(original.cells[column.key]!.computedCents)}
                        onChange={(event) => onDraft(key, event.currentTarget.value)}
                        error={error ? t(`budget.amountErrors.${error}`) : undefined}
                        styles={{ input: { textAlign: 'right' } }}
                        inputMode="decimal"
                      />
                    </Table.Td>
                  );
                })}
                {structure && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      aria-label={t('budget.lines.remove', { label: `${row.accountCode} ${row.label}` })}
                      onClick={() => onRemove(row.id, row.label)}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
          <Table.Tr fw={700} bg="gray.2">
            <Table.Td />
            <Table.Th scope="row">
              {t(side === 'charges' ? 'budget.totalCharges' : 'budget.totalProducts')}
            </Table.Th>
            {live.columns.map((column) => {
              const computed = side === 'charges' ? column.chargesCents : column.productsCents;
              const declared =
                side === 'charges' ? column.declaredChargesCents : column.declaredProductsCents;
              const totalDraft = drafts[totalKey(side, column.key)];
              const totalError = draftError(totalDraft);
              const saved = table.columns.find((entry) => entry.key === column.key)!;
              return (
                <Table.Td key={column.key} ta="right" data-total={`${side}|${column.key}`}>
                  {structure && (
                    <TextInput
                      size="xs"
                      aria-label={t('budget.lines.declaredAria', {
                        label: `${t(side === 'charges' ? 'budget.totalCharges' : 'budget.totalProducts')} – ${column.label}`,
                      })}
                      placeholder={t('budget.lines.declared')}
                      value={
                        totalDraft ??
                        amountInputText(
                          side === 'charges' ? saved.declaredChargesCents : saved.declaredProductsCents,
                        )
                      }
                      onChange={(event) => onDraft(totalKey(side, column.key), event.currentTarget.value)}
                      error={totalError ? t(`budget.amountErrors.${totalError}`) : undefined}
                      styles={{ input: { textAlign: 'right' } }}
                      inputMode="decimal"
                    />
                  )}
                  <span>{formatMoney(computed, pageLocale())}</span>
                  {declared !== null && declared !== computed && (
                    <Text size="xs" c="red.9" fw={700} role="note">
                      {t('budget.declaredDiffers', {
                        declared: formatMoney(declared, pageLocale()),
                        difference: formatMoney(declared - computed, pageLocale()),
                      })}
                    </Text>
                  )}
                </Table.Td>
              );
            })}
            {structure && <Table.Td />}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
