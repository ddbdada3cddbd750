import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { defaultTimeZone } from '../../../../common/format.ts';
import { dayIn } from '../../../../common/time-zones.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { SettingsNavigation } from '../../components/settings-navigation.tsx';
import { QueryFailure } from '../../components/query-failure.tsx';
import { useAssociation } from '../association/association.context.tsx';
import { StatutesForm } from './statutes.form.tsx';
import { StatutesHistory } from './statutes-history.tsx';
import { StatutesRules } from './statutes-rules.tsx';
import { statutesInForce } from './statutes.api.ts';
import { useStatutesQuery } from './statutes.queries.ts';

/** The administrator's page for the statutes: the rules in force, their history, a new version. */
export function StatutesPage() {
  const { t } = useTranslation();
  const association = useAssociation();
  const timeZone = association?.timeZone ?? defaultTimeZone;
  const today = dayIn(timeZone);
  const query = useStatutesQuery();
  usePageTitle(t('statutes.title'));

  const current = query.isSuccess ? statutesInForce(query.data, today) : undefined;

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('statutes.title')}</Title>
        <SettingsNavigation />
        <Text>{t('statutes.intro')}</Text>
      </Stack>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && (
        <>
          <StatutesRules statutes={current} timeZone={timeZone} />
          <StatutesHistory versions={query.data} inForceId={current?.id} today={today} />
          <StatutesForm key={current?.id ?? 'none'} current={current} today={today} />
        </>
      )}
    </Stack>
  );
}
