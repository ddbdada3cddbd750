import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../assemblies.api.ts';

/**
 * The agenda in order; the point the room is on stands out by its border, its weight and the words
 * "Point en cours" (aria-current for screen readers), not by colour alone.
 */
export function AgendaList({
  agenda,
  currentItemId,
  labelledBy,
  size = 'md',
}: {
  agenda: readonly AgendaItem[];
  currentItemId: string | null;
  labelledBy: string;
  size?: 'md' | 'lg';
}) {
  const { t } = useTranslation();
  if (agenda.length === 0) return <Text>{t('assemblies.overview.noAgenda')}</Text>;
  return (
    <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={labelledBy}>
      {agenda.map((item) => {
        const isCurrent = item.id === currentItemId;
        return (
          <Paper
            component="li"
            key={item.id}
            withBorder
            p="sm"
            aria-current={isCurrent ? 'step' : undefined}
            bg={isCurrent ? 'blue.0' : undefined}
            style={isCurrent ? { borderColor: 'var(--mantine-color-blue-9)', borderWidth: 3 } : undefined}
          >
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <Text fw={700} fz={size} miw="1.5em">
                {item.position}.
              </Text>
              <Stack gap={2} style={{ flex: 1 }}>
                <Text fw={isCurrent ? 700 : 500} fz={size}>
                  {item.title}
                </Text>
                <Group gap="xs">
                  <Text size="sm" c="dimmed">
                    {t(`assemblies.agendaKinds.${item.kind}`)}
                    {item.presenter ? ` · ${item.presenter}` : ''}
                    {item.plannedMinutes
                      ? ` · ${t('assemblies.overview.minutes', { count: item.plannedMinutes })}`
                      : ''}
                  </Text>
                  {isCurrent && (
                    <Badge color="blue.9" variant="filled" tt="none">
                      {t('assemblies.currentItem')}
                    </Badge>
                  )}
                </Group>
              </Stack>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
