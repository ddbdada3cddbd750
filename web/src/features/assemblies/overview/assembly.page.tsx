import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { phaseOf } from '../assemblies.api.ts';
import { useQuorumQuery } from '../assemblies.queries.ts';
import { useAssembly } from '../assembly-layout.tsx';
import { useAssemblyFormat } from '../shared/assembly-format.ts';
import { problemText } from '../../../api/problem-text.ts';
import { AgendaList } from './agenda-list.tsx';
import { PhaseBadge, QuorumStatement } from '../shared/status-badges.tsx';

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 var(--mantine-spacing-sm)' }}>
      <Text component="dt" fw={700} miw={200}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** /assemblies/:slug: what, when, where, the agenda and the quorum as it stands. */
export function AssemblyPage() {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  const format = useAssemblyFormat();
  usePageTitle(assembly.title);
  const quorum = useQuorumQuery(assembly.slug);
  const phase = phaseOf(assembly);

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{assembly.title}</Title>
        <PhaseBadge phase={phase} size="lg" />
      </Stack>
      <Stack component="section" aria-labelledby="assembly-details-title" gap="sm">
        <Title order={2} id="assembly-details-title">
          {t('assemblies.overview.details')}
        </Title>
        <Stack component="dl" gap={6} m={0}>
          <Detail term={t('assemblies.overview.kind')}>{t(`assemblies.kinds.${assembly.kind}`)}</Detail>
          <Detail term={t('assemblies.overview.date')}>{format.day(assembly.heldOn)}</Detail>
          <Detail term={t('assemblies.overview.plannedTimes')}>
            {format.range(assembly.plannedStart, assembly.plannedEnd)}
          </Detail>
          {assembly.actualStart && (
            <Detail term={t('assemblies.overview.actualTimes')}>
              {format.range(assembly.actualStart, assembly.actualEnd)}
            </Detail>
          )}
          <Detail term={t('assemblies.overview.place')}>{assembly.place}</Detail>
          <Detail term={t('assemblies.overview.membershipYear')}>{assembly.membershipYear}</Detail>
          {assembly.chair && <Detail term={t('assemblies.overview.chair')}>{assembly.chair.name}</Detail>}
          {assembly.secretary && (
            <Detail term={t('assemblies.overview.secretary')}>{assembly.secretary.name}</Detail>
          )}
          {assembly.isSecondConvocation && (
            <Detail term={t('assemblies.overview.convocation')}>
              {t('assemblies.overview.secondConvocation')}
            </Detail>
          )}
        </Stack>
      </Stack>
      <Stack component="section" aria-labelledby="assembly-quorum-title" gap="sm">
        <Title order={2} id="assembly-quorum-title">
          {t('assemblies.quorum.title')}
        </Title>
        {quorum.isPending && <LoadingState />}
        {quorum.isError && <Alert color="red">{problemText(t, quorum.error)}</Alert>}
        {quorum.isSuccess && (
          <QuorumStatement
            quorum={quorum.data.quorum}
            isFrozen={quorum.data.isFrozen}
            frozenAt={quorum.data.frozenAt}
          />
        )}
      </Stack>
      <Stack component="section" aria-labelledby="assembly-agenda-title" gap="sm">
        <Title order={2} id="assembly-agenda-title">
          {t('assemblies.overview.agenda')}
        </Title>
        <AgendaList
          agenda={assembly.agenda}
          currentItemId={phase === 'open' ? assembly.currentAgendaItemId : null}
          labelledBy="assembly-agenda-title"
        />
      </Stack>
    </Stack>
  );
}
