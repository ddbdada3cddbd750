import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssemblyStateEvent } from '../../../../../common/events.ts';
import { problemText } from '../../../api/problem-text.ts';
import { ConfirmDialog } from '../../../components/confirm.dialog.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { closeSession, openSession, type Assembly } from '../assemblies.api.ts';
import { useAssemblyAnswer } from '../assembly-layout.tsx';
import { useAssemblyFormat } from '../shared/assembly-format.ts';
import { PhaseBadge } from '../shared/status-badges.tsx';

type Step = 'open' | 'close';

/**
 * Opening and closing the session, each after a confirmation that says what it freezes: the quorum
 * as it stands at the opening, the end of all voting at the closing. A time may be typed for a session
 * recorded after it happened.
 */
export function SessionSection({
  assembly,
  live,
  phase,
}: {
  assembly: Assembly;
  live: AssemblyStateEvent | null;
  phase: 'planned' | 'open' | 'closed';
}) {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const format = useAssemblyFormat();
  const answer = useAssemblyAnswer(assembly.slug);
  const [asking, setAsking] = useState<Step | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [time, setTime] = useState('');
  const typedTime = /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? time : null;

  async function confirm(step: Step) {
    setError(null);
    try {
      await answer.mutateAsync(() =>
        step === 'open' ? openSession(assembly.slug, typedTime) : closeSession(assembly.slug, typedTime),
      );
      setTime('');
      notify({ messageKey: step === 'open' ? 'assemblies.control.opened' : 'assemblies.control.closed' });
    } catch (caught) {
      setError(problemText(t, caught));
    } finally {
      setAsking(null);
    }
  }

  const when = typedTime
    ? t('assemblies.control.confirm.atTime', { time: format.clock(typedTime) })
    : t('assemblies.control.confirm.now');
  return (
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
        <Text fw={500}>{t('assemblies.control.openedAt', { time: format.clock(assembly.actualStart) })}</Text>
      )}
      {assembly.actualEnd && (
        <Text fw={500}>{t('assemblies.control.closedAt', { time: format.clock(assembly.actualEnd) })}</Text>
      )}
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      {phase !== 'closed' && (
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t('assemblies.control.timeLabel')}
            description={t('assemblies.control.timeHint')}
            type="time"
            w={240}
            value={time}
            onChange={(event) => setTime(event.currentTarget.value)}
          />
          {phase === 'planned' ? (
            <Button size="md" onClick={() => setAsking('open')}>
              {t('assemblies.control.open')}
            </Button>
          ) : (
            <Button size="md" color="red.9" onClick={() => setAsking('close')}>
              {t('assemblies.control.close')}
            </Button>
          )}
        </Group>
      )}
      {phase === 'planned' && <Text size="sm">{t('assemblies.control.openHint')}</Text>}
      <ConfirmDialog
        opened={asking === 'open'}
        title={t('assemblies.control.confirm.openTitle')}
        confirmLabel={t('assemblies.control.open')}
        cancelLabel={t('assemblies.control.confirm.cancel')}
        isBusy={answer.isPending}
        onConfirm={() => void confirm('open')}
        onClose={() => setAsking(null)}
      >
        <Text>{t('assemblies.control.confirm.openWhen', { when })}</Text>
        {live && !typedTime && (
          <Text fw={600}>
            {t('assemblies.control.confirm.openQuorum', { statement: live.quorum.statement[format.locale] })}
          </Text>
        )}
        {typedTime && <Text fw={600}>{t('assemblies.control.confirm.openQuorumAtTime')}</Text>}
        <Text size="sm">{t('assemblies.control.confirm.openFreezes')}</Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={asking === 'close'}
        title={t('assemblies.control.confirm.closeTitle')}
        confirmLabel={t('assemblies.control.close')}
        cancelLabel={t('assemblies.control.confirm.cancel')}
        isBusy={answer.isPending}
        onConfirm={() => void confirm('close')}
        onClose={() => setAsking(null)}
      >
        <Text>{t('assemblies.control.confirm.closeWhen', { when })}</Text>
        <Text size="sm">{t('assemblies.control.confirm.closeFreezes')}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
