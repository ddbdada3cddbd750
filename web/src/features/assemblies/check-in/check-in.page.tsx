import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { Link } from 'react-router';
import { assemblyApiPath, assemblyPath } from '../assemblies.api.ts';
import { checkIn, setPresence, undoCheckIn, type CheckInCandidate } from '../attendance.api.ts';
import { useAssemblyMutation, useCheckInSearchQuery } from '../assemblies.queries.ts';
import { useAssembly } from '../assembly-layout.tsx';
import { problemText } from '../../../api/problem-text.ts';
import { QuorumStatement, statusColors } from '../shared/status-badges.tsx';
import { useAssemblyEvents } from '../shared/use-assembly-events.hook.ts';
import { CandidateRow } from './check-in-candidate.tsx';

const searchDelayMs = 150;

/**
 * /assemblies/:slug/check-in: the tablet at the door. Type a name, tap the vote the person carries; a
 * wrong tap is undone at once from the announcement. In the kiosk (/assemblies/:slug/kiosk) the same
 * page fills the screen, without the shell's navigation.
 */
export function CheckInPage({ isKiosk = false }: { isKiosk?: boolean }) {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  usePageTitle(`${t('assemblies.checkIn.title')} – ${assembly.title}`);
  const searchField = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), searchDelayMs);
  const [busyPersonId, setBusyPersonId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /** The person just checked in, whom the announcement's "Annuler" checks out again. */
  const [lastCheckIn, setLastCheckIn] = useState<{ personId: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { state: live } = useAssemblyEvents(assemblyApiPath(assembly.slug, 'events'));

  const search = useCheckInSearchQuery(assembly.slug, query);
  const isStale = search.isPlaceholderData;
  const candidates = (query && search.data?.candidates) || [];
  const isRemoteAllowed = search.data?.isRemoteAllowed ?? false;
  const checkInWrite = useAssemblyMutation(assembly.slug, (write: () => Promise<unknown>) => write());

  // After the shell has moved focus to the page (it does on navigation), the tablet is ready to type.
  useEffect(() => {
    const frame = requestAnimationFrame(() => searchField.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  /** Back to the field with the name selected: the next name typed replaces it. */
  function readyForNext() {
    searchField.current?.focus();
    searchField.current?.select();
  }

  /** A write at the door; `checkedIn` is the person a check-in brought in (the announcement offers to undo it). */
  async function run(
    personId: string,
    write: () => Promise<unknown>,
    message: string,
    checkedIn: { personId: string; name: string } | null = null,
  ) {
    setError(null);
    setBusyPersonId(personId);
    try {
      await checkInWrite.mutateAsync(write);
      setAnnouncement(message);
      setLastCheckIn(checkedIn);
      readyForNext();
    } catch (caught) {
      setError(problemText(t, caught));
    } finally {
      setBusyPersonId(null);
    }
  }

  const handleCheckIn = (candidate: CheckInCandidate, membershipId: string | null, isRemote = false) => {
    const vote = candidate.votes.find((entry) => entry.membershipId === membershipId);
    const name = candidate.administrativeName;
    const how = isRemote ? 'Remote' : '';
    void run(
      candidate.personId,
      () => checkIn(assembly.slug, candidate.personId, membershipId, isRemote),
      vote
        ? t(`assemblies.checkIn.checkedIn${how}WithVote`, { name, member: vote.memberName })
        : t(`assemblies.checkIn.checkedIn${how}`, { name }),
      { personId: candidate.personId, name },
    );
  };

  const handleUndoLast = () => {
    if (!lastCheckIn) return;
    void run(
      lastCheckIn.personId,
      () => undoCheckIn(assembly.slug, lastCheckIn.personId),
      t('assemblies.checkIn.undone', { name: lastCheckIn.name }),
    );
  };

  const handleUndo = (candidate: CheckInCandidate) => {
    const attendanceId = candidate.attendance?.id;
    if (!attendanceId) return;
    void run(
      candidate.personId,
      () => setPresence(assembly.slug, attendanceId, 'undo'),
      t('assemblies.checkIn.undone', { name: candidate.administrativeName }),
    );
  };

  const resultsText =
    !query || !search.isSuccess
      ? ''
      : candidates.length === 0
        ? t('assemblies.checkIn.noResult', { query })
        : t('assemblies.checkIn.results', { count: candidates.length });

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="baseline" wrap="wrap">
        <Title order={1}>{t('assemblies.checkIn.title')}</Title>
        {!isKiosk && (
          <Anchor component={Link} to={assemblyPath(assembly.slug, 'kiosk')}>
            {t('assemblies.kiosk.enter')}
          </Anchor>
        )}
      </Group>
      <Paper withBorder p="md" bg="gray.0" component="section" aria-labelledby="check-in-counter-title">
        <Stack gap="xs">
          <Text component="h2" id="check-in-counter-title" fz={32} fw={700} lh={1.1}>
            {live ? t('assemblies.checkIn.presentCount', { count: live.presentCount }) : t('app.loading')}
          </Text>
          {live && <QuorumStatement quorum={live.quorum} isFrozen={live.isQuorumFrozen} />}
        </Stack>
      </Paper>
      <form
        role="search"
        aria-label={t('assemblies.checkIn.searchRegion')}
        onSubmit={(event) => event.preventDefault()}
      >
        <TextInput
          ref={searchField}
          type="search"
          size="xl"
          label={t('assemblies.checkIn.searchLabel')}
          description={t('assemblies.checkIn.searchHint')}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          styles={{ label: { fontSize: 'var(--mantine-font-size-lg)' } }}
        />
      </form>
      <Group gap="sm" wrap="wrap" align="stretch">
        <div aria-live="polite" aria-atomic="true" style={{ flex: 1, minWidth: 240 }}>
          {announcement && (
            <Paper withBorder p="sm" bg="green.0" bd={`1px solid ${statusColors.success}`} h="100%">
              <Text fw={700} fz="lg">
                {announcement}
              </Text>
            </Paper>
          )}
        </div>
        {/* Right after a tap, the mistake is undone here, without searching the name again. */}
        {lastCheckIn && (
          <Button
            size="lg"
            variant="outline"
            color="red.9"
            h="auto"
            mih={52}
            loading={busyPersonId === lastCheckIn.personId}
            aria-label={t('assemblies.checkIn.undoLastFor', { name: lastCheckIn.name })}
            onClick={handleUndoLast}
          >
            {t('assemblies.checkIn.undoLast')}
          </Button>
        )}
      </Group>
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      {search.isError && <Alert color="red">{problemText(t, search.error)}</Alert>}
      <Text role="status" fw={500} aria-busy={isStale}>
        {resultsText}
      </Text>
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none', opacity: isStale ? 0.6 : 1 }}>
        {candidates.map((candidate) => (
          <CandidateRow
            key={candidate.personId}
            candidate={candidate}
            isBusy={busyPersonId === candidate.personId}
            isRemoteAllowed={isRemoteAllowed}
            onCheckIn={handleCheckIn}
            onUndo={handleUndo}
          />
        ))}
      </Stack>
    </Stack>
  );
}
