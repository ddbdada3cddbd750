import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../common/format.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { errorCodeMessage } from '../../i18n/error-messages.ts';
import { useResource } from '../register/shared/use-resource.hook.ts';
import { AnnualAccountsForm } from './annual-accounts.form.tsx';
import { fetchAnnualAccounts } from './budget.api.ts';

/**
 * The accounts of the year whose actual the budget shows: the figures the treasurer recorded and
 * those summed from the actual's lines, with the shares of products. `version` reloads it after an
 * edit of the budget. The treasurer records or corrects them there (`canEdit`); the section then shows
 * what the server saved.
 */
export function AnnualAccountsSection({
  year,
  version,
  canEdit,
}: {
  year: number;
  version: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const load = useCallback(() => fetchAnnualAccounts(year), [year, version]);
  const { state, replace } = useResource(load, { keepPrevious: true });
  const [isEditing, setEditing] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);
  const titleId = `annual-accounts-${year}`;
  const current = state.status === 'ready' ? state.data : null;
  const canOpen = state.status === 'ready' || (state.status === 'failed' && state.code === 'not_found');
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={2} id={titleId}>
        {t('budget.accounts.title', { year })}
      </Title>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'failed' &&
        (state.code === 'not_found' ? (
          <Text>{t('budget.accounts.none')}</Text>
        ) : (
          <Alert color="red">{errorCodeMessage(t, state.code)}</Alert>
        ))}
      {state.status === 'ready' && (
        <>
          <Table withTableBorder maw={720} aria-labelledby={titleId}>
            <Table.Tbody>
              {state.data.recorded && (
                <>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.result')}</Table.Th>
                    <Table.Td ta="right" data-accounts="result">
                      {formatMoney(state.data.recorded.resultCents)}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.equity')}</Table.Th>
                    <Table.Td ta="right">{formatMoney(state.data.recorded.equityCents)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.balanceSheetTotal')}</Table.Th>
                    <Table.Td ta="right">{formatMoney(state.data.recorded.balanceSheetTotalCents)}</Table.Td>
                  </Table.Tr>
                </>
              )}
              {state.data.actual && (
                <>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.products')}</Table.Th>
                    <Table.Td ta="right">{formatMoney(state.data.actual.productsCents)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.charges')}</Table.Th>
                    <Table.Td ta="right">{formatMoney(state.data.actual.chargesCents)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.computedResult')}</Table.Th>
                    <Table.Td
                      ta="right"
                      c={state.data.resultAgrees === false ? 'red.9' : undefined}
                      data-accounts="computed-result"
                    >
                      {formatMoney(state.data.actual.resultCents)}
                      {state.data.resultAgrees === false && ` — ${t('budget.accounts.disagrees')}`}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('budget.accounts.provisionReversal')}</Table.Th>
                    <Table.Td ta="right">{formatMoney(state.data.actual.provisionReversalCents)}</Table.Td>
                  </Table.Tr>
                </>
              )}
              {state.data.shares.map((share) => (
                <Table.Tr key={share.label}>
                  <Table.Th scope="row">
                    {t('budget.accounts.share', { label: share.label, accounts: share.accounts.join(', ') })}
                  </Table.Th>
                  <Table.Td ta="right" data-share={share.label}>
                    {share.share}
                    {share.amountCents !== null && ` (${formatMoney(share.amountCents)})`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {state.data.recorded?.notes && <Text maw={720}>{state.data.recorded.notes}</Text>}
        </>
      )}
      {savedNotice && !isEditing && (
        <Text role="status" c="green.9">
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
          onSaved={(view) => {
            replace(view);
            setEditing(false);
            setSavedNotice(true);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </Stack>
  );
}
