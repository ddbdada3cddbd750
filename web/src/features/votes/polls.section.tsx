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
import { ShowOfHandsForm } from './show-of-hands.form.tsx';
import {
  cancelPoll,
  closePoll,
  openPoll,
  pollResultPath,
  recordShowOfHands,
  type PollView,
  type Resolution,
} from './votes.api.ts';

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
  run: (write: () => Promise<unknown>) => void;
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
        {!resolution.recordedAs && resolution.method === 'show_of_hands' && (
          <ShowOfHandsForm
            label={t('votes.showOfHands.formOf', { title: resolution.title })}
            onRecord={(input) => record(() => recordShowOfHands(slug, resolution.id, input))}
          />
        )}
        {!resolution.recordedAs && resolution.method !== 'show_of_hands' && !isPollOpen && !isDecrypting && (
          <Button
            style={{ alignSelf: 'flex-start' }}
            disabled={!isSessionOpen}
            loading={busy}
            onClick={() => run(() => openPoll(slug, { resolutionId: resolution.id }))}
          >
            {t('votes.openPoll')}
          </Button>
        )}
        {isThisPoll && poll && (
          <Stack gap="xs">
            <PollResult poll={poll} />
            {poll.status === 'open' && (
              <Group gap="xs">
                <Button color="red.9" loading={busy} onClick={() => run(() => closePoll(slug, poll.id))}>
                  {t('votes.closePoll')}
                </Button>
                <Button variant="default" loading={busy} onClick={() => run(() => cancelPoll(slug, poll.id))}>
                  {t('votes.cancelPoll')}
                </Button>
              </Group>
            )}
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
    write.mutateAsync(action).catch((caught: unknown) => setError(problemText(t, caught)));
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
