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
import { PhaseBadge, QuorumStatement } from '../assemblies/shared/status-badges.tsx';
import { SpeakRequestBlock } from '../speakers/speak-request.block.tsx';

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

function Session({ view }: { view: ParticipantView }) {
  const { t } = useTranslation();
  const { assembly } = view;
  usePageTitle(assembly.title);
  const { state, connection, poll } = useAssemblyEvents(participantEventsPath, view.state);
  useEffect(() => setCsrfToken(view.csrfToken), [view.csrfToken]);
  const live = state ?? view.state;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text fw={500}>{t('participant.session.signedInAs', { name: view.memberName })}</Text>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {assembly.title}
        </Title>
      </Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="session-state-title">
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
            {connection === 'reconnecting' ? t('assemblies.projector.reconnecting') : ''}
          </Text>
        </Stack>
      </Paper>
      <BallotSection poll={poll} />
      <SpeakRequestBlock state={live} />
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
