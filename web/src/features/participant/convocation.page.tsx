import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import type { ConvocationAnswer } from '../assemblies/convocations.api.ts';
import { AgendaList } from '../assemblies/overview/agenda-list.tsx';
import { useAssemblyFormat } from '../assemblies/shared/assembly-format.ts';
import { problemMessage } from '../assemblies/shared/messages.ts';
import { useResource } from '../assemblies/shared/use-resource.hook.ts';
import { AnswerForm } from './answer.form.tsx';
import { answerConvocation, fetchConvocation, joinSession, type ConvocationView } from './participant.api.ts';

function InvalidLink({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const isExpired = error instanceof ApiError && (error.status === 410 || error.status === 404);
  const title = isExpired ? t('participant.convocation.invalidTitle') : t('participant.convocation.title');
  usePageTitle(title);
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Alert color="red" variant="light">
        <Text fw={500}>
          {isExpired ? t('participant.convocation.invalid') : problemMessage(t, i18n.language, error)}
        </Text>
      </Alert>
    </Stack>
  );
}

function Convocation({
  token,
  convocation,
  onChanged,
}: {
  token: string;
  convocation: ConvocationView;
  onChanged: (view: ConvocationView) => void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const format = useAssemblyFormat();
  const { assembly } = convocation;
  usePageTitle(assembly.title);
  const [joinError, setJoinError] = useState<string | null>(null);
  const [isJoining, setIsJoining] = useState(false);
  const [saved, setSaved] = useState('');

  async function handleAnswer(
    answer: ConvocationAnswer,
    holderMembershipId?: string,
  ): Promise<string | null> {
    try {
      const view = await answerConvocation(token, answer, holderMembershipId);
      onChanged(view);
      setSaved(t('participant.answer.saved'));
      return null;
    } catch (caught) {
      setSaved('');
      return problemMessage(t, i18n.language, caught);
    }
  }

  async function join() {
    setJoinError(null);
    setIsJoining(true);
    try {
      await joinSession(token);
      void navigate('/participant');
    } catch (caught) {
      setJoinError(problemMessage(t, i18n.language, caught));
      setIsJoining(false);
    }
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text fw={500}>{t('participant.convocation.for', { name: convocation.memberName })}</Text>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {assembly.title}
        </Title>
        <Text fz="lg">{format.day(assembly.heldOn)}</Text>
        <Text fz="lg">
          {format.range(assembly.plannedStart, assembly.plannedEnd)} · {assembly.place}
        </Text>
      </Stack>
      {convocation.isToday && (
        <Paper withBorder p="md" bg="blue.0">
          <Stack gap="sm">
            <Text fw={500}>{t('participant.convocation.todayHint')}</Text>
            <Button size="xl" fullWidth loading={isJoining} onClick={() => void join()}>
              {t('participant.convocation.join')}
            </Button>
            {joinError && (
              <Alert color="red" variant="light" role="alert">
                <Text fw={500}>{joinError}</Text>
              </Alert>
            )}
          </Stack>
        </Paper>
      )}
      <Paper withBorder p="md" role="status">
        <Text fw={700}>
          {convocation.answer
            ? t(`participant.answer.current.${convocation.answer}`)
            : t('participant.answer.current.none')}
        </Text>
        {saved && <Text>{saved}</Text>}
      </Paper>
      <AnswerForm convocation={convocation} onAnswer={handleAnswer} />
      <Stack component="section" aria-labelledby="convocation-agenda-title" gap="sm">
        <Title order={2} id="convocation-agenda-title">
          {t('participant.agenda')}
        </Title>
        <AgendaList agenda={assembly.agenda} currentItemId={null} labelledBy="convocation-agenda-title" />
      </Stack>
    </Stack>
  );
}

/** /p/:token: the personal link of the convocation e-mail. No account: the link is the key. */
export function ConvocationPage() {
  const { token = '' } = useParams();
  const load = useCallback(() => fetchConvocation(token), [token]);
  const { state, replace } = useResource(load);
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'failed') return <InvalidLink error={state.error} />;
  return <Convocation token={token} convocation={state.data} onChanged={replace} />;
}
