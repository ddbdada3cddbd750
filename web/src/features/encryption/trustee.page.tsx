import { Alert, Button, Code, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CeremonyError, readBackup, writeBackup } from '../../../../common/crypto/ceremony.ts';
import { decodeScalar, encodeScalar } from '../../../../common/crypto/group.ts';
import { problemText } from '../../api/problem-text.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { useAssemblyFormat } from '../assemblies/shared/assembly-format.ts';
import { fetchTrustee, type TrusteeView } from './encryption.api.ts';
import { keepSecret, readSecrets, takeTrusteeToken } from './trustee-secrets.ts';
import {
  hasWork,
  localKeyFingerprint,
  MissingSecretError,
  runNextStep,
  stepOf,
  type TrusteeAction,
} from './trustee-work.ts';
import { CeremonySteps } from './ceremony-steps.tsx';

/** /trustee: a scrutineer's device holds their share of the election key and decrypts with it. */
export function TrusteePage() {
  const { t } = useTranslation();
  usePageTitle(t('encryption.trustee.title'));
  const [token] = useState(takeTrusteeToken);
  return (
    <Stack gap="lg">
      <Title order={1}>{t('encryption.trustee.title')}</Title>
      {token ? (
        <Trustee token={token} />
      ) : (
        <Alert color="blue" variant="light">
          {t('encryption.trustee.noToken')}
        </Alert>
      )}
    </Stack>
  );
}

function Trustee({ token }: { token: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['trustee', token],
    queryFn: () => fetchTrustee(token),
    refetchInterval: 2000,
    retry: false,
  });
  if (query.isPending) return <LoadingState />;
  if (!query.data)
    return (
      <Alert color="red" variant="light" role="alert">
        {problemText(t, query.error)}
      </Alert>
    );
  return (
    <Stack gap="lg">
      {/* The last answer stays on screen; a refusal since (a link replaced, the server away) is said above it. */}
      {query.isError && (
        <Alert color="red" variant="light" role="alert">
          {problemText(t, query.error)}
        </Alert>
      )}
      <TrusteeDesk token={token} view={query.data} refetch={query.refetch} />
    </Stack>
  );
}

function useTrusteeWork(token: string, view: TrusteeView, refetch: () => Promise<unknown>) {
  const [actions, setActions] = useState<TrusteeAction[]>([]);
  const [problem, setProblem] = useState<unknown>(null);
  const [isWorking, setWorking] = useState(false);
  const isBusy = useRef(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (isBusy.current || problem || !hasWork(view)) return;
    isBusy.current = true;
    setWorking(true);
    void (async () => {
      try {
        // A frame for "Calcul en cours" to show before the proofs take the thread.
        await new Promise((resolve) => setTimeout(resolve, 30));
        const action = await runNextStep(token, view);
        if (action) {
          setActions((previous) => [...previous, action]);
          await refetch();
        }
      } catch (caught) {
        setProblem(caught);
      } finally {
        isBusy.current = false;
        setWorking(false);
      }
    })();
  }, [token, view, refetch, problem, attempt]);

  const retry = () => {
    setProblem(null);
    setAttempt((value) => value + 1);
  };
  return { actions, problem, isWorking, retry };
}

