import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assembly } from '../assemblies/assemblies.api.ts';
import { problemText } from '../../api/problem-text.ts';
import { ElectionsSection } from './elections.section.tsx';
import { useResolutionsQuery, useVotesMutation } from './votes.queries.ts';
import { PollResult } from './poll-result.tsx';
import { pollDecryption } from '../encryption/encryption.api.ts';
import { RecordLinks } from '../encryption/record-links.tsx';
import { NewResolutionForm } from './new-resolution.form.tsx';
import { ShowOfHandsForm, type ShowOfHandsMode } from './show-of-hands.form.tsx';
import { PollControls } from './poll-controls.tsx';
import { utcToZonedTime } from '../../../../common/time-zones.ts';
import { useAssociation } from '../association/association.context.tsx';
import {
  openPoll,
  pollResultPath,
  recordShowOfHands,
  undoShowOfHands,
  type PollView,
  type Resolution,
} from './votes.api.ts';

/** A show of hands as recorded: corrected with the same form, or undone (until the minutes are approved). */
function RecordedShowOfHands({
  resolution,
  slug,
  record,
}: {
  resolution: Resolution;
  slug: string;
  record: (write: () => Promise<unknown>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const association = useAssociation();
  const [isCorrecting, setCorrecting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (isCorrecting) {
    // A correction keeps the vote's time (and so who could vote then) unless the secretary changes it.
    const time =
      resolution.votedAt && association ? utcToZonedTime(resolution.votedAt, association.timeZone) : '';
    return (
      <ShowOfHandsForm
        label={t('votes.showOfHands.correctionOf', { title: resolution.title })}
        initial={{ mode: resolution.recordedAs as ShowOfHandsMode, counts: resolution.counts, time }}
        onRecord={async (input) => {
          await record(() => recordShowOfHands(slug, resolution.id, input));
          setCorrecting(false);
        }}
        onCancel={() => setCorrecting(false)}
      />
    );
  }
  const undo = () => {
    setError(null);
    record(() => undoShowOfHands(slug, resolution.id)).catch((caught: unknown) =>
      setError(problemText(t, caught)),
    );
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          variant="default"
          aria-label={t('votes.showOfHands.correctFor', { title: resolution.title })}
          onClick={() => setCorrecting(true)}
        >
          {t('votes.showOfHands.correct')}
        </Button>
        <Button
          variant="default"
          aria-label={t('votes.showOfHands.undoFor', { title: resolution.title })}
          onClick={undo}
        >
          {t('votes.showOfHands.undo')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}

function ResolutionCard({
  resolution,
  poll,
  isSessionOpen,
  run,
  record,
  busy,
  slug,
}: {
  resolution: Resolution;
  poll: PollView | null | undefined;
  isSessionOpen: boolean;
  run: (write: () => Promise<unknown>) => Promise<unknown>;
  /** A write whose refusal the form shows on its fields. */
  record: (write: () => Promise<unknown>) => Promise<unknown>;
  busy: boolean;
  slug: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en' : 'fr';
  const isPollOpen = poll?.status === 'open';
  const isThisPoll = poll?.resolutionId === resolution.id;
  // An encrypted poll closed but still waiting for its trustees is not to be opened again.
  const isDecrypting = isThisPoll && pollDecryption(poll) !== null;
  const isShowOfHands = resolution.method === 'show_of_hands';
  return (
    <Paper withBorder p="md" component="article" aria-label={resolution.title}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {resolution.title}
        </Title>
        <Text size="sm">
          {t(`votes.methods.${resolution.method}`)} · {t(`votes.majorities.${resolution.majority}`)}
        </Text>
        {resolution.sentence && !isThisPoll && <Text fw={600}>{resolution.sentence[locale]}</Text>}
        {!resolution.sentence && !isThisPoll && <Text c="dimmed">{t('votes.undecided')}</Text>}
        {!resolution.recordedAs && isShowOfHands && (
          <ShowOfHandsForm
            label={t('votes.showOfHands.formOf', { title: resolution.title })}
            onRecord={(input) => record(() => recordShowOfHands(slug, resolution.id, input))}
          />
        )}
        {resolution.recordedAs && isShowOfHands && (
          <RecordedShowOfHands resolution={resolution} slug={slug} record={record} />
        )}
        {!resolution.recordedAs && !isShowOfHands && !isPollOpen && !isDecrypting && isSessionOpen && (
          <Button
            style={{ alignSelf: 'flex-start' }}
            loading={busy}
            onClick={() => void run(() => openPoll(slug, { resolutionId: resolution.id }))}
          >
            {t('votes.openPoll')}
          </Button>
        )}
        {isThisPoll && poll && (
          <Stack gap="xs">
            <PollResult poll={poll} />
            <PollControls poll={poll} run={run} busy={busy} slug={slug} />
            {poll.status === 'closed' && (
              <Group gap="md">
                <Anchor href={pollResultPath(slug, poll.id, 'csv')}>{t('votes.exportCsv')}</Anchor>
                <Anchor href={pollResultPath(slug, poll.id, 'pdf')}>{t('votes.exportPdf')}</Anchor>
              </Group>
            )}
            <RecordLinks poll={poll} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The control page's votes: each resolution, its show of hands or its electronic poll, live. */
export function PollsSection({
  assembly,
  poll,
  isSessionOpen,
}: {
  assembly: Assembly;
  poll: PollView | null | undefined;
  isSessionOpen: boolean;
}) {
  const { t } = useTranslation();
  // Poll events (opened, closed) read the resolutions again: see useAssemblyEvents.
  const query = useResolutionsQuery(assembly.slug);
  const write = useVotesMutation(assembly.slug);
  const busy = write.isPending;
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<unknown>) => {
    setError(null);
    return write.mutateAsync(action).catch((caught: unknown) => setError(problemText(t, caught)));
  };
  return (
    <Stack component="section" aria-labelledby="control-votes-title" gap="sm">
      <Title order={2} id="control-votes-title">
        {t('votes.title')}
      </Title>
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      {!isSessionOpen && <Text size="sm">{t('votes.pollsWaitForSession')}</Text>}
      {query.isSuccess &&
        query.data.map((resolution) => (
          <ResolutionCard
            key={resolution.id}
            resolution={resolution}
            poll={poll}
            isSessionOpen={isSessionOpen}
            run={run}
            record={(action) => write.mutateAsync(action)}
            busy={busy}
            slug={assembly.slug}
          />
        ))}
      <ElectionsSection
        assembly={assembly}
        poll={poll}
        isSessionOpen={isSessionOpen}
        run={run}
        record={(action) => write.mutateAsync(action)}
        busy={busy}
      />
      <NewResolutionForm assembly={assembly} onCreated={() => setError(null)} />
    </Stack>
  );
}
