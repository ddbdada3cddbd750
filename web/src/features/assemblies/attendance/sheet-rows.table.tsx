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
}

function isInRoom(row: SheetRow): boolean {
  return (row.status === 'present' || row.status === 'remote') && row.leftAt === null;
}

function StatusText({ row }: { row: SheetRow }) {
  const { t } = useTranslation();
  const format = useAssemblyFormat();
  if (row.leftAt) return <>{t('assemblies.presence.left', { time: format.instant(row.leftAt) })}</>;
  return <>{t(`assemblies.presence.${row.status}`)}</>;
}

/** Lines of the sheet as written: "PAUL Christian", the capacity in which they sign, and the actions. */
export function SheetRowsTable({ caption, rows, busyRowId, onAction }: SheetRowsTableProps) {
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
                    {(row.status !== 'absent' || row.leftAt) &&
                      action('undo', t('assemblies.actions.undo'), t('assemblies.actions.undoFor', { name }))}
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