function ProblemAlert({ problem, onRetry }: { problem: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  let text: string;
  if (problem instanceof MissingSecretError) text = t('encryption.trustee.missingSecret');
  else if (problem instanceof CeremonyError)
    text = t('encryption.trustee.ceremonyProblem', {
      trustee: problem.trustee ?? '?',
      reason: problem.reason,
    });
  else text = problemText(t, problem);
  return (
    <Alert color="red" variant="light" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text fw={500}>{text}</Text>
        <Button variant="default" size="xs" onClick={onRetry}>
          {t('encryption.trustee.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

function TrusteeDesk({
  token,
  view,
  refetch,
}: {
  token: string;
  view: TrusteeView;
  refetch: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { ceremony, me } = view;
  const format = useAssemblyFormat();
  const [refresh, setRefresh] = useState(0);
  const work = useTrusteeWork(token, view, refetch);
  const fingerprint = localKeyFingerprint(view);
  const isKeyMismatch =
    fingerprint !== null && ceremony.keyFingerprint !== null && fingerprint !== ceremony.keyFingerprint;
  const mine = ceremony.trustees.find((trustee) => trustee.index === me.index);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text fw={500}>{t('encryption.trustee.signedInAs', { name: me.name })}</Text>
        <Text>
          {t('encryption.trustee.assembly', {
            title: view.assembly.title,
            date: format.day(view.assembly.date),
          })}
        </Text>
        <Text size="sm">{t('encryption.trustee.intro', { threshold: ceremony.threshold })}</Text>
      </Stack>
      {work.problem !== null && <ProblemAlert problem={work.problem} onRetry={work.retry} />}
      <Paper withBorder p="md" component="section" aria-labelledby="trustee-ceremony-title">
        <Stack gap="sm">
          <Title order={2} size="h3" id="trustee-ceremony-title">
            {t('encryption.ceremony.stepsTitle')}
          </Title>
          <Text role="status" fw={500}>
            {work.isWorking
              ? t('encryption.trustee.working')
              : ceremony.status === 'ready'
                ? t('encryption.trustee.ready')
                : mine?.step === stepOf(ceremony.status)
                  ? t('encryption.trustee.yourTurn')
                  : t('encryption.trustee.waiting')}
          </Text>
          <CeremonySteps ceremony={ceremony} me={me.index} />
        </Stack>
      </Paper>
      {ceremony.status === 'ready' && (
        <Paper withBorder p="md" component="section" aria-labelledby="trustee-key-title">
          <Stack gap="xs">
            <Title order={2} size="h3" id="trustee-key-title">
              {t('encryption.fingerprintTitle')}
            </Title>
            <Code fz="xl" fw={700}>
              {fingerprint ?? ceremony.keyFingerprint}
            </Code>
            <Text size="sm">{t('encryption.trustee.fingerprintHint')}</Text>
            {isKeyMismatch && (
              <Alert color="red" variant="light" role="alert">
                {t('encryption.trustee.fingerprintMismatch')}
              </Alert>
            )}
          </Stack>
        </Paper>
      )}
      {work.actions.length > 0 && (
        <Stack component="section" aria-labelledby="trustee-done-title" gap="xs">
          <Title order={2} size="h3" id="trustee-done-title">
            {t('encryption.trustee.doneTitle')}
          </Title>
          <List>
            {work.actions.map((action, position) => (
              <List.Item key={position}>
                {action.kind === 'decryption'
                  ? t('encryption.trustee.actions.decryption', { title: action.title })
                  : t(`encryption.trustee.actions.${action.kind}`)}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {ceremony.status === 'ready' && view.pendingDecryptions.length === 0 && (
        <Text>{t('encryption.trustee.noPending')}</Text>
      )}
      <Backups key={refresh} view={view} />
      <RestoreBackup
        view={view}
        onRestored={() => {
          setRefresh((value) => value + 1);
          work.retry();
        }}
      />
    </Stack>
  );
}

/** The secrets of this device, to print and keep sealed: they restore the trustee on another device. */
function Backups({ view }: { view: TrusteeView }) {
  const { t } = useTranslation();
  const { ceremony, me } = view;
  const secrets = readSecrets(ceremony.id, me.index);
  const backups = (['certificate', 'share'] as const).flatMap((kind) => {
    const secret = secrets[kind];
    return secret === undefined
      ? []
      : [
          {
            kind,
            text: writeBackup({
              ceremonyId: ceremony.id,
              index: me.index,
              kind,
              secret: decodeScalar(secret),
            }),
          },
        ];
  });
  if (backups.length === 0) return null;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="trustee-backup-title"
      className="trustee-backup"
    >
      <Stack gap="xs">
        <Title order={2} size="h3" id="trustee-backup-title">
          {t('encryption.trustee.backupTitle')}
        </Title>
        <Text size="sm">{t('encryption.trustee.backupHint')}</Text>
        {backups.map((backup) => (
          <Stack key={backup.kind} gap={2}>
            <Text fw={500}>{t(`encryption.trustee.backupKinds.${backup.kind}`)}</Text>
            <Code
              block
              style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
              data-testid={`backup-${backup.kind}`}
            >
              {backup.text}
            </Code>
          </Stack>
        ))}
        <Group>
          <Button variant="default" onClick={() => window.print()}>
            {t('encryption.trustee.print')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function RestoreBackup({ view, onRestored }: { view: TrusteeView; onRestored: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const restore = () => {
    try {
      const backup = readBackup(text);
      if (backup.ceremonyId !== view.ceremony.id || backup.index !== view.me.index) {
        setMessage({ isError: true, text: t('encryption.trustee.restoreOther') });
        return;
      }
      keepSecret(backup.ceremonyId, backup.index, backup.kind, encodeScalar(backup.secret));
      setText('');
      setMessage({ isError: false, text: t('encryption.trustee.restored') });
      onRestored();
    } catch {
      setMessage({ isError: true, text: t('encryption.trustee.restoreInvalid') });
    }
  };
  return (
    <Stack component="section" aria-labelledby="trustee-restore-title" gap="xs">
      <Title order={2} size="h3" id="trustee-restore-title">
        {t('encryption.trustee.restoreTitle')}
      </Title>
      <Textarea
        label={t('encryption.trustee.restoreLabel')}
        description={t('encryption.trustee.restoreHint')}
        autosize
        minRows={2}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <Group>
        <Button variant="default" disabled={!text.trim()} onClick={restore}>
          {t('encryption.trustee.restore')}
        </Button>
      </Group>
      <Text role="status" c={message?.isError ? 'red.8' : undefined}>
        {message?.text ?? ''}
      </Text>
    </Stack>
  );
}
