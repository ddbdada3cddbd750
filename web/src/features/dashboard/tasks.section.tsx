import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardTaskKey } from '../../../../common/dashboard.schemas.ts';
import { statusColors } from '../assemblies/shared/status-badges.tsx';
import type { DashboardView } from './dashboard.api.ts';

/** Where each task is done: the lists already filtered to what waits. */
function taskPage(key: DashboardTaskKey, year: number): string {
  const pages: Record<DashboardTaskKey, string> = {
    unpaid_fees: `/members/memberships?year=${year}&unpaid=true`,
    memberships_to_validate: `/members/memberships?year=${year}&status=validation_pending`,
    duplicates: '/members/duplicates',
    imports_waiting: '/members/import',
  };
  return pages[key];
}

/** The work waiting elsewhere that the role may do, each with its count and a link to where it is done. */
export function TasksSection({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  if (view.tasks.length === 0) return null;
  // What has nothing waiting is said in one line, not as a list of zeros.
  const waiting = view.tasks.filter((task) => task.count > 0);
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="tasks-title"
      maw={720}
      data-dashboard="tasks"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="tasks-title">
          {t('dashboard.tasks.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dashboard.tasks.year', { year: view.membershipYear })}
        </Text>
        {waiting.length === 0 ? (
          <Text data-task="none">{t('dashboard.tasks.none')}</Text>
        ) : (
          <List spacing="xs" listStyleType="none" p={0}>
            {waiting.map((task) => (
              <List.Item key={task.key} data-task={task.key} data-count={task.count}>
                <Group gap="sm" wrap="nowrap">
                  <Badge variant="filled" color={statusColors.warning} miw={56}>
                    {task.isAtLeast ? `${task.count}+` : task.count}
                  </Badge>
                  <Anchor component={Link} to={taskPage(task.key, view.membershipYear)}>
                    {t(`dashboard.tasks.${task.key}`, { count: task.count })}
                  </Anchor>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
