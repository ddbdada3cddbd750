import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusColors } from '../assemblies/shared/status-badges.tsx';
import type { CeremonyView } from './encryption.api.ts';

const stepColors = {
  certificate: statusColors.neutral,
  commitment: statusColors.info,
  verification_key: statusColors.info,
  done: statusColors.success,
} as const;

/** Each trustee and where they are in the ceremony: the staff follow it, each trustee sees the others. */
export function CeremonySteps({ ceremony, me }: { ceremony: CeremonyView; me?: number }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('encryption.ceremony.trustee')}</Table.Th>
            <Table.Th>{t('encryption.ceremony.step')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ceremony.trustees.map((trustee) => (
            <Table.Tr key={trustee.index}>
              <Table.Td>
                {trustee.index}. {trustee.isServer ? t('encryption.ceremony.server') : trustee.name}
                {trustee.index === me ? ` (${t('encryption.ceremony.you')})` : ''}
              </Table.Td>
              <Table.Td>
                <Badge
                  color={stepColors[trustee.step]}
                  variant={trustee.step === 'done' ? 'filled' : 'outline'}
                  tt="none"
                >
                  {t(`encryption.ceremony.steps.${trustee.step}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
