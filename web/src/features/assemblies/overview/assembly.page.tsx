import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNotice } from '../../../components/notice.context.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { deleteAssembly, phaseOf } from '../assemblies.api.ts';
import { assemblyKeys, useQuorumQuery } from '../assemblies.queries.ts';
import { useIsStaff } from '../shared/require-staff.tsx';
import { EditAssemblyForm } from './edit-assembly.form.tsx';
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
  const isStaff = useIsStaff();
  const { notify } = useNotice();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [isEditing, setIsEditing] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  async function remove() {
    if (!window.confirm(t('assemblies.edit.deleteConfirm', { title: assembly.title }))) return;
    setDeleteError(null);
    try {
      await deleteAssembly(assembly.slug);
      queryClient.removeQueries({ queryKey: assemblyKeys.of(assembly.slug) });
      await queryClient.invalidateQueries({ queryKey: assemblyKeys.list });
      notify({ messageKey: 'assemblies.edit.deleted', pathname: '/assemblies' });
      void navigate('/assemblies');
    } catch (error) {
      setDeleteError(problemText(t, error));
    }
  }

  if (isEditing) {
    return (
      <EditAssemblyForm
        assembly={assembly}
        onDone={() => {
          setIsEditing(false);
          notify({ messageKey: 'assemblies.edit.saved' });
        }}
      />
    );
  }

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{assembly.title}</Title>
        <PhaseBadge phase={phase} size="lg" />
        {isStaff && (
          <Group gap="sm">
            {assembly.isEditable ? (
              <Button variant="light" onClick={() => setIsEditing(true)}>
                {t('assemblies.edit.open')}
              </Button>
            ) : (
              <Text size="sm">{t('assemblies.edit.signed')}</Text>
            )}
            {assembly.isDeletable && (
              <Button variant="outline" color="red.9" onClick={() => void remove()}>
                {t('assemblies.edit.delete')}
              </Button>
            )}
          </Group>
        )}
        {deleteError && (
          <Alert color="red" variant="light" role="alert">
            {deleteError}
          </Alert>
        )}
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
          {assembly.videoLink && (
            <Detail term={t('assemblies.overview.videoLink')}>
              <Anchor href={assembly.videoLink} target="_blank" rel="noopener">
                {assembly.videoLink}
              </Anchor>
            </Detail>
          )}
          <Detail term={t('assemblies.overview.membershipYear')}>{assembly.membershipYear}</Detail>
          {assembly.chair && <Detail term={t('assemblies.overview.chair')}>{assembly.chair.name}</Detail>}
          {assembly.secretary && (
            <Detail term={t('assemblies.overview.secretary')}>{assembly.secretary.name}</Detail>
          )}
          {assembly.scrutineers.length > 0 && (
            <Detail term={t('assemblies.overview.scrutineers')}>
              {assembly.scrutineers.map((person) => person.name).join(', ')}
            </Detail>
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
