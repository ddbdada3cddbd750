import { Alert, Anchor, Button, Code, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../api/problem-text.ts';
import { useAssemblyFormat } from '../assemblies/shared/assembly-format.ts';
import { useCastMutation, useParticipantPollQuery } from '../participant/participant.queries.ts';
import { PollResult } from './poll-result.tsx';
import type { CarriedBallot, PollView } from './votes.api.ts';
import { pollEncryption, type EncryptedBallot, type PollEncryption } from '../encryption/encryption.api.ts';
import {
  ballotBoxPath,
  castCode,
  keepCast,
  keepReceipts,
  readCast,
  readReceipts,
  shortTracker,
  type BallotReceipt,
  type CastConfirmation,
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

/**
 * After the vote: when the server took it and, for a plain secret poll, the code of the cast's key,
 * with what that code proves and what it does not.
 */
function CastConfirmed({ cast, isPlainSecret }: { cast: CastConfirmation | null; isPlainSecret: boolean }) {
  const { t } = useTranslation();
  const format = useAssemblyFormat();
  return (
    <Stack gap={4} role="status">
      <Text fw={700} fz="lg">
        {t('votes.recorded')}
      </Text>
      {cast && <Text>{t('participant.ballot.recordedAt', { time: format.instantClock(cast.at) })}</Text>}
      {cast && isPlainSecret && (
        <>
          <Text>
            {t('participant.ballot.receiptCode')}{' '}
            <Code fz="lg" fw={700}>
              {cast.code}
            </Code>
          </Text>
          <Text size="sm">{t('participant.ballot.receiptHint')}</Text>
        </>
      )}
    </Stack>
  );
}

/** A resolution's text as put to the vote; a long one folds after a few lines, one tap from whole. */
function QuestionText({ text }: { text: string }) {
  const { t } = useTranslation();
  const isLong = text.length > 280;
  const [isOpen, setOpen] = useState(false);
  return (
    <Stack gap={4} align="flex-start">
      <Text fz="lg" lh={1.4} lineClamp={isLong && !isOpen ? 5 : undefined} id="ballot-question">
        {text}
      </Text>
      {isLong && (
        <Button variant="subtle" px={0} mih={44} onClick={() => setOpen(!isOpen)} aria-expanded={isOpen}>
          {isOpen ? t('participant.ballot.readLess') : t('participant.ballot.readMore')}
        </Button>
      )}
    </Stack>
  );
}

/**
 * One ballot's choices as whole rows to tap (48 px high), native radios or boxes inside, so arrows,
 * space and screen readers work as everywhere.
 */
function Choices({
  poll,
  ballot,
  selected,
  onChange,
}: {
  poll: PollView;
  ballot: CarriedBallot;
  selected: string[];
  onChange: (next: string[]) => void;
}) {
  const { t } = useTranslation();
  const label = ballot.isProxy
    ? t('votes.ballotForProxy', { name: ballot.memberName, count: ballot.weight })
    : t('votes.ballotForSelf', { count: ballot.weight });
  const isElection = poll.kind === 'election';
  const name = `ballot-${ballot.membershipId}`;
  const hintId = `${name}-hint`;
  return (
    <fieldset
      className="ballot-choices"
      role={isElection ? undefined : 'radiogroup'}
      aria-describedby={isElection ? hintId : undefined}
    >
      <legend>{label}</legend>
      {isElection && (
        <Text size="sm" id={hintId}>
          {t('votes.upTo', { count: poll.maxChoices })}
        </Text>
      )}
      {poll.options.map((option) => {
        const isChecked = selected.includes(option.code);
        const isFull = isElection && !isChecked && selected.length >= poll.maxChoices;
        return (
          <label key={option.code} className="ballot-choice">
            <input
              type={isElection ? 'checkbox' : 'radio'}
              name={name}
              value={option.code}
              checked={isChecked}
              disabled={isFull}
              onChange={(event) =>
                onChange(
                  !isElection
                    ? [option.code]
                    : event.target.checked
                      ? [...selected, option.code]
                      : selected.filter((code) => code !== option.code),
                )
              }
            />
            <span>{isElection ? option.label : t(`votes.choices.${option.code as 'for'}`)}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** One key per cast, made on the phone: sending it again after a network error is harmless. */
function newCastKey(): string {
  return crypto.randomUUID();
}

/**
 * The open poll on a participant's phone, question first: its text, then one ballot per member they
 * carry (their own and each proxy), each with its own choice, sent together.
 */
export function BallotSection({ poll }: { poll: PollView | null | undefined }) {
  // A new poll, or the same one opened or closed, starts from fresh choices and a fresh cast key.
  return poll ? <Ballots key={`${poll.id}-${poll.status}`} poll={poll} /> : null;
}

function Ballots({ poll }: { poll: PollView }) {
  const { t } = useTranslation();
  const format = useAssemblyFormat();
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
  const [confirmed, setConfirmed] = useState<CastConfirmation | null>(() => readCast(poll.id));

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

  const confirm = (key: string) => {
    const confirmation = { at: new Date().toISOString(), code: castCode(key) };
    keepCast(poll.id, confirmation);
    setConfirmed(confirmation);
  };

  const submit = async () => {
    setError(null);
    try {
      if (!encryption) {
        const receipt = await cast.mutateAsync({
          key: castKey,
          ballots: pending.map((ballot) => ({
            membershipId: ballot.membershipId,
            choices: choices[ballot.membershipId] ?? [],
          })),
        });
        confirm(receipt.key);
        return;
      }
      const ballots = await encryptedBallots(encryption);
      const receipt = await cast.mutateAsync({
        key: castKey,
        ballots: ballots.map(({ membershipId, encrypted: ballot }) => ({ membershipId, encrypted: ballot })),
      });
      const kept = ballots.map(({ membershipId, tracker }) => ({
        memberName: pending.find((ballot) => ballot.membershipId === membershipId)?.memberName ?? '',
        tracker,
      }));
      keepReceipts(poll.id, kept);
      setReceipts(readReceipts(poll.id));
      confirm(receipt.key);
    } catch (caught) {
      setError(problemText(t, caught));
    }
  };

  const isOpen = poll.status === 'open';
  const text = poll.text?.[format.locale];
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="ballot-title">
      <Stack gap="sm">
        <Title order={2} id="ballot-title" fz={{ base: 20, sm: 24 }}>
          {t('votes.pollTitle', { title: poll.title })}
        </Title>
        {text && <QuestionText text={text} />}
        {isOpen ? null : <PollResult poll={poll} isCountShown />}
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {isOpen && ballots.length === 0 && query.isSuccess && <Text>{t('votes.notEligible')}</Text>}
        {isOpen && ballots.length > 0 && pending.length === 0 && (
          <CastConfirmed cast={confirmed} isPlainSecret={poll.isSecret && !encryption} />
        )}
        {encryption && receipts.length > 0 && <BallotReceipts pollId={poll.id} receipts={receipts} />}
        {isOpen && pending.length > 0 && (
          <Stack gap="sm">
            {pending.map((ballot) => (
              <Choices
                key={ballot.membershipId}
                poll={poll}
                ballot={ballot}
                selected={choices[ballot.membershipId] ?? []}
                onChange={(next) => setChoices((previous) => ({ ...previous, [ballot.membershipId]: next }))}
              />
            ))}
            <Button
              size="xl"
              fullWidth
              disabled={!isComplete || isEncrypting}
              loading={busy || isEncrypting}
              onClick={() => void submit()}
            >
              {t('votes.cast')}
            </Button>
            <Text role="status" size="sm">
              {isEncrypting ? t('encryption.phone.encrypting') : ''}
            </Text>
          </Stack>
        )}
        <Text size="sm">
          {poll.encryption
            ? t('votes.encryptedNote')
            : poll.isSecret
              ? t('votes.secretNote')
              : t('votes.namedNote')}
        </Text>
        {isOpen && encryption && pending.length > 0 && <Text size="sm">{t('encryption.phone.note')}</Text>}
      </Stack>
    </Paper>
  );
}
