import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import {
  attendanceDownloadPath,
  fetchSheet,
  giveProxy,
  setPresence,
  withdrawProxy,
  type AttendanceSheet,
  type PresenceAction,
  type Proxy,
  type SheetRow,
} from '../attendance.api.ts';
import { useAssembly } from '../assembly-layout.tsx';
import { useAssemblyFormat } from '../shared/assembly-format.ts';
import { problemMessage } from '../shared/messages.ts';
import { QuorumStatement } from '../shared/status-badges.tsx';
import { useResource } from '../shared/use-resource.hook.ts';
import { ProxiesSection } from './proxies.section.tsx';
import { SheetRowsTable } from './sheet-rows.table.tsx';
import { VotingMembersTable } from './voting-members.table.tsx';

function SheetSections({
  sheet,
  onChanged,
}: {
  sheet: AttendanceSheet;
  onChanged: (sheet: AttendanceSheet) => void;
}) {
  const { t, i18n } = useTranslation();
  const { assembly } = useAssembly();
  const { notify } = useNotice();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(id: string, write: () => Promise<AttendanceSheet>, done: () => void) {
    setError(null);
    setBusyId(id);
    try {
      onChanged(await write());
      done();
    } catch (caught) {
      setError(problemMessage(t, i18n.language, caught));
    } finally {
      setBusyId(null);
    }
  }

  const handleAction = (row: SheetRow, action: PresenceAction) =>
    void run(
      row.id,
      () => setPresence(assembly.slug, row.id, action),
      () =>
        notify({
          messageKey: `assemblies.actions.done.${action}`,
          values: { name: row.administrativeName ?? '' },
        }),
    );

  const handleWithdraw = (proxy: Proxy) =>
    void run(
      proxy.id,
      () => withdrawProxy(assembly.slug, proxy.id),
      () => notify({ messageKey: 'assemblies.proxies.withdrawn', values: { giver: proxy.giverName ?? '' } }),
    );

  async function handleGive(giver: string, holder: string): Promise<string | null> {
    try {
      onChanged(await giveProxy(assembly.slug, { giverMembershipId: giver, holderMembershipId: holder }));
      notify({ messageKey: 'assemblies.proxies.given' });
      return null;
    } catch (caught) {
      return problemMessage(t, i18n.language, caught);
    }
  }

  const votingRows = sheet.attendees;
  return (
    <Stack gap="xl">
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      <Stack component="section" aria-labelledby="sheet-members-title" gap="sm">
        <Title order={2} id="sheet-members-title">
          {t('assemblies.attendance.membersTitle')}
        </Title>
        <VotingMembersTable members={sheet.votingMembers} />
      </Stack>
      <Stack component="section" aria-labelledby="sheet-rows-title" gap="md">
        <Title order={2} id="sheet-rows-title">
          {t('assemblies.attendance.rowsTitle')}
        </Title>
        <SheetRowsTable
          caption={t('assemblies.attendance.attendeesCaption')}
          rows={votingRows}
          busyRowId={busyId}
          onAction={handleAction}
        />
        <SheetRowsTable
          caption={t('assemblies.attendance.staffCaption')}
          rows={sheet.staff}
          busyRowId={busyId}
          onAction={handleAction}
        />
        <SheetRowsTable
          caption={t('assemblies.attendance.guestsCaption')}
          rows={sheet.guests}
          busyRowId={busyId}
          onAction={handleAction}
        />
      </Stack>
      <ProxiesSection sheet={sheet} onGive={handleGive} onWithdraw={handleWithdraw} busyProxyId={busyId} />
    </Stack>
  );
}

/** /assemblies/:slug/attendance: the feuille d'émargement, its quorum, proxies and downloads. */
export function AttendancePage() {
  const { t, i18n } = useTranslation();
  const { assembly } = useAssembly();
  usePageTitle(`${t('assemblies.attendance.title')} – ${assembly.title}`);
  const load = useCallback(() => fetchSheet(assembly.slug), [assembly.slug]);
  const { state, replace } = useResource(load);
  const format = useAssemblyFormat();

  return (
    <Stack gap="lg">
      <Title order={1}>{t('assemblies.attendance.title')}</Title>
      <Group gap="sm">
        <Button component="a" href={attendanceDownloadPath(assembly.slug, 'pdf')} download variant="default">
          {t('assemblies.attendance.downloadPdf')}
        </Button>
        <Button component="a" href={attendanceDownloadPath(assembly.slug, 'csv')} download variant="default">
          {t('assemblies.attendance.downloadCsv')}
        </Button>
      </Group>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'failed' && (
        <Alert color="red">{problemMessage(t, i18n.language, state.error)}</Alert>
      )}
      {state.status === 'ready' && (
        <>
          <Stack component="section" aria-labelledby="sheet-quorum-title" gap="xs">
            <Title order={2} id="sheet-quorum-title">
              {t('assemblies.quorum.title')}
            </Title>
            <QuorumStatement
              quorum={state.data.quorum}
              isFrozen={state.data.isQuorumFrozen}
              frozenAt={state.data.frozenAt}
            />
            <Text>{t('assemblies.attendance.presentCount', { count: state.data.presentCount })}</Text>
            {state.data.isQuorumFrozen && (
              <Text size="sm">
                {t('assemblies.attendance.liveQuorum', {
                  statement: state.data.liveQuorum.statement[format.locale],
                })}
              </Text>
            )}
          </Stack>
          <SheetSections sheet={state.data} onChanged={replace} />
        </>
      )}
    </Stack>
  );
}
