import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { createContext, Suspense, use, useMemo, type ReactNode } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { problemCode, problemText } from '../../api/problem-text.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import type { Assembly } from './assemblies.api.ts';
import { assemblyKeys, useAnswerMutation, useAssemblyQuery } from './assemblies.queries.ts';
import { AssemblyNavigation } from './assembly-navigation.tsx';

interface AssemblyContextValue {
  assembly: Assembly;
}

const AssemblyContext = createContext<AssemblyContextValue | null>(null);

export function useAssembly(): AssemblyContextValue {
  const value = use(AssemblyContext);
  if (!value) throw new Error('useAssembly must be used inside AssemblyLayout');
  return value;
}

function AssemblyNotFound({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const isMissing = problemCode(error) === 'not_found';
  const title = isMissing ? t('assemblies.notFound') : t('assemblies.list.heading');
  usePageTitle(title);
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      {!isMissing && <Alert color="red">{problemText(t, error)}</Alert>}
      <Anchor component={Link} to="/assemblies">
        {t('assemblies.backToList')}
      </Anchor>
    </Stack>
  );
}

/** The assembly for pages shown outside this layout (the door's kiosk, full screen). */
export function AssemblyProvider({ assembly, children }: { assembly: Assembly; children: ReactNode }) {
  const value = useMemo(() => ({ assembly }), [assembly]);
  return <AssemblyContext value={value}>{children}</AssemblyContext>;
}

/** A write answering the assembly (open, close, current item): shown at once, its list read again. */
export function useAssemblyAnswer(slug: string) {
  return useAnswerMutation<Assembly>(assemblyKeys.detail(slug), [
    assemblyKeys.list,
    assemblyKeys.quorum(slug),
  ]);
}

/** Loads the assembly of the address once for all its pages, above which sit its sections. */
export function AssemblyLayout() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const query = useAssemblyQuery(slug);
  const value = useMemo(() => (query.data ? { assembly: query.data } : null), [query.data]);

  if (query.isPending) return <LoadingState />;
  if (query.isError || !value) {
    return <AssemblyNotFound error={query.isError ? query.error : null} />;
  }
  return (
    <AssemblyContext value={value}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Anchor component={Link} to="/assemblies" size="sm">
            {t('assemblies.backToList')}
          </Anchor>
          <Text fw={500} c="dimmed">
            {value.assembly.title}
          </Text>
          <AssemblyNavigation assembly={value.assembly} />
        </Stack>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </Stack>
    </AssemblyContext>
  );
}
