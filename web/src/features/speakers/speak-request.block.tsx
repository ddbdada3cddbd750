import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssemblyStateEvent } from '../../../../common/events.ts';
import { problemText } from '../../api/problem-text.ts';
import { formatClock, remainingSeconds, useServerNow } from './speaker-clock.ts';
import { phoneSpeakerWrites, useSpeakerListQuery, useSpeakerWrite } from './speakers.queries.ts';

/**
 * "Demander la parole" on the participant's phone, for the item under discussion while the session
 * is open: the request, one's place in the queue, who speaks now and their time left.
 */
export function SpeakRequestBlock({ state }: { state: AssemblyStateEvent }) {
  const itemId = state.phase === 'open' ? state.currentAgendaItemId : null;
  return itemId ? <SpeakRequest key={itemId} slug={state.slug} itemId={itemId} /> : null;
}

function SpeakRequest({ slug, itemId }: { slug: string; itemId: string }) {
  const { t } = useTranslation();
  const query = useSpeakerListQuery(slug, itemId, true);
  const write = useSpeakerWrite(slug, itemId);
  const list = query.data;
  const speakers = list?.speakers ?? [];
  const speaking = speakers.find((speaker) => speaker.status === 'speaking');
  const now = useServerNow(list?.clockOffsetMs ?? 0, Boolean(speaking));
  const mine = list?.myAttendanceId
    ? speakers.filter((speaker) => speaker.attendanceId === list.myAttendanceId)
    : [];
  const isSpeaking = mine.some((speaker) => speaker.status === 'speaking');
  const waiting = speakers.filter((speaker) => speaker.status === 'waiting');
  const myPlace = waiting.findIndex((speaker) => speaker.attendanceId === list?.myAttendanceId);
  const left = speaking ? remainingSeconds(speaking, now) : null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="speak-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="speak-title">
          {t('speakers.phone.title')}
        </Title>
        {speaking && (
          <Text fw={600} aria-live="polite">
            {isSpeaking
              ? t('speakers.phone.speaking')
              : t('speakers.common.speakingName', { name: speaking.name })}
          </Text>
        )}
        {left !== null && (
          // Not a live region: a screen reader is not told the time every second.
          <Text fw={700} fz="xl" c={left >= 0 ? undefined : 'red.8'}>
            {left >= 0
              ? t('speakers.common.remaining', { time: formatClock(left) })
              : t('speakers.common.over', { time: formatClock(left) })}
          </Text>
        )}
        <Text fw={500} aria-live="polite">
          {myPlace < 0
            ? ''
            : myPlace === 0
              ? t('speakers.phone.next')
              : t('speakers.phone.ahead', { count: myPlace })}
        </Text>
        {write.isError && (
          <Alert color="red" variant="light" role="alert">
            {problemText(t, write.error)}
          </Alert>
        )}
        {myPlace >= 0 ? (
          <Button
            size="lg"
            variant="default"
            loading={write.isPending}
            onClick={() => write.mutate(() => phoneSpeakerWrites.withdraw(itemId))}
          >
            {t('speakers.phone.withdraw')}
          </Button>
        ) : (
          !isSpeaking && (
            <Button
              size="lg"
              loading={write.isPending}
              disabled={!list}
              onClick={() => write.mutate(() => phoneSpeakerWrites.ask(itemId))}
            >
              {t('speakers.phone.ask')}
            </Button>
          )
        )}
        <Text size="sm" c="dimmed">
          {t('speakers.phone.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}
