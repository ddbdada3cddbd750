import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegisterFormat } from '../../register/shared/register-format.ts';
import type { VotingMember } from '../attendance.api.ts';
import { ScrollTable } from '../shared/scroll-table.tsx';

/** Who may vote at this assembly, and how each one is there: present, remote, represented, excused, absent. */
export function VotingMembersTable({ members }: { members: readonly VotingMember[] }) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  if (members.length === 0) return <Text>{t('assemblies.attendance.noVotingMembers')}</Text>;
  return (
    <ScrollTable minWidth={640} label={t('assemblies.attendance.membersTitle')}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{t('assemblies.attendance.votingCaption', { count: members.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assemblies.attendance.member')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.attendance.category')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.attendance.votes')}</Table.Th>
            <Table.Th scope="col">{t('assemblies.attendance.presence')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.membershipId}>
              <Table.Th scope="row" fw={500}>
                {member.memberName}
              </Table.Th>
              <Table.Td>{format.category(member.category)}</Table.Td>
              <Table.Td>{member.weight}</Table.Td>
              <Table.Td fw={member.presence === 'present' || member.presence === 'remote' ? 700 : undefined}>
                {member.presence === 'represented'
                  ? t('assemblies.presence.representedBy', { holder: member.representedBy ?? '?' })
                  : t(`assemblies.presence.${member.presence}`)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
