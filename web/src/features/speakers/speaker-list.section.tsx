import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem-text.ts';
import { useSheetQuery } from '../assemblies/assemblies.queries.ts';
import { formatClock, remainingSeconds, useServerNow } from './speaker-clock.ts';
import { speakerActions, type SpeakerListView, type SpeakerView } from './speakers.api.ts';
import { useSpeakerListQuery, useSpeakerWrite } from './speakers.queries.ts';

const timeChoices = [30, 60, 120, 180, 240, 300, 600];

/**
 * The control room's speaker list for the current item: the queue the phones fill, in the chair's
 * order; give the floor, end it, add or take a minute, move, remove; keep the list for the minutes.
 */
export function SpeakerListSection({
  slug,
  itemId,
  itemTitle,
}: {
  slug: string;
  itemId: string | null;
  itemTitle: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="speakers-title">
      <Stack gap="sm">
        <Title order={2} id="speakers-title">
          {t('speakers.control.title')}
        </Title>
        {itemId ? (
          <SpeakerList key={itemId} slug={slug} itemId={itemId} itemTitle={itemTitle} />
        ) : (
          <Text>{t('speakers.control.noItem')}</Text>
        )}
      </Stack>
    </Paper>
  );
}

function SpeakerList({
  slug,
  itemId,
  itemTitle,
}: {
  slug: string;
  itemId: string;
  itemTitle: string | null;
}) {
  const { t } = useTranslation();
  const query = useSpeakerListQuery(slug, itemId);
  const write = useSpeakerWrite(slug, itemId);
  const list = query.data;
  const isSpeaking = Boolean(list?.speakers.some((speaker) => speaker.status === 'speaking'));
  const now = useServerNow(list?.clockOffsetMs ?? 0, isSpeaking);
  const run = (action: () => Promise<SpeakerListView>) => write.mutate(action);

  if (query.isError) return <Text>{problemText(t, query.error)}</Text>;
  if (!list) return <Text>{t('app.loading')}</Text>;
  const waiting = list.speakers.filter((speaker) => speaker.status === 'waiting');
  const move = (speaker: SpeakerView, by: -1 | 1) => {
    const ids = waiting.map((entry) => entry.id);
    const from = ids.indexOf(speaker.id);
    ids.splice(from, 1);
    ids.splice(from + by, 0, speaker.id);
    run(() => speakerActions.order(slug, itemId, ids));
  };
  const timeLabel = (seconds: number) =>
    seconds % 60 === 0
      ? t('speakers.control.minutes', { count: seconds / 60 })
      : t('speakers.control.seconds', { count: seconds });

  return (
    <Stack gap="sm">
      {itemTitle && <Text fw={500}>{t('speakers.control.forItem', { title: itemTitle })}</Text>}
      {write.isError && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{problemText(t, write.error)}</Text>
        </Alert>
      )}
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={t('speakers.control.secondsPerSpeaker')}
          value={String(list.secondsPerSpeaker)}
          data={[...new Set([...timeChoices, list.secondsPerSpeaker])]
            .sort((a, b) => a - b)
            .map((seconds) => ({ value: String(seconds), label: timeLabel(seconds) }))}
          onChange={(event) => {
            const secondsPerSpeaker = Number(event.currentTarget.value);
            run(() => speakerActions.settings(slug, itemId, { secondsPerSpeaker }));
          }}
          w={220}
        />
        <Checkbox
          label={t('speakers.control.isKept')}
          checked={list.isKept}
          onChange={(event) => {
            // Read now: the write runs after the event is gone.
            const isKept = event.currentTarget.checked;
            run(() => speakerActions.settings(slug, itemId, { isKept }));
          }}
          mb={8}
        />
      </Group>
      {list.speakers.length === 0 ? (
        <Text c="dimmed">{t('speakers.common.empty')}</Text>
      ) : (
        <Stack
          gap="xs"
          component="ol"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('speakers.common.title')}
        >
          {list.speakers.map((speaker) => {
            const left = speaker.status === 'speaking' ? remainingSeconds(speaker, now) : null;
            const index = waiting.findIndex((entry) => entry.id === speaker.id);
            return (
              <Paper
                component="li"
                key={speaker.id}
                withBorder
                p="xs"
                bg={speaker.status === 'speaking' ? 'blue.0' : undefined}
              >
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Group gap="sm">
                    <Text fw={600}>{speaker.name}</Text>
                    <Badge
                      variant={speaker.status === 'speaking' ? 'filled' : 'light'}
                      color={speaker.status === 'done' ? 'gray' : 'blue'}
                      tt="none"
                    >
                      {t(`speakers.common.${speaker.status}`)}
                    </Badge>
                    {left !== null ? (
                      <Text fw={700} c={left >= 0 ? undefined : 'red.8'}>
                        {left >= 0
                          ? t('speakers.common.remaining', { time: formatClock(left) })
                          : t('speakers.common.over', { time: formatClock(left) })}
                      </Text>
                    ) : (
                      speaker.status === 'waiting' && (
                        <Text size="sm">
                          {t('speakers.control.allotted', { time: formatClock(speaker.allottedSeconds) })}
                        </Text>
                      )
                    )}
                  </Group>
                  <Group gap={6}>
                    {speaker.status === 'waiting' && (
                      <Button
                        size="xs"
                        onClick={() => run(() => speakerActions.start(slug, itemId, speaker.id))}
                      >
                        {t('speakers.control.start')}
                      </Button>
                    )}
                    {speaker.status === 'speaking' && (
                      <Button
                        size="xs"
                        color="red.9"
                        onClick={() => run(() => speakerActions.stop(slug, itemId, speaker.id))}
                      >
                        {t('speakers.control.stop')}
                      </Button>
                    )}
                    {speaker.status !== 'done' && (
                      <>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('speakers.control.moreLabel', { name: speaker.name })}
                          disabled={speaker.allottedSeconds + 60 > 3600}
                          onClick={() =>
                            run(() =>
                              speakerActions.time(slug, itemId, speaker.id, speaker.allottedSeconds + 60),
                            )
                          }
                        >
                          {t('speakers.control.more')}
                        </Button>
                        {speaker.allottedSeconds > 60 && (
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('speakers.control.lessLabel', { name: speaker.name })}
                            onClick={() =>
                              run(() =>
                                speakerActions.time(slug, itemId, speaker.id, speaker.allottedSeconds - 60),
                              )
                            }
                          >
                            {t('speakers.control.less')}
                          </Button>
                        )}
                      </>
                    )}
                    {index > 0 && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('speakers.control.upLabel', { name: speaker.name })}
                        onClick={() => move(speaker, -1)}
                      >
                        {t('speakers.control.up')}
                      </Button>
                    )}
                    {index >= 0 && index < waiting.length - 1 && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('speakers.control.downLabel', { name: speaker.name })}
                        onClick={() => move(speaker, 1)}
                      >
                        {t('speakers.control.down')}
                      </Button>
                    )}
                    {speaker.status !== 'speaking' && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('speakers.control.removeLabel', { name: speaker.name })}
                        onClick={() => run(() => speakerActions.remove(slug, itemId, speaker.id))}
                      >
                        {t('speakers.control.remove')}
                      </Button>
                    )}
                  </Group>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      <AddSpeaker
        slug={slug}
        list={list}
        onAdd={(attendanceId) => run(() => speakerActions.add(slug, itemId, attendanceId))}
      />
    </Stack>
  );
}

