import { Alert, Button, Group, Modal, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { useAssembly } from '../assembly-layout.tsx';
import {
  sendConvocationReminders,
  sendConvocations,
  type ConvocationPreview,
  type ConvocationProgress,
} from '../convocations.api.ts';
import {
  useAssemblyMutation,
  useConvocationPreviewQuery,
  useConvocationsQuery,
} from '../assemblies.queries.ts';
import { problemText } from '../../../api/problem-text.ts';
import { RecipientsTable } from './recipients.table.tsx';
import { statusColors } from '../shared/status-badges.tsx';
import { ConvocationPreviewSection, LateNoticeAlert } from './convocation-preview.section.tsx';

const pollEveryMs = 1000;

function SendingProgress({ progress }: { progress: ConvocationProgress }) {
  const { t } = useTranslation();
  const done = progress.sent + progress.failed + progress.letters;
  const share = (count: number) => (progress.total === 0 ? 0 : (count / progress.total) * 100);
  const percent = Math.round(share(done));
  const summary = t('assemblies.convocations.progress', {
    done,
    total: progress.total,
    sent: progress.sent,
    letters: progress.letters,
    failed: progress.failed,
    pending: progress.pending,
  });
  return (
    <Stack gap={6}>
      <Text id="convocations-progress-label" fw={500}>
        {t('assemblies.convocations.progressLabel')}
      </Text>
      <Progress.Root
        size="xl"
        role="progressbar"
        aria-labelledby="convocations-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={summary}
      >
        <Progress.Section
          value={share(progress.sent + progress.letters)}
          color={statusColors.success}
          withAria={false}
        />
        <Progress.Section value={share(progress.failed)} color={statusColors.danger} withAria={false} />
      </Progress.Root>
      <Text aria-live="polite" aria-atomic="true">
        {summary}
      </Text>
    </Stack>
  );
}

/**
 * What the confirmation asks: a sending (to members not convened yet, and again to failures whose
 * member has an address now), or a reminder.
 */
type Pending = 'send' | 'remind';

function ConfirmationModal({
  pending,
  preview,
  isBusy,
  onConfirm,
  onClose,
}: {
  pending: Pending | null;
  preview: ConvocationPreview;
  isBusy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const body =
    pending === 'remind'
      ? t('assemblies.convocations.confirmRemind', { count: preview.notAnswered })
      : t('assemblies.convocations.confirmSend', { count: preview.emailRecipients });
  return (
    <Modal
      opened={pending !== null}
      onClose={onClose}
      centered
      title={<strong>{t('assemblies.convocations.confirmTitle')}</strong>}
      closeButtonProps={{ 'aria-label': t('assemblies.convocations.cancel') }}
    >
      <Stack>
        <Text>{body}</Text>
        <Text size="sm">{t('assemblies.convocations.confirmFrom', { from: preview.from })}</Text>
        {pending === 'remind' && <Text size="sm">{t('assemblies.convocations.remindHint')}</Text>}
        {pending === 'send' && <LateNoticeAlert preview={preview} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('assemblies.convocations.cancel')}
          </Button>
          <Button loading={isBusy} onClick={onConfirm}>
            {pending === 'remind'
              ? t('assemblies.convocations.confirmRemindButton')
              : t('assemblies.convocations.confirmSendButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * /assemblies/:slug/convocations: check the e-mail and its recipients, send after a confirmation,
 * print the letters of members without an address, follow the sending, remind those who have not
 * answered. On a closed or past assembly, only what was sent and answered remains.
 */
export function ConvocationsPage() {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  usePageTitle(`${t('assemblies.convocations.title')} – ${assembly.title}`);
  const query = useConvocationsQuery(assembly.slug, pollEveryMs);
  const counts = query.data
    ? [query.data.pending, query.data.sent, query.data.failed, query.data.letters]
    : [];
  const previewQuery = useConvocationPreviewQuery(assembly.slug, counts);
  const sending = useAssemblyMutation(assembly.slug, (pending: Pending) =>
    pending === 'remind' ? sendConvocationReminders(assembly.slug) : sendConvocations(assembly.slug, false),
  );
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [queued, setQueued] = useState<string | null>(null);
  const progress = query.isSuccess ? query.data : null;
  const preview = previewQuery.isSuccess ? previewQuery.data : null;

  async function confirm() {
    if (!pending) return;
    setError(null);
    try {
      const answer = await sending.mutateAsync(pending);
      setQueued(
        pending === 'remind'
          ? t('assemblies.convocations.remindersQueued', { count: answer.queued })
          : t('assemblies.convocations.queued', { count: answer.queued }),
      );
    } catch (caught) {
      setError(problemText(t, caught));
    } finally {
      setPending(null);
    }
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t('assemblies.convocations.title')}</Title>
      <Text>{t('assemblies.convocations.intro')}</Text>
      {previewQuery.isPending && <LoadingState />}
      {previewQuery.isError && <Alert color="red">{problemText(t, previewQuery.error)}</Alert>}
      {preview?.refusal && (
        <Alert color="gray" variant="light">
          <Text>{t(`assemblies.convocations.refusal.${preview.refusal}`)}</Text>
        </Alert>
      )}
      {preview && !preview.refusal && (
        <Group gap="sm">
          {preview.emailRecipients > 0 && (
            <Button onClick={() => setPending('send')}>
              {t('assemblies.convocations.send', { count: preview.emailRecipients })}
            </Button>
          )}
          {preview.notAnswered > 0 && (
            <Button variant="outline" onClick={() => setPending('remind')}>
              {t('assemblies.convocations.remind', { count: preview.notAnswered })}
            </Button>
          )}
        </Group>
      )}
      <div role="status">{queued && <Text fw={500}>{queued}</Text>}</div>
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      {query.isPending && <LoadingState />}
      {query.isError && <Alert color="red">{problemText(t, query.error)}</Alert>}
      {progress && progress.total > 0 && <SendingProgress progress={progress} />}
      {preview && !preview.refusal && <ConvocationPreviewSection slug={assembly.slug} preview={preview} />}
      {progress && <RecipientsTable recipients={progress.recipients} />}
      {preview && (
        <ConfirmationModal
          pending={pending}
          preview={preview}
          isBusy={sending.isPending}
          onConfirm={() => void confirm()}
          onClose={() => setPending(null)}
        />
      )}
    </Stack>
  );
}
