import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm.dialog.tsx';
import { cancelPoll, closePoll, type PollView } from './votes.api.ts';

type Run = (write: () => Promise<unknown>) => Promise<unknown>;

/**
 * The current poll's buttons, for a resolution or an election: while open, closing it (after a
 * confirmation that says what it freezes) or cancelling it; while waiting for its scrutineers'
 * decryptions, cancelling it when too few of them can still give theirs.
 */
export function PollControls({
  poll,
  run,
  busy,
  slug,
}: {
  poll: PollView;
  run: Run;
  busy: boolean;
  slug: string;
}) {
  if (poll.status === 'open') return <OpenPollControls poll={poll} run={run} busy={busy} slug={slug} />;
  if (poll.status === 'decrypting')
    return <DecryptingPollControls poll={poll} run={run} busy={busy} slug={slug} />;
  return null;
}

/** The open poll's buttons: closing it (after a confirmation that says what it freezes) or cancelling it. */
function OpenPollControls({
  poll,
  run,
  busy,
  slug,
}: {
  poll: PollView;
  run: Run;
  busy: boolean;
  slug: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'close' | 'cancel' | null>(null);
  const confirm = (write: () => Promise<unknown>) => void run(write).finally(() => setAsking(null));
  return (
    <>
      <Group gap="xs">
        <Button color="red.9" onClick={() => setAsking('close')}>
          {t('votes.closePoll')}
        </Button>
        <Button variant="default" onClick={() => setAsking('cancel')}>
          {t('votes.cancelPoll')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={asking === 'close'}
        title={t('votes.confirm.closeTitle')}
        confirmLabel={t('votes.closePoll')}
        cancelLabel={t('votes.confirm.keepOpen')}
        isBusy={busy}
        onConfirm={() => confirm(() => closePoll(slug, poll.id))}
        onClose={() => setAsking(null)}
      >
        <Text fw={600}>
          {t('votes.confirm.closeCount', {
            title: poll.title,
            voted: poll.votedCount,
            eligible: poll.eligibleCount,
          })}
        </Text>
        <Text size="sm">{t('votes.confirm.closeFreezes')}</Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={asking === 'cancel'}
        title={t('votes.confirm.cancelTitle')}
        confirmLabel={t('votes.cancelPoll')}
        cancelLabel={t('votes.confirm.keepOpen')}
        isBusy={busy}
        onConfirm={() => confirm(() => cancelPoll(slug, poll.id))}
        onClose={() => setAsking(null)}
      >
        <Text>{t('votes.confirm.cancelFreezes', { voted: poll.votedCount })}</Text>
      </ConfirmDialog>
    </>
  );
}

/** A poll whose decryption will not come: cancelled, never decrypted, the question voted again. */
function DecryptingPollControls({
  poll,
  run,
  busy,
  slug,
}: {
  poll: PollView;
  run: Run;
  busy: boolean;
  slug: string;
}) {
  const { t } = useTranslation();
  const [isAsking, setAsking] = useState(false);
  return (
    <>
      <Group gap="xs">
        <Button variant="default" onClick={() => setAsking(true)}>
          {t('votes.cancelPoll')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={isAsking}
        title={t('votes.confirm.cancelTitle')}
        confirmLabel={t('votes.cancelPoll')}
        cancelLabel={t('votes.confirm.keepWaiting')}
        isBusy={busy}
        onConfirm={() => void run(() => cancelPoll(slug, poll.id)).finally(() => setAsking(false))}
        onClose={() => setAsking(false)}
      >
        <Text>{t('votes.confirm.cancelDecrypting', { voted: poll.votedCount })}</Text>
      </ConfirmDialog>
    </>
  );
}
