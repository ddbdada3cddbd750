import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { staffRoles } from '../../../../common/roles.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { QueryFailure } from '../../components/query-failure.tsx';
import { useAssociation } from '../association/association.context.tsx';
import { useSignedInUser } from '../session/session.context.tsx';
import { AssemblyTimelineSection } from './assembly-timeline.section.tsx';
import { useDashboardQuery } from './dashboard.queries.ts';
import { SetupChecklist } from './setup-checklist.tsx';
import { TasksSection } from './tasks.section.tsx';

/**
 * What to do now, for the signed-in role: the setting up (administrators), the followed assembly's
 * timeline from the notice to the signed minutes (those who run assemblies; its day for the others),
 * and the work waiting elsewhere with its count.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const association = useAssociation();
  const query = useDashboardQuery();
  usePageTitle(t('navigation.dashboard'));

  return (
    <Stack>
      <Title order={1}>{t('dashboard.title', { name: user.name })}</Title>
      <Text>
        {association
          ? t('dashboard.intro', { association: association.name })
          : t('dashboard.introWithoutAssociation')}
      </Text>
      {user.role === 'administrator' && <SetupChecklist />}
      {query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && (
        <>
          <AssemblyTimelineSection view={query.data} canRunAssemblies={staffRoles.includes(user.role)} />
          <TasksSection view={query.data} />
        </>
      )}
    </Stack>
  );
}
