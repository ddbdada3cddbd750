import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLinkToken } from '../../components/link-token.hook.ts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import type { ConvocationAnswer } from '../assemblies/convocations.api.ts';
import { AgendaList } from '../assemblies/overview/agenda-list.tsx';
import { useAssemblyFormat } from '../assemblies/shared/assembly-format.ts';
import { problemText } from '../../api/problem-text.ts';
import { AnswerForm } from './answer.form.tsx';
import { JoinSection } from './join.section.tsx';
import { joinSession, type ConvocationView } from './participant.api.ts';
import { useAnswerConvocationMutation, useConvocationQuery } from './participant.queries.ts';

function InvalidLink({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const isExpired = error instanceof ApiError && (error.status === 410 || error.status === 404);
  const title = isExpired ? t('participant.convocation.invalidTitle') : t('participant.convocation.title');
  usePageTitle(title);
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Alert color="red" variant="light">
        <Text fw={500}>{isExpired ? t('participant.convocation.invalid') : problemText(t, error)}</Text>
      </Alert>
    </Stack>
  );
}

function Convocation({ token, convocation }: { token: string; convocation: ConvocationView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useAssemblyFormat();
  const { assembly } = convocation;
  usePageTitle(assembly.title);
  const [joinError, setJoinError] = useState<string | null>(null);
  const [isJoining, setIsJoining] = useState(false);
  const [saved, setSaved] = useState('');
  const answerMutation = useAnswerConvocationMutation(token);

  async function handleAnswer(
    answer: ConvocationAnswer,
    holderMembershipId?: string,
  ): Promise<string | null> {
    try {
      await answerMutation.mutateAsync({ answer, holderMembershipId });
      setSaved(t('participant.answer.saved'));
      return null;
    } catch (caught) {
      setSaved('');
      return problemText(t, caught);
    }
  }

  async function join() {
    setJoinError(null);
    setIsJoining(true);
    try {
      await joinSession(token);
      void navigate('/participant');
    } catch (caught) {
      setJoinError(problemText(t, caught));
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

/** /p#token: the personal link of the convocation e-mail. No account: the link is the key. */
export function ConvocationPage() {
  const token = useLinkToken();
  return token ? <ConvocationOf token={token} /> : <JoinSection />;
}

function ConvocationOf({ token }: { token: string }) {
  const query = useConvocationQuery(token);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <InvalidLink error={query.error} />;
  return <Convocation token={token} convocation={query.data} />;
}
