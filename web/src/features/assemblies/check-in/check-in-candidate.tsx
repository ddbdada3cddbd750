import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckInCandidate } from '../attendance.api.ts';
import { statusColors } from '../shared/status-badges.tsx';

interface CandidateRowProps {
  candidate: CheckInCandidate;
  isBusy: boolean;
  /** The statutes allow remote attendance at this meeting: each vote gets its "à distance" tap too. */
  isRemoteAllowed: boolean;
  onCheckIn: (candidate: CheckInCandidate, membershipId: string | null, isRemote?: boolean) => void;
  onUndo: (candidate: CheckInCandidate) => void;
}

function isInRoom(candidate: CheckInCandidate): boolean {
  const row = candidate.attendance;
  return row !== null && (row.status === 'present' || row.status === 'remote') && !row.hasLeft;
}

/** One person found at the door: one large button per vote they may carry, or already present. */
export function CandidateRow({ candidate, isBusy, isRemoteAllowed, onCheckIn, onUndo }: CandidateRowProps) {
  const { t } = useTranslation();
  const name = candidate.administrativeName;
  const isPresent = isInRoom(candidate);
  const headingId = `candidate-${candidate.personId}`;

  return (
    <Paper component="li" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text component="h2" id={headingId} fz={26} fw={700} lh={1.2}>
            {name}
          </Text>
          {isPresent && (
            <Badge size="xl" color={statusColors.success} variant="filled" tt="none">
              {candidate.attendance?.status === 'remote'
                ? t('assemblies.checkIn.presentRemotely')
                : t('assemblies.checkIn.present')}
            </Badge>
          )}
        </Group>
        {isPresent ? (
          <Button
            size="xl"
            variant="outline"
            color="red.9"
            loading={isBusy}
            aria-label={t('assemblies.checkIn.undoFor', { name })}
            onClick={() => onUndo(candidate)}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('assemblies.checkIn.undo')}
          </Button>
        ) : (
          <Group gap="sm" wrap="wrap">
            {candidate.votes.map((vote) => (
              <Button
                key={vote.membershipId}
                size="xl"
                disabled={isBusy}
                aria-label={t('assemblies.checkIn.voteFor', { name, member: vote.memberName })}
                onClick={() => onCheckIn(candidate, vote.membershipId)}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                h="auto"
                mih={60}
                py="sm"
              >
                {t('assemblies.checkIn.vote', { member: vote.memberName })}
              </Button>
            ))}
            {isRemoteAllowed &&
              candidate.votes.map((vote) => (
                <Button
                  key={`remote-${vote.membershipId}`}
                  size="xl"
                  variant="outline"
                  disabled={isBusy}
                  aria-label={t('assemblies.checkIn.remoteFor', { name, member: vote.memberName })}
                  onClick={() => onCheckIn(candidate, vote.membershipId, true)}
                  styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                  h="auto"
                  mih={60}
                  py="sm"
                >
                  {t('assemblies.checkIn.remote', { member: vote.memberName })}
                </Button>
              ))}
            <Button
              size="xl"
              variant="default"
              disabled={isBusy}
              aria-label={t('assemblies.checkIn.withoutVoteFor', { name })}
              onClick={() => onCheckIn(candidate, null)}
            >
              {t('assemblies.checkIn.withoutVote')}
            </Button>
          </Group>
        )}
        {!isPresent &&
          candidate.votes.some((vote) => vote.presence === 'present' || vote.presence === 'remote') && (
            <Text size="sm" c="dimmed">
              {t('assemblies.checkIn.voteAlreadyCarried')}
            </Text>
          )}
        {candidate.attendance?.status === 'excused' && !isPresent && (
          <Text size="sm">{t('assemblies.checkIn.wasExcused')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
