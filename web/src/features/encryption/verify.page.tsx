import {
  Alert,
  Button,
  Code,
  FileInput,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { problemText } from '../../api/problem-text.ts';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { fetchBallotBox, fetchRecord } from './encryption.api.ts';
import { readReceipts, shortTracker } from './receipts.ts';
import { verifyOffThread, type Verification } from './verify-record.ts';

/** The poll named after `#poll=` in the address, as the phone's receipt links to it. */
function pollFromHash(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('poll') ?? '';
}

/**
 * /verify: anyone checks an encrypted poll's public record in their own browser (the proofs of every
 * ballot, the tally, the decryptions, the result), and a voter finds their ballot in the ballot box.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  usePageTitle(t('encryption.verify.title'));
  const [pollId] = useState(pollFromHash);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('encryption.verify.title')}</Title>
        <Text>{t('encryption.verify.intro')}</Text>
      </Stack>
      <RecordCheck pollId={pollId} />
      <BallotBox initialPollId={pollId} />
    </Stack>
  );
}

function RecordCheck({ pollId }: { pollId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<{ checked: number; total: number } | null>(null);
  const [isChecking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<Verification | { isUnreadable: true; message: string } | null>(null);

  const check = async (source: string) => {
    setOutcome(null);
    let record: unknown;
    try {
      record = JSON.parse(source);
    } catch {
      setOutcome({ isUnreadable: true, message: t('encryption.verify.notJson') });
      return;
    }
    setChecking(true);
    try {
      setOutcome(await verifyOffThread(record, (checked, total) => setProgress({ checked, total })));
    } finally {
      setChecking(false);
    }
  };

  useEffect(() => {
    if (!pollId) return;
    let isCurrent = true;
    fetchRecord(pollId).then(
      (record) => {
        if (!isCurrent) return;
        const source = JSON.stringify(record, null, 2);
        setText(source);
        void check(source);
      },
      (error: unknown) => {
        if (!isCurrent) return;
        const message =
          error instanceof ApiError && error.status === 404
            ? t('encryption.verify.notYet')
            : problemText(t, error);
        setOutcome({ isUnreadable: true, message });
      },
    );
    return () => {
      isCurrent = false;
    };
    // Fetched once, for the poll the address named.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pollId]);

  const load = async (file: File | null) => {
    if (!file) return;
    const source = await file.text();
    setText(source);
    await check(source);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="verify-record-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="verify-record-title">
          {t('encryption.verify.recordTitle')}
        </Title>
        <FileInput
          label={t('encryption.verify.file')}
          description={t('encryption.verify.fileHint')}
          accept="application/json,.json"
          onChange={(file) => void load(file)}
        />
        <Textarea
          label={t('encryption.verify.paste')}
          autosize
          minRows={3}
          maxRows={10}
          styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Group>
          <Button disabled={!text.trim()} loading={isChecking} onClick={() => void check(text)}>
            {t('encryption.verify.check')}
          </Button>
        </Group>
        {isChecking && progress && (
          <Progress
            value={progress.total === 0 ? 100 : (100 * progress.checked) / progress.total}
            aria-label={t('encryption.verify.progressLabel')}
          />
        )}
        <div role="status" aria-live="polite">
          {isChecking && progress && (
            <Text>
              {t('encryption.verify.progress', { checked: progress.checked, total: progress.total })}
            </Text>
          )}
          {!isChecking && outcome && <Outcome outcome={outcome} />}
        </div>
      </Stack>
    </Paper>
  );
}

function Outcome({ outcome }: { outcome: Verification | { isUnreadable: true; message: string } }) {
  const { t } = useTranslation();
  if ('isUnreadable' in outcome)
    return (
      <Alert color="blue" variant="light">
        {outcome.message}
      </Alert>
    );
  if (!outcome.isValid)
    return (
      <Alert color="red" variant="light" data-testid="verify-outcome">
        <Stack gap={4}>
          <Text fw={700}>{t('encryption.verify.invalid')}</Text>
          <Text>{t(`encryption.verify.problems.${outcome.problem}`)}</Text>
          {outcome.detail && (
            <Text size="sm">{t('encryption.verify.detail', { detail: outcome.detail })}</Text>
          )}
        </Stack>
      </Alert>
    );
  const { verified } = outcome;
  return (
    <Alert color="green" variant="light" data-testid="verify-outcome">
      <Stack gap={4}>
        <Text fw={700}>{t('encryption.verify.valid')}</Text>
        <Text>
          {t('encryption.verify.validSummary', {
            ballots: verified.ballotCount,
            weight: verified.totalWeight,
            threshold: outcome.threshold,
          })}
        </Text>
        <Text>{t('encryption.verify.fingerprint', { fingerprint: outcome.fingerprint })}</Text>
        <List>
          {verified.result.map((item) => (
            <List.Item key={item.choice}>
              {choiceLabel(t, item.choice)} : {t('votes.votes', { count: item.count })}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}

const resolutionChoices = ['for', 'against', 'abstain', 'blank'] as const;

function choiceLabel(t: TFunction, choice: string): string {
  return (resolutionChoices as readonly string[]).includes(choice)
    ? t(`votes.choices.${choice as (typeof resolutionChoices)[number]}`)
    : choice;
}

/** The public ballot box of a poll: every tracker, none linked to a voter; a voter looks for theirs. */
function BallotBox({ initialPollId }: { initialPollId: string }) {
  const { t } = useTranslation();
  const [pollId, setPollId] = useState(initialPollId);
  const [search, setSearch] = useState('');
  const [shownPollId, setShownPollId] = useState(initialPollId);
  const query = useQuery({
    queryKey: ['ballot-box', shownPollId],
    queryFn: () => fetchBallotBox(shownPollId),
    enabled: shownPollId !== '',
    retry: false,
  });
  const box = query.data ?? null;
  const error = query.isError ? problemText(t, query.error) : null;
  const open = (id: string) => {
    if (id.trim() === shownPollId) void query.refetch();
    else setShownPollId(id.trim());
  };

  const receipts = box ? readReceipts(box.pollId) : [];
  const needle = search.trim();
  const matches = box && needle ? box.trackers.filter((tracker) => tracker.startsWith(needle)) : [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ballot-box-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="ballot-box-title">
          {t('encryption.ballotBox.title')}
        </Title>
        <Group align="flex-end">
          <TextInput
            label={t('encryption.ballotBox.poll')}
            value={pollId}
            onChange={(event) => setPollId(event.currentTarget.value)}
          />
          <Button variant="default" disabled={!pollId.trim()} onClick={() => open(pollId)}>
            {t('encryption.ballotBox.open')}
          </Button>
        </Group>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {box && (
          <Stack gap="sm">
            <Text fw={500}>{t('encryption.ballotBox.count', { count: box.trackers.length })}</Text>
            {receipts.length > 0 && (
              <Stack gap={4}>
                <Text>{t('encryption.ballotBox.yours')}</Text>
                <List>
                  {receipts.map((receipt) => (
                    <List.Item key={receipt.tracker}>
                      {receipt.memberName} : <Code>{shortTracker(receipt.tracker)}</Code> —{' '}
                      {box.trackers.includes(receipt.tracker)
                        ? t('encryption.ballotBox.found')
                        : t('encryption.ballotBox.missing')}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            )}
            <TextInput
              label={t('encryption.ballotBox.search')}
              description={t('encryption.ballotBox.searchHint')}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
            />
            <Text role="status">
              {needle
                ? matches.length > 0
                  ? t('encryption.ballotBox.matches', { count: matches.length })
                  : t('encryption.ballotBox.noMatch')
                : ''}
            </Text>
            <List spacing={2} styles={{ item: { fontFamily: 'monospace', wordBreak: 'break-all' } }}>
              {(needle ? matches : box.trackers).map((tracker) => (
                <List.Item key={tracker}>{tracker}</List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
