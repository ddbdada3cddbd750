import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { useAssembly } from '../assembly-layout.tsx';
import { sendConvocations, type ConvocationProgress } from '../convocations.api.ts';
import { useAssemblyMutation, useConvocationsQuery } from '../assemblies.queries.ts';
import { problemText } from '../../../api/problem-text.ts';
import { RecipientsTable } from './recipients.table.tsx';
import { statusColors } from '../shared/status-badges.tsx';

const pollEveryMs = 1000;

function SendingProgress({ progress }: { progress: ConvocationProgress }) {
  const { t } = useTranslation();
  const done = progress.sent + progress.failed;
  const share = (count: number) => (progress.total === 0 ? 0 : (count / progress.total) * 100);
  const percent = Math.round(share(done));
  const summary = t('assemblies.convocations.progress', {
    done,
    total: progress.total,
    sent: progress.sent,
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
        <Progress.Section value={share(progress.sent)} color={statusColors.success} withAria={false} />
        <Progress.Section value={share(progress.failed)} color={statusColors.danger} withAria={false} />
      </Progress.Root>
      <Text aria-live="polite" aria-atomic="true">
        {summary}
      </Text>
    </Stack>
  );
}

/** /assemblies/:slug/convocations: send the convocation, follow the sending, see who answered. */
export function ConvocationsPage() {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  usePageTitle(`${t('assemblies.convocations.title')} – ${assembly.title}`);
  const query = useConvocationsQuery(assembly.slug, pollEveryMs);
  const sending = useAssemblyMutation(assembly.slug, (onlyFailed: boolean) =>
    sendConvocations(assembly.slug, onlyFailed),
  );
  const [isSending, setIsSending] = useState(false);
  const [warning, setWarning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [queued, setQueued] = useState<number | null>(null);
  const progress = query.isSuccess ? query.data : null;

  async function send(onlyFailed: boolean) {
    setError(null);
    setWarning(null);
    setIsSending(true);
    try {
      const answer = await sending.mutateAsync(onlyFailed);
      setWarning(answer.warning);
      setQueued(answer.queued);
    } catch (caught) {
      setError(problemText(t, caught));
    } finally {
      setIsSending(false);
    }
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t('assemblies.convocations.title')}</Title>
      <Text>{t('assemblies.convocations.intro')}</Text>
      <Group gap="sm">
        <Button loading={isSending} onClick={() => void send(false)}>
          {t('assemblies.convocations.send')}
        </Button>
        {(progress?.failed ?? 0) > 0 && (
          <Button variant="outline" disabled={isSending} onClick={() => void send(true)}>
            {t('assemblies.convocations.resendFailed')}
          </Button>
        )}
      </Group>
      <div role="status">
        {queued !== null && <Text fw={500}>{t('assemblies.convocations.queued', { count: queued })}</Text>}
      </div>
      {warning && (
        <Alert
          color={statusColors.warning}
          variant="light"
          role="alert"
          title={t('assemblies.convocations.warningTitle')}
        >
          <Text>{warning}</Text>
        </Alert>
      )}
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      {query.isPending && <LoadingState />}
      {query.isError && <Alert color="red">{problemText(t, query.error)}</Alert>}
      {progress && progress.total > 0 && <SendingProgress progress={progress} />}
      {progress && <RecipientsTable recipients={progress.recipients} />}
    </Stack>
  );
}
