import { Alert, Anchor, Button, Code, List, Paper, Radio, Stack, Text, Title, Checkbox } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem-text.ts';
import { useCastMutation, useParticipantPollQuery } from '../participant/participant.queries.ts';
import { PollResult } from './poll-result.tsx';
import type { PollView } from './votes.api.ts';
import { pollEncryption, type EncryptedBallot, type PollEncryption } from '../encryption/encryption.api.ts';
import {
  ballotBoxPath,
  keepReceipts,
  readReceipts,
  shortTracker,
  type BallotReceipt,
} from '../encryption/receipts.ts';

type EncryptedCast = { membershipId: string; encrypted: EncryptedBallot; tracker: string }[];

/** After an encrypted vote: each ballot's tracker, to find it later in the public ballot box. */
function BallotReceipts({ pollId, receipts }: { pollId: string; receipts: BallotReceipt[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-labelledby="receipt-title" component="section">
      <Title order={3} size="h4" id="receipt-title">
        {t('encryption.phone.receiptTitle')}
      </Title>
      <Text size="sm">{t('encryption.phone.receiptHint')}</Text>
      <List spacing={4}>
        {receipts.map((receipt) => (
          <List.Item key={receipt.tracker}>
            {receipt.memberName} : <Code fz="md">{shortTracker(receipt.tracker)}</Code>
          </List.Item>
        ))}
      </List>
      <Anchor href={ballotBoxPath(pollId)}>{t('encryption.phone.ballotBox')}</Anchor>
    </Stack>
  );
}

/** One key per cast, made on the phone: sending it again after a network error is harmless. */
function newCastKey(): string {
  return crypto.randomUUID();
}

/**
 * The open poll on a participant's phone: one ballot per member they carry (their own and each
 * proxy), each with its own choice, sent together.
 */
export function BallotSection({ poll }: { poll: PollView | null | undefined }) {
  // A new poll, or the same one opened or closed, starts from fresh choices and a fresh cast key.
  return poll ? <Ballots key={`${poll.id}-${poll.status}`} poll={poll} /> : null;
}

function Ballots({ poll }: { poll: PollView }) {
  const { t } = useTranslation();
  const query = useParticipantPollQuery(poll.id, poll.status);
  const cast = useCastMutation(poll.id, poll.status);
  const ballots = query.data?.ballots ?? [];
  const [choices, setChoices] = useState<Record<string, string[]>>({});
  const [castKey] = useState(newCastKey);
  const [castError, setError] = useState<string | null>(null);
  const error = castError ?? (query.isError ? problemText(t, query.error) : null);
  const busy = cast.isPending;
  const pending = ballots.filter((ballot) => !ballot.hasVoted);
  const isComplete = pending.every((ballot) => (choices[ballot.membershipId]?.length ?? 0) > 0);

  const encryption = pollEncryption(poll);
  const [isEncrypting, setEncrypting] = useState(false);
  const [receipts, setReceipts] = useState<BallotReceipt[]>(() => readReceipts(poll.id));
  // Sent again after a network error, the same encrypted ballots go with the same cast key.
  const encrypted = useRef<{ choices: string; ballots: EncryptedCast } | null>(null);

  const encryptedBallots = async (using: PollEncryption): Promise<EncryptedCast> => {
    const marked = JSON.stringify(pending.map((ballot) => choices[ballot.membershipId] ?? []));
    if (encrypted.current?.choices === marked) return encrypted.current.ballots;
    setEncrypting(true);
    try {
      // Give the "Chiffrement…" status a frame before the proofs take the thread.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const { encryptBallots } = await import('../encryption/encrypt-ballots.ts');
      const ballots = encryptBallots(
        using,
        pending.map((ballot) => ({
          membershipId: ballot.membershipId,
          marked: choices[ballot.membershipId] ?? [],
        })),
      );
      encrypted.current = { choices: marked, ballots };
      return ballots;
    } finally {
      setEncrypting(false);
    }
  };

  const submit = async () => {
    setError(null);
    try {
      if (!encryption) {
        await cast.mutateAsync({
          key: castKey,
          ballots: pending.map((ballot) => ({
            membershipId: ballot.membershipId,
            choices: choices[ballot.membershipId] ?? [],
          })),
        });
        return;
      }
      const ballots = await encryptedBallots(encryption);
      await cast.mutateAsync({
        key: castKey,
        ballots: ballots.map(({ membershipId, encrypted: ballot }) => ({ membershipId, encrypted: ballot })),
      });
      const kept = ballots.map(({ membershipId, tracker }) => ({
        memberName: pending.find((ballot) => ballot.membershipId === membershipId)?.memberName ?? '',
        tracker,
      }));
      keepReceipts(poll.id, kept);
      setReceipts(readReceipts(poll.id));
    } catch (caught) {
      setError(problemText(t, caught));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ballot-title">
      <Stack gap="sm">
        <Title order={2} id="ballot-title" size="h3">
          {t('votes.pollTitle', { title: poll.title })}
        </Title>
        <Text size="sm">
          {poll.encryption
            ? t('votes.encryptedNote')
            : poll.isSecret
              ? t('votes.secretNote')
              : t('votes.namedNote')}
        </Text>
        <PollResult poll={poll} isCountShown={poll.status !== 'open'} />
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {poll.status === 'open' && ballots.length === 0 && <Text>{t('votes.notEligible')}</Text>}
        {poll.status === 'open' && ballots.length > 0 && pending.length === 0 && (
          <Text fw={700} role="status">
            {t('votes.recorded')}
          </Text>
        )}
        {encryption && receipts.length > 0 && <BallotReceipts pollId={poll.id} receipts={receipts} />}
        {poll.status === 'open' && pending.length > 0 && (
          <Stack gap="md">
            {pending.map((ballot) => {
              const label = ballot.isProxy
                ? t('votes.ballotForProxy', { name: ballot.memberName, count: ballot.weight })
                : t('votes.ballotForSelf', { count: ballot.weight });
              const selected = choices[ballot.membershipId] ?? [];
              const set = (next: string[]) =>
                setChoices((previous) => ({ ...previous, [ballot.membershipId]: next }));
              return poll.kind === 'resolution' ? (
                <Radio.Group
                  key={ballot.membershipId}
                  label={label}
                  value={selected[0] ?? ''}
                  onChange={(value) => set([value])}
                >
                  <Stack gap="xs" mt="xs">
                    {poll.options.map((option) => (
                      <Radio
                        key={option.code}
                        value={option.code}
                        label={t(`votes.choices.${option.code as 'for'}`)}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
              ) : (
                <Checkbox.Group
                  key={ballot.membershipId}
                  label={label}
                  description={t('votes.upTo', { count: poll.maxChoices })}
                  value={selected}
                  onChange={(value) => set(value.slice(0, poll.maxChoices))}
                >
                  <Stack gap="xs" mt="xs">
                    {poll.options.map((option) => (
                      <Checkbox key={option.code} value={option.code} label={option.label} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              );
            })}
            <Button
              size="lg"
              disabled={!isComplete || isEncrypting}
              loading={busy || isEncrypting}
              onClick={() => void submit()}
            >
              {t('votes.cast')}
            </Button>
            <Text role="status" size="sm">
              {isEncrypting ? t('encryption.phone.encrypting') : ''}
            </Text>
            {encryption && <Text size="sm">{t('encryption.phone.note')}</Text>}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
