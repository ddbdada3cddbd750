import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PollView } from './votes.api.ts';
import { pollDecryption } from '../encryption/encryption.api.ts';

/** "12 sur 30 ont voté" while open; the counts and the outcome once closed. */
export function PollResult({
  poll,
  size = 'md',
  color,
  isCountShown = true,
}: {
  poll: PollView;
  size?: string;
  color?: string;
  /** Phones follow no running count (the projector does): they show it once the poll is closed. */
  isCountShown?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  const result = poll.result;
  const decryption = pollDecryption(poll);
  return (
    <Stack gap={4} aria-live="polite">
      {isCountShown && (
        <Text fz={size} fw={700} c={color}>
          {t('votes.progress', { voted: poll.votedCount, eligible: poll.eligibleCount })}
        </Text>
      )}
      {decryption && (
        <Text fz={size} fw={700} c={color}>
          {t('encryption.decrypting', { count: decryption.count, threshold: decryption.threshold })}
        </Text>
      )}
      {poll.status === 'cancelled' && (
        <Text fz={size} c={color}>
          {t('votes.cancelled')}
        </Text>
      )}
      {result?.kind === 'resolution' && (
        <>
          <Text fz={size} c={color}>
            {t('votes.counts', result.counts)}
          </Text>
          <Text fz={size} fw={800} c={color}>
            {result.isAdopted ? t('votes.adopted') : t('votes.rejected')} — {result.sentence[locale]}
          </Text>
        </>
      )}
      {result?.kind === 'election' && (
        <Stack gap={2}>
          {result.candidates.map((candidate) => (
            <Text key={candidate.optionId} fz={size} c={color} fw={candidate.isElected ? 700 : 400}>
              {candidate.rank}. {candidate.label} — {t('votes.votes', { count: candidate.votes })}
              {candidate.isElected ? ` · ${t('votes.elected')}` : ''}
              {candidate.isTied ? ` · ${t('votes.tied')}` : ''}
            </Text>
          ))}
          {result.hasTie && (
            <Text fz={size} c={color}>
              {t('votes.tieNote')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
