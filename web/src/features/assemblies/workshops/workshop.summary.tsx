import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../workshops.api.ts';
import { WorkshopMembers } from './workshop-members.tsx';

/** A group as read by those who do not run the assembly. */
export function WorkshopSummary({
  workshop,
  number,
  workshops,
}: {
  workshop: Workshop;
  number: number;
  workshops: readonly Workshop[];
}) {
  const { t } = useTranslation();
  const titleId = `workshop-${workshop.id}-title`;
  const lists = [
    {
      title: t('assemblies.workshops.problems'),
      items: workshop.problems,
      empty: t('assemblies.workshops.noProblem'),
    },
    {
      title: t('assemblies.workshops.proposals'),
      items: workshop.proposals,
      empty: t('assemblies.workshops.noProposal'),
    },
  ];
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} id={titleId}>
          {`${t('assemblies.workshops.group', { number })} : ${workshop.topic}`}
        </Title>
        {workshop.minutes !== null && (
          <Text>{t('assemblies.overview.minutes', { count: workshop.minutes })}</Text>
        )}
        {lists.map((list) => (
          <Stack key={list.title} gap={4}>
            <Title order={3} size="h4">
              {list.title}
            </Title>
            {list.items.length === 0 ? (
              <Text size="sm">{list.empty}</Text>
            ) : (
              <List>
                {list.items.map((item, index) => (
                  <List.Item key={index}>{item}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        ))}
        <WorkshopMembers
          workshop={workshop}
          number={number}
          workshops={workshops}
          canMove={false}
          busyAttendanceId={null}
          onMove={() => undefined}
        />
      </Stack>
    </Paper>
  );
}
