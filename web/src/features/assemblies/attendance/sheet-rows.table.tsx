import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PresenceAction, SheetRow } from '../attendance.api.ts';
import { useAssemblyFormat } from '../shared/assembly-format.ts';
import { ScrollTable } from '../shared/scroll-table.tsx';

interface SheetRowsTableProps {
  caption: string;
  rows: readonly SheetRow[];
  /** The row whose action is on its way, so its buttons wait. */
  busyRowId: string | null;
  onAction: (row: SheetRow, action: PresenceAction) => void;
  /** Opens the correction of the row's times and vote. */
  onCorrect: (row: SheetRow) => void;
  /** Whether the statutes allow remote attendance at this meeting: one tap then checks someone in remotely. */
  isRemoteAllowed: boolean;
}

function isInRoom(row: SheetRow): boolean {
  return (row.status === 'present' || row.status === 'remote') && row.leftAt === null;
}

function StatusText({ row }: { row: SheetRow }) {
  const { t } = useTranslation();
  const format = useAssemblyFormat();
  const status = row.leftAt
    ? t('assemblies.presence.left', { time: format.instant(row.leftAt) })
    : t(`assemblies.presence.${row.status}`);
  const notes = [
    ...(row.arrivedAt && !row.leftAt
      ? [t('assemblies.times.arrived', { time: format.instantClock(row.arrivedAt) })]
      : []),
    ...(row.votesFrom
      ? [t('assemblies.times.votesFromText', { time: format.instantClock(row.votesFrom) })]
      : []),
  ];
  return <>{notes.length ? `${status} (${notes.join(', ')})` : status}</>;
}

/** Lines of the sheet as written: "PAUL Christian", the capacity in which they sign, and the actions. */
export function SheetRowsTable({
  caption,
  rows,
  busyRowId,
  onAction,
  onCorrect,
  isRemoteAllowed,
}: SheetRowsTableProps) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return (
      <Text>
        {caption} : {t('assemblies.attendance.noRows')}
      </Text>
    );
  }
  return (
    <ScrollTable minWidth={720} label={caption}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{`${caption} (${rows.length})`}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assemblies.attendance.name')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.attendance.label')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.attendance.role')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.attendance.presence')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.attendance.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const name = row.administrativeName ?? t('assemblies.attendance.unnamed');
            const isBusy = busyRowId === row.id;
            const action = (kind: PresenceAction, label: string, accessibleName: string) => (
              <Button
                key={kind}
                size="compact-sm"
                variant="default"
                disabled={isBusy}
                aria-label={accessibleName}
                onClick={() => onAction(row, kind)}
              >
                {label}
              </Button>
            );
            return (
              <Table.Tr key={row.id}>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                <Table.Td>{row.label ?? row.memberName ?? '—'}</Table.Td>
                <Table.Td>
                  {row.role === 'voting_member' && !row.isVoting
                    ? t('assemblies.roles.notVoting')
                    : t(`assemblies.roles.${row.role}`)}
                </Table.Td>
                <Table.Td>
                  <StatusText row={row} />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="wrap">
                    {!isInRoom(row) &&
                      action(
                        'check_in',
                        t('assemblies.actions.checkIn'),
                        t('assemblies.actions.checkInFor', { name }),
                      )}
                    {!isInRoom(row) &&
                      isRemoteAllowed &&
                      action(
                        'check_in_remote',
                        t('assemblies.actions.checkInRemote'),
                        t('assemblies.actions.checkInRemoteFor', { name }),
                      )}
                    {(isInRoom(row) || row.status === 'excused') &&
                      action('undo', t('assemblies.actions.undo'), t('assemblies.actions.undoFor', { name }))}
                    {row.leftAt &&
                      action(
                        'undo_leave',
                        t('assemblies.actions.undoLeave'),
                        t('assemblies.actions.undoLeaveFor', { name }),
                      )}
                    {isInRoom(row) &&
                      action(
                        'leave',
                        t('assemblies.actions.leave'),
                        t('assemblies.actions.leaveFor', { name }),
                      )}
                    {row.status !== 'excused' &&
                      !isInRoom(row) &&
                      action(
                        'excuse',
                        t('assemblies.actions.excuse'),
                        t('assemblies.actions.excuseFor', { name }),
                      )}
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      disabled={isBusy}
                      aria-label={t('assemblies.times.correctFor', { name })}
                      onClick={() => onCorrect(row)}
                    >
                      {t('assemblies.times.correct')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
