import { Alert, Anchor, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { assemblyPath, phaseOf, type Assembly } from '../assemblies.api.ts';
import { useAssembliesQuery } from '../assemblies.queries.ts';
import { useAssemblyFormat } from '../shared/assembly-format.ts';
import { PhaseBadge } from '../shared/status-badges.tsx';
import { problemText } from '../../../api/problem-text.ts';
import { useIsStaff } from '../shared/require-staff.tsx';
import { NewAssemblyForm } from './new-assembly.form.tsx';
import { ScrollTable } from '../shared/scroll-table.tsx';

const panelId = 'new-assembly-panel';

function NewAssemblyPanel() {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (isOpen) panel.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
  }, [isOpen]);

  function handleCreated(assembly: Assembly) {
    const pathname = assemblyPath(assembly.slug);
    notify({ messageKey: 'assemblies.create.created', values: { title: assembly.title }, pathname });
    void navigate(pathname);
  }

  return (
    <Stack gap="sm">
      <Button
        style={{ alignSelf: 'flex-start' }}
        aria-expanded={isOpen}
        aria-controls={panelId}
        variant={isOpen ? 'default' : 'filled'}
        onClick={() => setIsOpen((value) => !value)}
      >
        {t('assemblies.create.open')}
      </Button>
      <div id={panelId}>
        {isOpen && (
          <Paper withBorder p="md" ref={panel} component="section" aria-labelledby="new-assembly-title">
            <Stack>
              <Title order={2} id="new-assembly-title">
                {t('assemblies.create.heading')}
              </Title>
              <NewAssemblyForm onCreated={handleCreated} />
            </Stack>
          </Paper>
        )}
      </div>
    </Stack>
  );
}

function AssembliesTable({ assemblies }: { assemblies: Assembly[] }) {
  const { t } = useTranslation();
  const format = useAssemblyFormat();
  if (assemblies.length === 0) return <Text>{t('assemblies.list.empty')}</Text>;
  const sorted = [...assemblies].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  return (
    <ScrollTable minWidth={720} label={t('assemblies.list.caption')}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{t('assemblies.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assemblies.list.title')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.list.date')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.list.place')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.list.kind')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.list.phase')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((assembly) => (
            <Table.Tr key={assembly.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={assemblyPath(assembly.slug)}>
                  {assembly.title}
                </Anchor>
              </Table.Th>
              <Table.Td>
                {format.day(assembly.heldOn)}
                <Text component="span" display="block" size="sm" c="dimmed">
                  {format.range(assembly.plannedStart, assembly.plannedEnd)}
                </Text>
              </Table.Td>
              <Table.Td>{assembly.place}</Table.Td>
              <Table.Td>{t(`assemblies.kinds.${assembly.kind}`)}</Table.Td>
              <Table.Td>
                <PhaseBadge phase={phaseOf(assembly)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** /assemblies: general assemblies and board meetings, newest first; staff create new ones here. */
export function AssembliesPage() {
  const { t } = useTranslation();
  usePageTitle(t('assemblies.list.heading'));
  const isStaff = useIsStaff();
  const query = useAssembliesQuery();

  return (
    <Stack gap="lg">
      <Title order={1}>{t('assemblies.list.heading')}</Title>
      {isStaff && <NewAssemblyPanel />}
      {query.isPending && <LoadingState />}
      {query.isError && <Alert color="red">{problemText(t, query.error)}</Alert>}
      {query.isSuccess && <AssembliesTable assemblies={query.data} />}
    </Stack>
  );
}
