import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import {
  attendanceDownloadPath,
  correctAttendance,
  correctProxy,
  giveProxy,
  setPresence,
  withdrawProxy,
  type AttendanceSheet,
  type PresenceAction,
  type Proxy,
  type SheetRow,
} from '../attendance.api.ts';
import { assemblyKeys, useAnswerMutation, useSheetQuery } from '../assemblies.queries.ts';
import { useAssembly } from '../assembly-layout.tsx';
import { useAssemblyFormat } from '../shared/assembly-format.ts';
import { problemText } from '../../../api/problem-text.ts';
import { QuorumStatement } from '../shared/status-badges.tsx';
import { useMeetingRules } from '../../statutes/statutes.queries.ts';
import { AttendanceCorrectionForm } from './attendance-correction.form.tsx';
import { ProxiesSection } from './proxies.section.tsx';
import { TimelineSection } from './timeline.section.tsx';
import { SheetRowsTable } from './sheet-rows.table.tsx';
import { VotingMembersTable } from './voting-members.table.tsx';

function SheetSections({ sheet }: { sheet: AttendanceSheet }) {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  const { notify } = useNotice();
  const answer = useAnswerMutation<AttendanceSheet>(assemblyKeys.sheet(assembly.slug), [
    assemblyKeys.quorum(assembly.slug),
    assemblyKeys.timeline(assembly.slug),
  ]);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The time of the next actions, typed when the session is recorded after it happened; empty: now.
  const [time, setTime] = useState('');
  const typedTime = /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? time : null;
  const [correcting, setCorrecting] = useState<SheetRow | null>(null);
  const rules = useMeetingRules(sheet.statutesId, assembly.kind);
  const isRemoteAllowed = rules?.isRemoteAllowed ?? false;

  async function run(id: string, write: () => Promise<AttendanceSheet>, done: () => void) {
    setError(null);
    setBusyId(id);
    try {
      await answer.mutateAsync(write);
      done();
    } catch (caught) {
      setError(problemText(t, caught));
    } finally {
      setBusyId(null);
    }
  }

  const handleAction = (row: SheetRow, action: PresenceAction) =>
    void run(
      row.id,
      () => setPresence(assembly.slug, row.id, action, typedTime),
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
      await answer.mutateAsync(() =>
        giveProxy(assembly.slug, { giverMembershipId: giver, holderMembershipId: holder }, typedTime),
      );
      notify({ messageKey: 'assemblies.proxies.given' });
      return null;
    } catch (caught) {
      return problemText(t, caught);
    }
  }

  async function handleProxyTime(proxy: Proxy, proxyTime: string): Promise<string | null> {
    try {
      await answer.mutateAsync(() => correctProxy(assembly.slug, proxy.id, proxyTime));
      notify({ messageKey: 'assemblies.proxies.timeCorrected', values: { giver: proxy.giverName ?? '' } });
      return null;
    } catch (caught) {
      return problemText(t, caught);
    }
  }

  async function handleCorrection(row: SheetRow, correction: Record<string, string | null>) {
    await answer.mutateAsync(() => correctAttendance(assembly.slug, row.id, correction));
    setCorrecting(null);
    notify({ messageKey: 'assemblies.times.corrected', values: { name: row.administrativeName ?? '' } });
  }

  const tableProps = { busyRowId: busyId, onAction: handleAction, onCorrect: setCorrecting, isRemoteAllowed };
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
        <TextInput
          label={t('assemblies.times.label')}
          description={t('assemblies.times.hint')}
          type="time"
          w={260}
          value={time}
          onChange={(event) => setTime(event.currentTarget.value)}
        />
        {correcting && (
          <AttendanceCorrectionForm
            key={correcting.id}
            row={correcting}
            sheet={sheet}
            onSave={(correction) => handleCorrection(correcting, correction)}
            onCancel={() => setCorrecting(null)}
          />
        )}
        <SheetRowsTable
          caption={t('assemblies.attendance.attendeesCaption')}
          rows={votingRows}
          {...tableProps}
        />
        <SheetRowsTable
          caption={t('assemblies.attendance.staffCaption')}
          rows={sheet.staff}
          {...tableProps}
        />
        <SheetRowsTable
          caption={t('assemblies.attendance.guestsCaption')}
          rows={sheet.guests}
          {...tableProps}
        />
      </Stack>
      <TimelineSection slug={assembly.slug} />
      <ProxiesSection
        sheet={sheet}
        onGive={handleGive}
        onWithdraw={handleWithdraw}
        onCorrectTime={handleProxyTime}
        busyProxyId={busyId}
      />
    </Stack>
  );
}

/** /assemblies/:slug/attendance: the feuille d'émargement, its quorum, proxies and downloads. */
export function AttendancePage() {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  usePageTitle(`${t('assemblies.attendance.title')} – ${assembly.title}`);
  const query = useSheetQuery(assembly.slug);
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
      {query.isPending && <LoadingState />}
      {query.isError && <Alert color="red">{problemText(t, query.error)}</Alert>}
      {query.isSuccess && (
        <>
          <Stack component="section" aria-labelledby="sheet-quorum-title" gap="xs">
            <Title order={2} id="sheet-quorum-title">
              {t('assemblies.quorum.title')}
            </Title>
            <QuorumStatement
              quorum={query.data.quorum}
              isFrozen={query.data.isQuorumFrozen}
              frozenAt={query.data.frozenAt}
            />
            <Text>{t('assemblies.attendance.presentCount', { count: query.data.presentCount })}</Text>
            {query.data.isQuorumFrozen && (
              <Text size="sm">
                {t('assemblies.attendance.liveQuorum', {
                  statement: query.data.liveQuorum.statement[format.locale],
                })}
              </Text>
            )}
          </Stack>
          <SheetSections sheet={query.data} />
        </>
      )}
    </Stack>
  );
}
