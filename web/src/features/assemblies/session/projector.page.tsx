import { Box, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { useAssociation } from '../../association/association.context.tsx';
import { assemblyApiPath, type Assembly } from '../assemblies.api.ts';
import { useAssemblyQuery } from '../assemblies.queries.ts';
import { useAssemblyFormat } from '../shared/assembly-format.ts';
import { problemText } from '../../../api/problem-text.ts';
import { useAssemblyEvents } from '../shared/use-assembly-events.hook.ts';
import { PollResult } from '../../votes/poll-result.tsx';
import { quorumWord } from '../shared/status-badges.tsx';
import { SpeakerBanner } from '../../speakers/speaker-banner.tsx';

// White on black, and light tints only: every text, large or small, stays far above 7:1.
const colors = {
  background: '#000000',
  text: '#ffffff',
  muted: '#ced4da',
  reached: '#8ce99a',
  notReached: '#ffa8a8',
};
/** Sized by the screen's width and height alike, so everything fits a 16:9 projector without scrolling. */
const sizes = {
  caption: 'clamp(1rem, min(1.8vw, 3.2vh), 1.75rem)',
  association: 'clamp(1.1rem, min(2.2vw, 3.8vh), 2.25rem)',
  title: 'clamp(1.75rem, min(4.2vw, 7.5vh), 4.5rem)',
  item: 'clamp(1.5rem, min(4vw, 7vh), 4rem)',
  verdict: 'clamp(1.75rem, min(4vw, 7vh), 4.5rem)',
  count: 'clamp(1.25rem, min(2.6vw, 4.6vh), 2.5rem)',
  statement: 'clamp(1.1rem, min(2.2vw, 3.9vh), 2.5rem)',
};
const caption = { fz: sizes.caption, c: colors.muted, tt: 'uppercase' as const, fw: 600, lts: 1 };

function ProjectorView({ assembly }: { assembly: Assembly }) {
  const { t } = useTranslation();
  const association = useAssociation();
  const format = useAssemblyFormat();
  const { state, connection, poll } = useAssemblyEvents(assemblyApiPath(assembly.slug, 'events'));
  usePageTitle(`${t('assemblies.projector.title')} – ${assembly.title}`);
  const phase = state?.phase ?? 'planned';

  return (
    <Stack gap="3.5vh">
      <Stack gap={4}>
        {association && (
          <Text fz={sizes.association} fw={600} c={colors.muted}>
            {association.name}
          </Text>
        )}
        <Title order={1} fz={sizes.title} lh={1.1} c={colors.text}>
          {assembly.title}
        </Title>
        <Text fz={sizes.caption} c={colors.muted}>
          {format.day(assembly.heldOn)} · {assembly.place}
          {phase !== 'open' && ` · ${t(`assemblies.phases.${phase}`)}`}
        </Text>
      </Stack>
      <Stack gap="xs">
        <Title order={2} {...caption}>
          {t('assemblies.currentItem')}
        </Title>
        <section aria-label={t('assemblies.currentItem')} aria-live="polite">
          <Text fz={sizes.item} fw={700} lh={1.15} c={colors.text}>
            {state?.currentAgendaItemTitle ?? '—'}
          </Text>
        </section>
      </Stack>
      {poll && poll.status !== 'cancelled' && (
        <Stack gap="xs" component="section" aria-label={t('votes.pollTitle', { title: poll.title })}>
          <Title order={2} {...caption}>
            {t('votes.pollTitle', { title: poll.title })}
          </Title>
          <PollResult poll={poll} size={sizes.count} color={colors.text} />
        </Stack>
      )}
      <SpeakerBanner state={state} sizes={sizes} colors={colors} />
      {state && (
        <Stack gap="xs">
          <Title order={2} {...caption}>
            {t('assemblies.quorum.label')}
          </Title>
          <Group gap="xl" align="baseline" wrap="wrap" aria-live="polite">
            <Text
              fz={sizes.verdict}
              fw={800}
              lh={1.1}
              c={state.quorum.isReached ? colors.reached : colors.notReached}
            >
              {quorumWord(t, state.quorum)}
            </Text>
            <Text fz={sizes.count} fw={700} c={colors.text}>
              {t('assemblies.checkIn.presentCount', { count: state.presentCount })}
            </Text>
          </Group>
          {!poll && (
            <section aria-label={t('assemblies.quorum.label')} aria-live="polite">
              <Text fz={sizes.statement} c={colors.text}>
                {state.quorum.statement[format.locale]}
              </Text>
            </section>
          )}
        </Stack>
      )}
      <Text
        role="status"
        fz="md"
        c={colors.muted}
        style={{ position: 'fixed', right: '1.5vw', bottom: '1vh' }}
      >
        {connection === 'reconnecting' ? t('assemblies.projector.reconnecting') : ''}
      </Text>
    </Stack>
  );
}

/** /assemblies/:slug/projector: the room's screen, full screen, no controls, live from the server. */
export function ProjectorPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const query = useAssemblyQuery(slug);

  useEffect(() => {
    const previous = document.body.style.backgroundColor;
    document.body.style.backgroundColor = colors.background;
    return () => {
      document.body.style.backgroundColor = previous;
    };
  }, []);

  return (
    <Box component="main" mih="100vh" px="5vw" py="5vh" bg={colors.background} c={colors.text}>
      {query.isPending && <Text fz="xl">{t('app.loading')}</Text>}
      {query.isError && (
        <Stack>
          <Title order={1} c={colors.text}>
            {t('assemblies.projector.title')}
          </Title>
          <Text fz="xl">{problemText(t, query.error)}</Text>
        </Stack>
      )}
      {query.isSuccess && <ProjectorView assembly={query.data} />}
    </Box>
  );
}
