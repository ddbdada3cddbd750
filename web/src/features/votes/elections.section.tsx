import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assembly } from '../assemblies/assemblies.api.ts';
import { PollResult } from './poll-result.tsx';
import { openPoll, proclaimElected, type PollView } from './votes.api.ts';
import { useElectionsQuery } from './votes.queries.ts';

/**
 * The control page's board elections: open the poll, follow it, and once closed proclaim the
 * elected (those the count elected; the chair settles a tie through the API's proclaim list).
 */
export function ElectionsSection({
  assembly,
  poll,
  isSessionOpen,
  run,
  busy,
}: {
  assembly: Assembly;
  poll: PollView | null | undefined;
  isSessionOpen: boolean;
  run: (write: () => Promise<unknown>) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const query = useElectionsQuery(assembly.slug);
  if (!query.isSuccess || query.data.length === 0) return null;
  const isPollOpen = poll?.status === 'open';
  return (
    <Stack gap="sm" component="section" aria-labelledby="control-elections-title">
      <Title order={3} id="control-elections-title" size="h4">
        {t('votes.elections')}
      </Title>
      {query.data.map((election) => {
        const current = poll?.electionId === election.id ? poll : election.poll;
        const result = current?.result;
        const elected =
          result?.kind === 'election'
            ? result.candidates
                .filter((candidate) => candidate.isElected)
                .map((candidate) => current!.options.find((option) => option.id === candidate.optionId)!.code)
            : [];
        return (
          <Paper key={election.id} withBorder p="md" component="article" aria-label={election.title}>
            <Stack gap="xs">
              <Text fw={700}>{election.title}</Text>
              <Text size="sm">
                {t('votes.seats', { count: election.seats })} ·{' '}
                {election.candidates.map((candidate) => candidate.label).join(', ')}
              </Text>
              {current && <PollResult poll={current} />}
              {!current && !isPollOpen && (
                <Button
                  style={{ alignSelf: 'flex-start' }}
                  disabled={!isSessionOpen}
                  loading={busy}
                  onClick={() => run(() => openPoll(assembly.slug, { electionId: election.id }))}
                >
                  {t('votes.openPoll')}
                </Button>
              )}
              {current?.status === 'closed' && elected.length > 0 && (
                <Button
                  variant="default"
                  style={{ alignSelf: 'flex-start' }}
                  loading={busy}
                  onClick={() => run(() => proclaimElected(assembly.slug, election.id, elected))}
                >
                  {t('votes.proclaim')}
                </Button>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
