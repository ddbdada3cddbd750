import { Alert, Button, Group, NumberInput, SegmentedControl, Stack, Table, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowOfHandsInput } from '../../../../common/votes.schemas.ts';
import { formRefusal } from '../../api/problem-text.ts';

export type ShowOfHandsMode = 'counts' | 'unanimous' | 'adopted' | 'rejected';
type Mode = ShowOfHandsMode;
const choices = ['for', 'against', 'abstain', 'blank'] as const;
type Counts = Record<(typeof choices)[number], number>;
const noCounts: Counts = { for: 0, against: 0, abstain: 0, blank: 0 };

function useRefusal(fields: readonly string[]) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [detail, setDetail] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (write: () => Promise<unknown>) => {
    setErrors({});
    setDetail(null);
    setBusy(true);
    try {
      await write();
    } catch (caught) {
      const refusal = formRefusal(t, caught, fields);
      setErrors(refusal.fields);
      setDetail(refusal.detail);
    } finally {
      setBusy(false);
    }
  };
  return { errors, detail, busy, submit };
}

function VoteTimeInput({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="time"
      label={t('votes.showOfHands.time')}
      description={t('votes.showOfHands.timeHint')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      w={190}
    />
  );
}

/**
 * A show of hands as the secretary records it: the counts (for, against, abstentions, blanks kept
 * apart), unanimous, or only adopted / rejected; the time typed or now. Refusals sit on their field.
 * The count is the primary action; a recorded vote is corrected with the same form, filled.
 */
export function ShowOfHandsForm({
  label,
  onRecord,
  extra,
  initial,
  onCancel,
}: {
  label: string;
  onRecord: (input: ShowOfHandsInput) => Promise<unknown>;
  /** More fields (an election's roles), given the refusals placed on them. */
  extra?: (errors: Record<string, string>) => ReactNode;
  /** The vote as recorded, when correcting it: its time kept ("HH:MM"), unless changed. */
  initial?: { mode: Mode; counts: Counts | null; time: string };
  /** Leaves a correction without changing anything. */
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>(initial?.mode ?? 'counts');
  const [counts, setCounts] = useState<Counts>(initial?.counts ?? noCounts);
  const [time, setTime] = useState(initial?.time ?? '');
  const { errors, detail, busy, submit } = useRefusal([...choices, 'votedAt', 'mandates']);
  const votedAt = time || null;
  const input = (): ShowOfHandsInput =>
    mode === 'counts' ? { record: 'counts', ...counts, votedAt } : { record: mode, votedAt };
  return (
    <Stack
      component="form"
      gap="xs"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(() => onRecord(input()));
      }}
    >
      <SegmentedControl
        aria-label={t('votes.showOfHands.mode')}
        value={mode}
        onChange={(value) => setMode(value as Mode)}
        data={(['counts', 'unanimous', 'adopted', 'rejected'] as const).map((value) => ({
          value,
          label: t(`votes.showOfHands.modes.${value}`),
        }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {mode === 'counts' && (
        <Group align="flex-start" wrap="wrap">
          {choices.map((choice) => (
            <NumberInput
              key={choice}
              label={t(`votes.choices.${choice}`)}
              min={0}
              w={110}
              value={counts[choice]}
              error={errors[choice]}
              onChange={(value) => setCounts((previous) => ({ ...previous, [choice]: Number(value) || 0 }))}
            />
          ))}
        </Group>
      )}
      <VoteTimeInput value={time} onChange={setTime} error={errors.votedAt} />
      {extra?.(errors)}
      {detail && (
        <Alert color="red" variant="light" role="alert">
          {detail}
        </Alert>
      )}
      <Group gap="xs">
        <Button type="submit" loading={busy}>
          {t(initial ? 'votes.showOfHands.saveCorrection' : 'votes.showOfHands.record')}
        </Button>
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('votes.showOfHands.cancelCorrection')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** An election candidate by candidate: each candidate's for, against, abstentions and blanks; the time. */
export function CandidatesShowOfHandsForm({
  label,
  candidates,
  onRecord,
  extra,
}: {
  label: string;
  candidates: { id: string; label: string }[];
  onRecord: (input: {
    record: 'candidates';
    candidates: (Counts & { candidateId: string })[];
    votedAt: string | null;
  }) => Promise<unknown>;
  /** More fields (the candidates' roles), given the refusals placed on them. */
  extra?: (errors: Record<string, string>) => ReactNode;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Record<string, Counts>>(() =>
    Object.fromEntries(candidates.map((candidate) => [candidate.id, noCounts])),
  );
  const [time, setTime] = useState('');
  const { errors, detail, busy, submit } = useRefusal(['candidates', 'votedAt', 'mandates']);
  return (
    <Stack
      component="form"
      gap="xs"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(() =>
          onRecord({
            record: 'candidates',
            candidates: candidates.map((candidate) => ({
              candidateId: candidate.id,
              ...rows[candidate.id]!,
            })),
            votedAt: time || null,
          }),
        );
      }}
    >
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('votes.showOfHands.candidate')}</Table.Th>
            {choices.map((choice) => (
              <Table.Th key={choice} scope="col">
                {t(`votes.choices.${choice}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {candidates.map((candidate, index) => (
            <Table.Tr key={candidate.id}>
              <Table.Th scope="row">{candidate.label}</Table.Th>
              {choices.map((choice) => (
                <Table.Td key={choice}>
                  <NumberInput
                    aria-label={`${t(`votes.choices.${choice}`)} — ${candidate.label}`}
                    min={0}
                    w={90}
                    value={rows[candidate.id]![choice]}
                    error={errors[`candidates.${index}.${choice}`]}
                    onChange={(value) =>
                      setRows((previous) => ({
                        ...previous,
                        [candidate.id]: { ...previous[candidate.id]!, [choice]: Number(value) || 0 },
                      }))
                    }
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <VoteTimeInput value={time} onChange={setTime} error={errors.votedAt} />
      {extra?.(errors)}
      {(detail || errors.candidates) && (
        <Alert color="red" variant="light" role="alert">
          {detail ?? errors.candidates}
        </Alert>
      )}
      <Button type="submit" variant="default" loading={busy} style={{ alignSelf: 'flex-start' }}>
        {t('votes.showOfHands.record')}
      </Button>
    </Stack>
  );
}
