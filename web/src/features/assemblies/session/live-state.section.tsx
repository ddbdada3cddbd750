import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssemblyStateEvent, PollView } from '../../../../../common/events.ts';
import type { EventsConnection } from '../shared/use-assembly-events.hook.ts';
import { PhaseBadge, QuorumStatement, statusColors } from '../shared/status-badges.tsx';

/**
 * What the room's screens show right now, as the server streams it: kept at the top of the control
 * page while the chair scrolls (sticky below the shell's header).
 */
export function LiveStateSection({
  state,
  connection,
  poll,
}: {
  state: AssemblyStateEvent | null;
  connection: EventsConnection;
  poll: PollView | null | undefined;
}) {
  const { t } = useTranslation();
  const openPoll = poll?.status === 'open' ? poll : null;
  return (
    <Paper
      withBorder
      shadow="xs"
      p="sm"
      component="section"
      aria-labelledby="live-state-title"
      data-testid="live-state"
      style={{ position: 'sticky', top: 'var(--app-shell-header-offset, 0rem)', zIndex: 3 }}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Title order={2} id="live-state-title" size="h4">
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
            <Stack gap={4}>
              <Group gap="sm">
                <PhaseBadge phase={state.phase} />
                <Text fw={600}>
                  {t('assemblies.control.presentAndRepresented', {
                    present: t('assemblies.checkIn.presentCount', { count: state.presentCount }),
                    represented: t('assemblies.control.representedCount', { count: state.representedCount }),
                  })}
                </Text>
              </Group>
              <QuorumStatement quorum={state.quorum} isFrozen={state.isQuorumFrozen} />
              <Group gap="xl" wrap="wrap" align="baseline">
                <Text>
                  <Text span fw={700}>
                    {t('assemblies.currentItem')} :{' '}
                  </Text>
                  {state.currentAgendaItemTitle ?? t('assemblies.control.noCurrentItem')}
                </Text>
                <Text>
                  <Text span fw={700}>
                    {t('assemblies.control.currentPoll')} :{' '}
                  </Text>
                  {openPoll
                    ? t('assemblies.control.pollProgress', {
                        title: openPoll.title,
                        voted: openPoll.votedCount,
                        eligible: openPoll.eligibleCount,
                      })
                    : t('assemblies.control.noOpenPoll')}
                </Text>
              </Group>
            </Stack>
          ) : (
            <Text>{t('app.loading')}</Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
