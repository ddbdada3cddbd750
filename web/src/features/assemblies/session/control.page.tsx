import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../../components/notice.context.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import {
  assemblyApiPath,
  assemblyPath,
  closeSession,
  openSession,
  phaseOf,
  setCurrentAgendaItem,
  type Assembly,
} from '../assemblies.api.ts';
import { useAssembly, useAssemblyAnswer } from '../assembly-layout.tsx';
import { useAssemblyFormat } from '../shared/assembly-format.ts';
import { PhaseBadge } from '../shared/status-badges.tsx';
import { problemText } from '../../../api/problem-text.ts';
import { useAssemblyEvents } from '../shared/use-assembly-events.hook.ts';
import { LiveStateSection } from './live-state.section.tsx';
import { PollsSection } from '../../votes/polls.section.tsx';
import { CeremonySection } from '../../encryption/ceremony.section.tsx';
import { SpeakerListSection } from '../../speakers/speaker-list.section.tsx';

/** /assemblies/:slug/control: the chair's desk. Open and close the session, move along the agenda. */
export function ControlPage() {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const { assembly } = useAssembly();
  const answer = useAssemblyAnswer(assembly.slug);
  const format = useAssemblyFormat();
  usePageTitle(`${t('assemblies.control.title')} – ${assembly.title}`);
  const { state: live, connection, poll } = useAssemblyEvents(assemblyApiPath(assembly.slug, 'events'));
  const [busy, setBusy] = useState<'open' | 'close' | 'item' | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Opening and closing at a typed time, for a session recorded after it happened; empty: now.
  const [time, setTime] = useState('');
  const typedTime = /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? time : null;
  const phase = live?.phase ?? phaseOf(assembly);
  const currentItemId = live ? live.currentAgendaItemId : assembly.currentAgendaItemId;
  const currentIndex = assembly.agenda.findIndex((item) => item.id === currentItemId);
  const nextItem = assembly.agenda[currentIndex + 1];

  async function run(kind: 'open' | 'close' | 'item', write: () => Promise<Assembly>, done?: () => void) {
    setError(null);
    setBusy(kind);
    try {
      await answer.mutateAsync(write);
      done?.();
    } catch (caught) {
      setError(problemText(t, caught));
    } finally {
      setBusy(null);
    }
  }

  const chooseItem = (agendaItemId: string | null) =>
    void run('item', () => setCurrentAgendaItem(assembly.slug, agendaItemId));

  const itemOptions = [
    { value: '', label: t('assemblies.control.noCurrentItem') },
    ...assembly.agenda.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` })),
  ];

  return (
    <Stack gap="lg">
      <Title order={1}>{t('assemblies.control.title')}</Title>
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      <Stack component="section" aria-labelledby="control-session-title" gap="sm">
        <Title order={2} id="control-session-title">
          {t('assemblies.control.sessionTitle')}
        </Title>
        <Group gap="sm">
          <PhaseBadge phase={phase} size="lg" />
          <Text>
            {t('assemblies.control.planned', {
              times: format.range(assembly.plannedStart, assembly.plannedEnd),
            })}
          </Text>
        </Group>
        {assembly.actualStart && (
          <Text fw={500}>
            {t('assemblies.control.openedAt', { time: format.clock(assembly.actualStart) })}
          </Text>
        )}
        {assembly.actualEnd && (
          <Text fw={500}>{t('assemblies.control.closedAt', { time: format.clock(assembly.actualEnd) })}</Text>
        )}
        <Group gap="sm" align="flex-end">
          {phase !== 'closed' && (
            <TextInput
              label={t('assemblies.control.timeLabel')}
              description={t('assemblies.control.timeHint')}
              type="time"
              w={240}
              value={time}
              onChange={(event) => setTime(event.currentTarget.value)}
            />
          )}
          {phase === 'planned' && (
            <Button
              size="md"
              loading={busy === 'open'}
              onClick={() =>
                void run(
                  'open',
                  () => openSession(assembly.slug, typedTime),
                  () => notify({ messageKey: 'assemblies.control.opened' }),
                )
              }
            >
              {t('assemblies.control.open')}
            </Button>
          )}
          {phase === 'open' && (
            <Button
              size="md"
              color="red.9"
              loading={busy === 'close'}
              onClick={() =>
                void run(
                  'close',
                  () => closeSession(assembly.slug, typedTime),
                  () => notify({ messageKey: 'assemblies.control.closed' }),
                )
              }
            >
              {t('assemblies.control.close')}
            </Button>
          )}
        </Group>
        {phase === 'planned' && <Text size="sm">{t('assemblies.control.openHint')}</Text>}
      </Stack>
      <Stack component="section" aria-labelledby="control-item-title" gap="sm">
        <Title order={2} id="control-item-title">
          {t('assemblies.control.itemTitle')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('assemblies.currentItem')}
            data={itemOptions}
            value={currentItemId ?? ''}
            disabled={busy === 'item'}
            onChange={(event) => chooseItem(event.currentTarget.value || null)}
            miw={320}
            maw={640}
            style={{ flex: 1 }}
          />
          <Button
            variant="default"
            disabled={!nextItem || busy === 'item'}
            onClick={() => nextItem && chooseItem(nextItem.id)}
          >
            {t('assemblies.control.nextItem')}
          </Button>
        </Group>
        <Anchor href={assemblyPath(assembly.slug, 'projector')} target="_blank" rel="noopener">
          {t('assemblies.control.openProjector')}
        </Anchor>
        <Anchor href={assemblyPath(assembly.slug, 'minutes/live')} target="_blank" rel="noopener">
          {t('minutes.live.openFromControl')}
        </Anchor>
      </Stack>
      <SpeakerListSection
        slug={assembly.slug}
        itemId={currentItemId ?? null}
        itemTitle={live?.currentAgendaItemTitle ?? null}
      />
      <CeremonySection slug={assembly.slug} />
      <PollsSection assembly={assembly} poll={poll} isSessionOpen={phase === 'open'} />
      <LiveStateSection state={live} connection={connection} />
    </Stack>
  );
}
