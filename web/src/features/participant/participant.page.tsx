import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { ApiError, setCsrfToken } from '../../api/client.ts';
import { BallotSection } from '../votes/ballot.section.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { AgendaList } from '../assemblies/overview/agenda-list.tsx';
import { problemText } from '../../api/problem-text.ts';
import { useAssemblyEvents } from '../assemblies/shared/use-assembly-events.hook.ts';
import { participantEventsPath, type ParticipantView } from './participant.api.ts';
import { useParticipantQuery } from './participant.queries.ts';
import { SpeakRequestBlock } from '../speakers/speak-request.block.tsx';
import { PhaseBadge, QuorumStatement } from '../assemblies/shared/status-badges.tsx';

function NotSignedIn({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const isSignedOut = error instanceof ApiError && error.status === 401;
  usePageTitle(t('participant.session.title'));
  return (
    <Stack>
      <Title order={1}>{t('participant.session.title')}</Title>
      <Alert color={isSignedOut ? 'blue' : 'red'} variant="light">
        <Text fw={500}>{isSignedOut ? t('participant.session.signedOut') : problemText(t, error)}</Text>
      </Alert>
    </Stack>
  );
}

/** Where the session stands: current item, people present, quorum. */
function SessionState({ live, isReconnecting }: { live: ParticipantView['state']; isReconnecting: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="session-state-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="session-state-title" size="h3">
            {t('participant.session.stateTitle')}
          </Title>
          <PhaseBadge phase={live.phase} />
        </Group>
        <div aria-live="polite">
          <Stack gap="xs">
            <Text>
              <Text span fw={700}>
                {t('assemblies.currentItem')} :{' '}
              </Text>
              {live.currentAgendaItemTitle ?? t('assemblies.control.noCurrentItem')}
            </Text>
            <Text fw={500}>{t('assemblies.checkIn.presentCount', { count: live.presentCount })}</Text>
            <QuorumStatement quorum={live.quorum} isFrozen={live.isQuorumFrozen} />
          </Stack>
        </div>
        <Text role="status" size="sm" c="dimmed">
          {isReconnecting ? t('assemblies.projector.reconnecting') : ''}
        </Text>
      </Stack>
    </Paper>
  );
}

/**
 * The session on the phone, one section under another: what is asked now first (the poll), then
 * where the session stands, then the agenda. Another live section (asking to speak) takes its place
 * between the poll and the state.
 */
function Session({ view }: { view: ParticipantView }) {
  const { t } = useTranslation();
  const { assembly } = view;
  usePageTitle(assembly.title);
  const { state, connection, poll } = useAssemblyEvents(participantEventsPath, view.state);
  useEffect(() => setCsrfToken(view.csrfToken), [view.csrfToken]);
  const live = state ?? view.state;

  return (
    <Stack gap="md">
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {t('participant.session.signedInAs', { name: view.memberName })}
        </Text>
        <Title order={1} fz={{ base: 22, sm: 30 }} lh={1.2}>
          {assembly.title}
        </Title>
      </Stack>
      <BallotSection poll={poll} />
      <SpeakRequestBlock state={live} />
      <SessionState live={live} isReconnecting={connection === 'reconnecting'} />
      <Stack component="section" aria-labelledby="session-agenda-title" gap="sm">
        <Title order={2} id="session-agenda-title">
          {t('participant.agenda')}
        </Title>
        <AgendaList
          agenda={assembly.agenda}
          currentItemId={live.phase === 'open' ? live.currentAgendaItemId : null}
          labelledBy="session-agenda-title"
        />
      </Stack>
    </Stack>
  );
}

/** /participant: the session on the member's phone, signed in by their convocation link for the day. */
export function ParticipantPage() {
  const query = useParticipantQuery();
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <NotSignedIn error={query.error} />;
  return <Session view={query.data} />;
}
