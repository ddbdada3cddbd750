import { Alert, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../common/errors.ts';
import { defaultTimeZone } from '../../../../common/format.ts';
import { dayIn } from '../../../../common/time-zones.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { SettingsNavigation } from '../../components/settings-navigation.tsx';
import { errorCodeMessage, errorCodeOf } from '../../i18n/error-messages.ts';
import { useAssociation } from '../association/association.context.tsx';
import { StatutesForm } from './statutes-form.tsx';
import { StatutesHistory } from './statutes-history.tsx';
import { StatutesRules } from './statutes-rules.tsx';
import { fetchStatutes, statutesInForce, type Statutes } from './statutes.api.ts';

type StatutesState =
  { status: 'loading' } | { status: 'ready'; versions: Statutes[] } | { status: 'failed'; code: ErrorCode };

/** The administrator's page for the statutes: the rules in force, their history, a new version. */
export function StatutesPage() {
  const { t } = useTranslation();
  const association = useAssociation();
  const timeZone = association?.timeZone ?? defaultTimeZone;
  const today = dayIn(timeZone);
  const [state, setState] = useState<StatutesState>({ status: 'loading' });
  usePageTitle(t('statutes.title'));

  const load = useCallback(() => {
    let isCurrent = true;
    fetchStatutes().then(
      (versions) => isCurrent && setState({ status: 'ready', versions }),
      (error: unknown) => isCurrent && setState({ status: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  useEffect(load, [load]);

  const current = state.status === 'ready' ? statutesInForce(state.versions, today) : undefined;

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('statutes.title')}</Title>
        <SettingsNavigation />
        <Text>{t('statutes.intro')}</Text>
      </Stack>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'failed' && <Alert color="red">{errorCodeMessage(t, state.code)}</Alert>}
      {state.status === 'ready' && (
        <>
          <StatutesRules statutes={current} timeZone={timeZone} />
          <StatutesHistory versions={state.versions} inForceId={current?.id} today={today} />
          <StatutesForm key={current?.id ?? 'none'} current={current} today={today} onAdded={load} />
        </>
      )}
    </Stack>
  );
}
