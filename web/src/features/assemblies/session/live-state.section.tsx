import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssemblyStateEvent } from '../../../../../common/events.ts';
import type { EventsConnection } from '../shared/use-assembly-events.hook.ts';
import { PhaseBadge, QuorumStatement, statusColors } from '../shared/status-badges.tsx';

/** What the room's screens show right now, as the server streams it. */
export function LiveStateSection({
  state,
  connection,
}: {
  state: AssemblyStateEvent | null;
  connection: EventsConnection;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="live-state-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="live-state-title">
            {t('assemblies.control.liveTitle')}
          </Title>
          <Badge
            variant="outline"
            color={connection === 'open' ? statusColors.success : statusColors.warning}
            tt="none"
          >
            {t(`assemblies.connection.${connection}`)}
          </Badge>
        </Group>
        <div aria-live="polite" aria-atomic="false">
          {state ? (
            <Stack gap="xs">
              <Group gap="sm">
                <PhaseBadge phase={state.phase} />
                <Text fw={500}>{t('assemblies.checkIn.presentCount', { count: state.presentCount })}</Text>
              </Group>
              <Text>
                <Text span fw={700}>
                  {t('assemblies.currentItem')} :{' '}
                </Text>
                {state.currentAgendaItemTitle ?? t('assemblies.control.noCurrentItem')}
              </Text>
              <QuorumStatement quorum={state.quorum} isFrozen={state.isQuorumFrozen} />
            </Stack>
          ) : (
            <Text>{t('app.loading')}</Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
