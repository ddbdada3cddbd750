import { Badge, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { QuorumView } from '../../../../../common/events.ts';
import type { AssemblyPhase } from '../assemblies.api.ts';
import { useAssemblyFormat } from './assembly-format.ts';

/**
 * Mantine's green 9 and orange 9 fall just under 4.5:1 with white; these darker shades keep badges
 * (small bold text) readable. Status is always said in words too, never by colour alone.
 */
export const statusColors = {
  success: '#1b5e20',
  warning: '#8f3900',
  danger: 'red.9',
  info: 'blue.9',
  neutral: 'gray.8',
} as const;

const phaseColors: Record<AssemblyPhase, string> = {
  planned: statusColors.info,
  open: statusColors.success,
  closed: statusColors.neutral,
};

/** Prévue / En séance / Close, in words and not by colour alone. */
export function PhaseBadge({ phase, size = 'md' }: { phase: AssemblyPhase; size?: 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  return (
    <Badge variant={phase === 'open' ? 'filled' : 'outline'} color={phaseColors[phase]} tt="none" size={size}>
      {t(`assemblies.phases.${phase}`)}
    </Badge>
  );
}

/** A quorum asked of nobody: "0 sur 0" is said as such, never as a quorum reached. */
function hasNoVoters(quorum: QuorumView): boolean {
  return quorum.isRequired && quorum.votingMembers === 0;
}

/**
 * "Quorum atteint", "Quorum non atteint", "Aucun quorum requis" where the statutes ask for none, or
 * "Aucun membre votant" when nobody can vote.
 */
export function quorumWord(t: TFunction, quorum: QuorumView): string {
  if (hasNoVoters(quorum)) return t('assemblies.quorum.noVotingMembers');
  if (!quorum.isRequired) return t('assemblies.quorum.notRequired');
  return quorum.isReached ? t('assemblies.quorum.reached') : t('assemblies.quorum.notReached');
}

/** The quorum as the minutes word it, with whether it is reached, and frozen since the opening. */
export function QuorumStatement({
  quorum,
  isFrozen,
  frozenAt,
}: {
  quorum: QuorumView;
  isFrozen?: boolean;
  frozenAt?: string | null;
}) {
  const { t } = useTranslation();
  const format = useAssemblyFormat();
  return (
    <Group gap="sm" align="center" wrap="wrap" role="group" aria-label={t('assemblies.quorum.label')}>
      <Badge
        size="lg"
        variant="filled"
        color={
          hasNoVoters(quorum)
            ? statusColors.danger
            : !quorum.isRequired
              ? statusColors.neutral
              : quorum.isReached
                ? statusColors.success
                : statusColors.danger
        }
        tt="none"
        style={{ flexShrink: 0 }}
      >
        {quorumWord(t, quorum)}
      </Badge>
      <Text fw={500}>{quorum.statement[format.locale]}</Text>
      {hasNoVoters(quorum) && !isFrozen && (
        <Text size="sm" data-quorum="no-voting-members">
          {t('assemblies.quorum.noVotingMembersHint')}
        </Text>
      )}
      {isFrozen && (
        <Text size="sm" c="dimmed">
          {frozenAt
            ? t('assemblies.quorum.frozenAt', { time: format.instant(frozenAt) })
            : t('assemblies.quorum.frozen')}
        </Text>
      )}
    </Group>
  );
}
