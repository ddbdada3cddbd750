import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { createContext, Suspense, use, useCallback, useMemo } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { fetchAssembly, type Assembly } from './assemblies.api.ts';
import { AssemblyNavigation } from './assembly-navigation.tsx';
import { problemMessage } from './shared/messages.ts';
import { useResource } from './shared/use-resource.hook.ts';

interface AssemblyContextValue {
  assembly: Assembly;
  /** Shows the assembly a write answered (open, close, current item) without asking again. */
  replace: (assembly: Assembly) => void;
  reload: () => void;
}

const AssemblyContext = createContext<AssemblyContextValue | null>(null);

export function useAssembly(): AssemblyContextValue {
  const value = use(AssemblyContext);
  if (!value) throw new Error('useAssembly must be used inside AssemblyLayout');
  return value;
}

function AssemblyNotFound({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const isMissing = error instanceof ApiError && error.status === 404;
  const title = isMissing ? t('assemblies.notFound') : t('assemblies.list.heading');
  usePageTitle(title);
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      {!isMissing && <Alert color="red">{problemMessage(t, i18n.language, error)}</Alert>}
      <Anchor component={Link} to="/assemblies">
        {t('assemblies.backToList')}
      </Anchor>
    </Stack>
  );
}

/** Loads the assembly of the address once for all its pages, above which sit its sections. */
export function AssemblyLayout() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const load = useCallback(() => fetchAssembly(slug), [slug]);
  const { state, replace, reload } = useResource(load);
  const value = useMemo(
    () => (state.status === 'ready' ? { assembly: state.data, replace, reload } : null),
    [state, replace, reload],
  );

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'failed' || !value) {
    return <AssemblyNotFound error={state.status === 'failed' ? state.error : null} />;
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