/** Someone present without a phone, or who raised a hand: chosen from the sheet. */
function AddSpeaker({
  slug,
  list,
  onAdd,
}: {
  slug: string;
  list: SpeakerListView;
  onAdd: (attendanceId: string) => void;
}) {
  const { t } = useTranslation();
  const sheet = useSheetQuery(slug).data;
  const [chosen, setChosen] = useState('');
  const queued = new Set(
    list.speakers.filter((speaker) => speaker.status !== 'done').map((speaker) => speaker.attendanceId),
  );
  const present = [...(sheet?.attendees ?? []), ...(sheet?.staff ?? []), ...(sheet?.guests ?? [])].filter(
    (row) => (row.status === 'present' || row.status === 'remote') && !row.leftAt && !queued.has(row.id),
  );
  const options = [
    { value: '', label: t('speakers.control.addPlaceholder') },
    ...present.map((row) => ({
      value: row.id,
      label: row.administrativeName ?? row.memberName ?? row.label ?? '',
    })),
  ];
  return (
    <Group align="flex-end" gap="sm">
      <NativeSelect
        label={t('speakers.control.addLabel')}
        data={options}
        value={chosen}
        onChange={(event) => setChosen(event.currentTarget.value)}
        miw={280}
      />
      <Button
        variant="default"
        disabled={!chosen}
        onClick={() => {
          onAdd(chosen);
          setChosen('');
        }}
      >
        {t('speakers.control.add')}
      </Button>
    </Group>
  );
}
