import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElectionMethod } from '../../../../common/votes.schemas.ts';
import type { Assembly } from '../assemblies/assemblies.api.ts';
import { formRefusal } from '../../api/problem-text.ts';
import { PersonPicker } from './person-picker.tsx';
import { PollControls } from './poll-controls.tsx';
import { PollResult } from './poll-result.tsx';
import { RecordLinks } from '../encryption/record-links.tsx';
import { CandidatesShowOfHandsForm, ShowOfHandsForm } from './show-of-hands.form.tsx';
import {
  createElection,
  openPoll,
  proclaimElected,
  recordElectionShowOfHands,
  type Election,
  type PollView,
} from './votes.api.ts';
import { useBoardQuery, useBoardRolesQuery, useElectionsQuery } from './votes.queries.ts';
import { MandateFields, mandateOfFields, type MandateFieldName } from './mandate-fields.tsx';

type Write = (write: () => Promise<unknown>) => Promise<unknown>;

/** What a show of hands elected: the list's counts or each candidate's, and who is elected. */
function ShowOfHandsResult({ election }: { election: Election }) {
  const { t } = useTranslation();
  const countsText = (counts: { for: number; against: number; abstain: number; blank: number }) =>
    t('votes.counts', counts);
  return (
    <Stack gap={4}>
      {election.method === 'show_of_hands_list' && (
        <Text size="sm">
          {election.listCounts
            ? countsText(election.listCounts)
            : t(`votes.showOfHands.modes.${election.listRecordedAs ?? 'adopted'}`)}
        </Text>
      )}
      <List size="sm">
        {election.candidates.map((candidate) => (
          <List.Item key={candidate.id}>
            {candidate.label}
            {candidate.counts ? ` — ${countsText(candidate.counts)}` : ''}
            {candidate.isElected ? ` — ${t('votes.elected')}` : ''}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

type MandateValues = Record<MandateFieldName, string>;

/** Each candidate's role, title form and dates as they stand: the server's defaults until typed. */
function useElectedMandates(election: Election) {
  const [values, setValues] = useState<Record<string, MandateValues>>(() =>
    Object.fromEntries(
      election.candidates.map(({ id, mandate }) => [
        id,
        {
          role: mandate.role,
          titleForm: mandate.titleForm ?? '',
          startsOn: mandate.startsOn,
          endsOn: mandate.endsOn ?? '',
        },
      ]),
    ),
  );
  const set = (candidateId: string, name: MandateFieldName, value: string) =>
    setValues((previous) => ({ ...previous, [candidateId]: { ...previous[candidateId]!, [name]: value } }));
  const input = () =>
    election.candidates.map((candidate) => ({
      candidateId: candidate.id,
      ...mandateOfFields(values[candidate.id]!),
    }));
  return { values, set, input };
}

/**
 * In the show of hands' form: the role each candidate takes once elected (président·e, trésorier·ère…),
 * its title form and dates, so that the proclamation gives the board its officers in one step.
 */
function ElectedMandatesFields({
  election,
  mandates,
  errors,
}: {
  election: Election;
  mandates: ReturnType<typeof useElectedMandates>;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const roles = useBoardRolesQuery().data ?? [];
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('votes.electedRoles.title')}
      </Text>
      {election.candidates.map((candidate, index) => (
        <Paper key={candidate.id} withBorder p="xs" component="fieldset" m={0}>
          <Text component="legend" size="sm" fw={600}>
            {candidate.label}
          </Text>
          <Group align="flex-start" wrap="wrap">
            <MandateFields
              roles={roles}
              field={(name) => ({
                name: `mandates.${index}.${name}`,
                value: mandates.values[candidate.id]![name],
                onChange: (event: { currentTarget: { value: string } }) =>
                  mandates.set(candidate.id, name, event.currentTarget.value),
                error: errors[`mandates.${index}.${name}`] ?? errors[`mandates.${index}.candidateId`],
              })}
            />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** The show of hands of an election, on the list or candidate by candidate, with the elected's roles. */
function ElectionShowOfHands({
  election,
  slug,
  record,
}: {
  election: Election;
  slug: string;
  record: Write;
}) {
  const { t } = useTranslation();
  const mandates = useElectedMandates(election);
  const label = t('votes.showOfHands.formOf', { title: election.title });
  const extra = (errors: Record<string, string>) => (
    <ElectedMandatesFields election={election} mandates={mandates} errors={errors} />
  );
  return election.method === 'show_of_hands_list' ? (
    <ShowOfHandsForm
      label={label}
      extra={extra}
      onRecord={(input) =>
        record(() => recordElectionShowOfHands(slug, election.id, { ...input, mandates: mandates.input() }))
      }
    />
  ) : (
    <CandidatesShowOfHandsForm
      label={label}
      extra={extra}
      candidates={election.candidates}
      onRecord={(input) =>
        record(() => recordElectionShowOfHands(slug, election.id, { ...input, mandates: mandates.input() }))
      }
    />
  );
}

function NewElectionForm({ assembly, record }: { assembly: Assembly; record: Write }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  const items = assembly.agenda.filter((item) => item.kind === 'election');
  const board = useBoardQuery(assembly.heldOn);
  const [agendaItemId, setAgendaItemId] = useState(items[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [seats, setSeats] = useState(1);
  const [method, setMethod] = useState<ElectionMethod>('show_of_hands_list');
  const [startsOn, setStartsOn] = useState(assembly.heldOn);
  const [candidates, setCandidates] = useState<{ id: string; name: string }[]>([]);
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [outgoing, setOutgoing] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [detail, setDetail] = useState<string | null>(null);
  if (items.length === 0) return null;
  const submit = async () => {
    setErrors({});
    setDetail(null);
    try {
      await record(() =>
        createElection(assembly.slug, {
          agendaItemId,
          title,
          seats,
          method,
          isSecret: method === 'poll',
          mandateStartsOn: startsOn,
          candidates: candidates.map((candidate) => ({ personId: candidate.id })),
          outgoing: Object.entries(outgoing).map(([mandateId, isStandingAgain]) => ({
            mandateId,
            isStandingAgain,
          })),
        }),
      );
      setTitle('');
      setCandidates([]);
      setOutgoing({});
    } catch (caught) {
      const refusal = formRefusal(t, caught, ['title', 'seats', 'candidates', 'mandateStartsOn', 'outgoing']);
      setErrors(refusal.fields);
      setDetail(refusal.detail);
    }
  };
  return (
    <Stack
      component="form"
      gap="xs"
      aria-labelledby="new-election-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Title order={3} size="h4" id="new-election-title">
        {t('votes.newElection.title')}
      </Title>
      <NativeSelect
        label={t('votes.agendaItem')}
        data={items.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` }))}
        value={agendaItemId}
        onChange={(event) => setAgendaItemId(event.currentTarget.value)}
      />
      <TextInput
        label={t('votes.newElection.name')}
        value={title}
        error={errors.title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        required
      />
      <Group align="flex-start">
        <NumberInput
          label={t('votes.newElection.seats')}
          min={1}
          w={120}
          value={seats}
          error={errors.seats}
          onChange={(value) => setSeats(Number(value) || 1)}
        />
        <NativeSelect
          label={t('votes.newElection.method')}
          value={method}
          onChange={(event) => setMethod(event.currentTarget.value as ElectionMethod)}
          data={(['show_of_hands_list', 'show_of_hands_candidates', 'poll'] as const).map((value) => ({
            value,
            label: t(`votes.electionMethods.${value}`),
          }))}
        />
        <TextInput
          type="date"
          label={t('votes.newElection.startsOn')}
          value={startsOn}
          error={errors.mandateStartsOn}
          onChange={(event) => setStartsOn(event.currentTarget.value)}
        />
      </Group>
      <Group align="flex-end">
        <PersonPicker label={t('votes.newElection.candidate')} value={picked} onChange={setPicked} />
        <Button
          variant="default"
          disabled={!picked}
          onClick={() => {
            if (picked && !candidates.some((candidate) => candidate.id === picked.id)) {
              setCandidates((previous) => [...previous, picked]);
            }
            setPicked(null);
          }}
        >
          {t('votes.newElection.addCandidate')}
        </Button>
      </Group>
      {candidates.length > 0 && (
        <List size="sm" aria-label={t('votes.newElection.candidates')}>
          {candidates.map((candidate) => (
            <List.Item key={candidate.id}>{candidate.name}</List.Item>
          ))}
        </List>
      )}
      {errors.candidates && (
        <Text c="red" size="sm">
          {errors.candidates}
        </Text>
      )}
      {(board.data?.board.length ?? 0) > 0 && (
        <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0 }}>
          <Text component="legend" fw={500} size="sm">
            {t('votes.newElection.outgoing')}
          </Text>
          {board.data!.board.map((mandate) => (
            <Group key={mandate.id} gap="md">
              <Checkbox
                label={`${mandate.printedLine} — ${mandate.roleLabel[locale]}`}
                checked={mandate.id in outgoing}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setOutgoing((previous) => {
                    const next = { ...previous };
                    if (checked) next[mandate.id] = false;
                    else delete next[mandate.id];
                    return next;
                  });
                }}
              />
              {mandate.id in outgoing && (
                <Checkbox
                  label={t('votes.newElection.standsAgain')}
                  checked={outgoing[mandate.id]}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    setOutgoing((previous) => ({ ...previous, [mandate.id]: checked }));
                  }}
                />
              )}
            </Group>
          ))}
        </Stack>
      )}
      {detail && (
        <Alert color="red" variant="light" role="alert">
          {detail}
        </Alert>
      )}
      <Button type="submit" style={{ alignSelf: 'flex-start' }}>
        {t('votes.newElection.add')}
      </Button>
    </Stack>
  );
}

/**
 * The control page's board elections: by poll (open it, follow it, proclaim the elected) or by show of
 * hands on one list or candidate by candidate (record the counts, proclaim the elected).
 */
export function ElectionsSection({
  assembly,
  poll,
  isSessionOpen,
  run,
  record,
  busy,
}: {
  assembly: Assembly;
  poll: PollView | null | undefined;
  isSessionOpen: boolean;
  run: Write;
  record: Write;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  const query = useElectionsQuery(assembly.slug);
  const isPollOpen = poll?.status === 'open';
  const elections = query.data ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="control-elections-title">
      <Title order={3} id="control-elections-title" size="h4">
        {t('votes.elections')}
      </Title>
      {elections.map((election) => {
        const current = poll?.electionId === election.id ? poll : election.poll;
        const result = current?.result;
        const isShowOfHands = election.method !== 'poll';
        const elected = isShowOfHands
          ? election.candidates.filter((candidate) => candidate.isElected).map((candidate) => candidate.id)
          : result?.kind === 'election'
            ? result.candidates
                .filter((candidate) => candidate.isElected)
                .map((candidate) => current!.options.find((option) => option.id === candidate.optionId)!.code)
            : [];
        const isRecorded = isShowOfHands ? election.listRecordedAs !== null : current?.status === 'closed';
        return (
          <Paper key={election.id} withBorder p="md" component="article" aria-label={election.title}>
            <Stack gap="xs">
              <Text fw={700}>{election.title}</Text>
              <Text size="sm">
                {t(`votes.electionMethods.${election.method}`)} ·{' '}
                {t('votes.seats', { count: election.seats })} ·{' '}
                {election.candidates.map((candidate) => candidate.label).join(', ')}
              </Text>
              {election.outgoing.length > 0 && (
                <Text size="sm">
                  {t('votes.outgoing')}{' '}
                  {election.outgoing
                    .map(
                      (entry) =>
                        `${entry.personName} (${entry.roleLabel[locale]}${entry.isStandingAgain ? '' : `, ${t('votes.notStandingAgain')}`})`,
                    )
                    .join(', ')}
                </Text>
              )}
              {!isShowOfHands && current && <PollResult poll={current} />}
              {!isShowOfHands && current && (
                <PollControls poll={current} run={run} busy={busy} slug={assembly.slug} />
              )}
              {!isShowOfHands && current && <RecordLinks poll={current} />}
              {!isShowOfHands && !current && !isPollOpen && isSessionOpen && (
                <Button
                  style={{ alignSelf: 'flex-start' }}
                  loading={busy}
                  onClick={() => run(() => openPoll(assembly.slug, { electionId: election.id }))}
                >
                  {t('votes.openPoll')}
                </Button>
              )}
              {isShowOfHands && isRecorded && <ShowOfHandsResult election={election} />}
              {isShowOfHands && !election.isProclaimed && (
                <ElectionShowOfHands election={election} slug={assembly.slug} record={record} />
              )}
              {isRecorded && !election.isProclaimed && elected.length > 0 && (
                <Button
                  style={{ alignSelf: 'flex-start' }}
                  loading={busy}
                  onClick={() => run(() => proclaimElected(assembly.slug, election.id, elected))}
                >
                  {t('votes.proclaim')}
                </Button>
              )}
              {election.isProclaimed && <Text fw={600}>{t('votes.proclaimed')}</Text>}
            </Stack>
          </Paper>
        );
      })}
      <NewElectionForm assembly={assembly} record={record} />
    </Stack>
  );
}
