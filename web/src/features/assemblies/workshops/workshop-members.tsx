import { Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../workshops.api.ts';

interface WorkshopMembersProps {
  workshop: Workshop;
  number: number;
  workshops: readonly Workshop[];
  canMove: boolean;
  busyAttendanceId: string | null;
  onMove: (attendanceId: string, workshopId: string | null) => void;
}

/** Who is in the group; staff move someone to another group with the select beside the name. */
export function WorkshopMembers({
  workshop,
  number,
  workshops,
  canMove,
  busyAttendanceId,
  onMove,
}: WorkshopMembersProps) {
  const { t } = useTranslation();
  const titleId = `workshop-${workshop.id}-members`;
  const options = [
    ...workshops.map((group, index) => ({
      value: group.id,
      label: `${t('assemblies.workshops.group', { number: index + 1 })}${group.topic ? ` : ${group.topic}` : ''}`,
    })),
    { value: '', label: t('assemblies.workshops.noGroup') },
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId}>
        {t('assemblies.workshops.members', { count: workshop.members.length, number })}
      </Title>
      {workshop.members.length === 0 ? (
        <Text size="sm">{t('assemblies.workshops.noMembers')}</Text>
      ) : (
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {workshop.members.map((member) => {
            const name = member.administrativeName ?? t('assemblies.attendance.unnamed');
            return (
              <Group component="li" key={member.attendanceId} justify="space-between" wrap="wrap" gap="xs">
                <Text>
                  <Text span fw={600}>
                    {name}
                  </Text>
                  {member.label ? ` — ${member.label}` : ''}
                </Text>
                {canMove && (
                  <NativeSelect
                    size="xs"
                    aria-label={t('assemblies.workshops.moveLabel', { name })}
                    data={options}
                    value={workshop.id}
                    disabled={busyAttendanceId === member.attendanceId}
                    onChange={(event) => onMove(member.attendanceId, event.currentTarget.value || null)}
                    w={260}
                  />
                )}
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
