import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PollView } from '../votes/votes.api.ts';
import { pollEncryption } from './encryption.api.ts';
import { ballotBoxPath } from './receipts.ts';

/** A counted encrypted poll: its public record, and the page that checks it in the browser. */
export function RecordLinks({ poll }: { poll: PollView }) {
  const { t } = useTranslation();
  if (!pollEncryption(poll) || poll.status !== 'closed' || !poll.result) return null;
  return (
    <Group gap="md">
      <Anchor href={`/api/polls/${encodeURIComponent(poll.id)}/record.json`} download>
        {t('encryption.recordJson')}
      </Anchor>
      <Anchor href={ballotBoxPath(poll.id)} target="_blank" rel="noopener">
        {t('encryption.verifyLink')}
      </Anchor>
    </Group>
  );
}
