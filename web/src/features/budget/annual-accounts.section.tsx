import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../common/format.ts';
import { pageLocale } from '../../i18n/page-locale.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { QueryFailure } from '../../components/query-failure.tsx';
import { AnnualAccountsForm } from './annual-accounts.form.tsx';
import { useAnnualAccountsQuery } from './budget.queries.ts';
import { problemCode } from '../../api/problem-text.ts';

/**
 * The accounts of the year whose actual the budget shows: the figures the treasurer recorded and
 * those summed from the actual's lines, with the shares of products, read again after each edit of
 * the budget. The treasurer records or corrects them there (`canEdit`); the section then shows
 * what the server saved.
 */
export function AnnualAccountsSection({ year, canEdit }: { year: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const query = useAnnualAccountsQuery(year);
  const isMissing = problemCode(query.error) === 'not_found';
  const [isEditing, setEditing] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);
  const titleId = `annual-accounts-${year}`;
  const current = query.isSuccess ? query.data : null;
  const canOpen = query.isSuccess || (query.isError && isMissing);
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={2} id={titleId}>
        {t('budget.accounts.title', { year })}
      </Title>
      {query.isPending && <LoadingState />}
      {query.isError &&
        (isMissing ? <Text>{t('budget.accounts.none')}</Text> : <QueryFailure error={query.error} />)}
      {query.isSuccess && (
        <>
          <Table withTableBorder maw={720} aria-labelledby={titleId}>
            <Table.Tbody>
              {query.data.recorded && (
                <>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.result')}</Table.Th>
                    <Table.Td ta="right" data-accounts="result">
                      {formatMoney(query.data.recorded.resultCents, pageLocale())}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.equity')}</Table.Th>
                    <Table.Td ta="right">
                      {formatMoney(query.data.recorded.equityCents, pageLocale())}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.balanceSheetTotal')}</Table.Th>
                    <Table.Td ta="right">
                      {formatMoney(query.data.recorded.balanceSheetTotalCents, pageLocale())}
                    </Table.Td>
                  </Table.Tr>
                </>
              )}
              {query.data.actual && (
                <>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.products')}</Table.Th>
                    <Table.Td ta="right">
                      {formatMoney(query.data.actual.productsCents, pageLocale())}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.charges')}</Table.Th>
                    <Table.Td ta="right">
                      {formatMoney(query.data.actual.chargesCents, pageLocale())}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.computedResult')}</Table.Th>
                    <Table.Td
                      ta="right"
                      c={query.data.resultAgrees === false ? 'red.9' : undefined}
                      data-accounts="computed-result"
                    >
                      {formatMoney(query.data.actual.resultCents, pageLocale())}
                      {query.data.resultAgrees === false && ` — ${t('budget.accounts.disagrees')}`}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.provisionReversal')}</Table.Th>
                    <Table.Td ta="right">
                      {formatMoney(query.data.actual.provisionReversalCents, pageLocale())}
                    </Table.Td>
                  </Table.Tr>
                </>
              )}
              {query.data.shares.map((share) => (
                <Table.Tr key={share.label}>
                  <Table.Th scope="row">
                    {t('budget.accounts.share', { label: share.label, accounts: share.accounts.join(', ') })}
                  </Table.Th>
                  <Table.Td ta="right" data-share={share.label}>
                    {share.share}
                    {share.amountCents !== null && ` (${formatMoney(share.amountCents, pageLocale())})`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {query.data.recorded?.notes && <Text maw={720}>{query.data.recorded.notes}</Text>}
        </>
      )}
      {savedNotice && !isEditing && (
        <Text role="status" fw={600}>
          {t('budget.accounts.form.saved')}
        </Text>
      )}
      {canEdit && canOpen && !isEditing && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setSavedNotice(false);
              setEditing(true);
            }}
          >
            {t(current?.recorded ? 'budget.accounts.form.correct' : 'budget.accounts.form.record', { year })}
          </Button>
        </Group>
      )}
      {canEdit && isEditing && (
        <AnnualAccountsForm
          year={year}
          current={current}
          onSaved={() => {
            setEditing(false);
            setSavedNotice(true);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </Stack>
  );
}
