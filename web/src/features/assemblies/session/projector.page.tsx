import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { useAssociation } from '../../association/association.context.tsx';
import { assemblyApiPath, type Assembly } from '../assemblies.api.ts';
import type { PollView } from '../../votes/votes.api.ts';
import { useAssemblyQuery } from '../assemblies.queries.ts';
import { useAssemblyFormat } from '../shared/assembly-format.ts';
import { problemText } from '../../../api/problem-text.ts';
import { useAssemblyEvents } from '../shared/use-assembly-events.hook.ts';
import { PollResult } from '../../votes/poll-result.tsx';
import { ResultChart } from '../../votes/result-chart.tsx';
import { fetchJoinLink } from '../convocations.api.ts';
import { quorumWord } from '../shared/status-badges.tsx';
import { SpeakerBanner } from '../../speakers/speaker-banner.tsx';

// White on black, and light tints only: every text, large or small, stays far above 7:1.
const colors = {
  background: '#000000',
  text: '#ffffff',
  muted: '#ced4da',
  reached: '#8ce99a',
  notReached: '#ffa8a8',
  track: '#343a40',
  other: '#adb5bd',
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
  question: 'clamp(1.2rem, min(2.5vw, 4.4vh), 2.75rem)',
  progress: 'clamp(2rem, min(5vw, 9vh), 6rem)',
  chart: 'clamp(1.1rem, min(2.3vw, 4vh), 2.5rem)',
  link: 'clamp(1.1rem, min(2vw, 3.6vh), 2.25rem)',
  qr: 'min(24vw, 46vh)',
};
const caption = { fz: sizes.caption, c: colors.muted, tt: 'uppercase' as const, fw: 600, lts: 1 };

/** The way in for the room's phones: a QR code and the short link to type, to the page of personal links. */
function JoinPanel() {
  const { t } = useTranslation();
  const join = useQuery({ queryKey: ['convocations', 'join'], queryFn: fetchJoinLink, staleTime: Infinity });
  if (!join.data) return null;
  return (
    <Stack component="section" aria-labelledby="projector-join-title" gap="sm" align="center" maw={sizes.qr}>
      <Title order={2} id="projector-join-title" fz={sizes.caption} c={colors.text} ta="center" fw={700}>
        {t('assemblies.projector.joinTitle')}
      </Title>
      {/* The code on white, with its quiet zone: phones read it from the back of the room. */}
      <img
        src={join.data.qrCode}
        alt={t('assemblies.projector.qrAlt', { link: join.data.shortLink })}
        style={{ width: sizes.qr, height: sizes.qr, background: '#ffffff', display: 'block' }}
      />
      <Text fz={sizes.link} fw={800} c={colors.text} ta="center" style={{ overflowWrap: 'anywhere' }}>
        {join.data.shortLink}
      </Text>
      <Text fz={sizes.caption} c={colors.muted} ta="center">
        {t('assemblies.projector.joinHint')}
      </Text>
    </Stack>
  );
}

/** The poll on the wall: what is voted, "x sur y ont voté" while open, the bars and the outcome once closed. */
function PollPanel({ poll }: { poll: PollView }) {
  const { t } = useTranslation();
  const format = useAssemblyFormat();
  const text = poll.text?.[format.locale];
  const title = t('votes.pollTitle', { title: poll.title });
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={2} {...caption}>
        {title}
      </Title>
      {/* Once closed, the outcome sentence says the text again: the wall shows it once. */}
      {text && poll.status !== 'closed' && (
        <Text fz={sizes.question} c={colors.text} lh={1.3} lineClamp={poll.status === 'open' ? 6 : 3}>
          {text}
        </Text>
      )}
      {poll.status === 'open' ? (
        <Text fz={sizes.progress} fw={800} c={colors.text} aria-live="polite">
          {t('votes.progress', { voted: poll.votedCount, eligible: poll.eligibleCount })}
        </Text>
      ) : (
        <Stack gap="xs">
          <ResultChart
            poll={poll}
            size={sizes.chart}
            colors={{
              text: colors.text,
              track: colors.track,
              for: colors.reached,
              against: colors.notReached,
              other: colors.other,
            }}
          />
          <PollResult
            poll={poll}
            size={sizes.count}
            color={colors.text}
            isCountShown={poll.status !== 'closed'}
          />
        </Stack>
      )}
    </Stack>
  );
}

/** Kiosk: the page asks the browser for the whole screen; the button is gone once it has it. */
function FullScreenButton() {
  const { t } = useTranslation();
  const [isFullScreen, setFullScreen] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const update = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  if (isFullScreen || !document.fullscreenEnabled) return null;
  return (
    <Button
      variant="outline"
      color="gray.3"
      size="md"
      onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}
    >
      {t('assemblies.projector.fullScreen')}
    </Button>
  );
}

/** While a poll is shown: the association and the assembly on one line, the current item on another. */
function CompactHeader({
  associationName,
  title,
  itemTitle,
}: {
  associationName: string | null;
  title: string;
  itemTitle: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={1} fz={sizes.association} lh={1.2} c={colors.text}>
        {associationName && (
          <Text span inherit c={colors.muted}>
            {associationName} ·{' '}
          </Text>
        )}
        {title}
      </Title>
      <section aria-label={t('assemblies.currentItem')} aria-live="polite">
        <Text fz={sizes.count} fw={700} lh={1.2} c={colors.text}>
          <Text span inherit {...caption} fz={sizes.caption}>
            {t('assemblies.currentItem')} :
          </Text>{' '}
          {itemTitle}
        </Text>
      </section>
    </Stack>
  );
}

function ProjectorView({ assembly }: { assembly: Assembly }) {
  const { t } = useTranslation();
  const association = useAssociation();
  const format = useAssemblyFormat();
  const { state, connection, poll } = useAssemblyEvents(assemblyApiPath(assembly.slug, 'events'));
  usePageTitle(`${t('assemblies.projector.title')} – ${assembly.title}`);
  const phase = state?.phase ?? 'planned';

  const shownPoll = poll && poll.status !== 'cancelled' ? poll : null;

  // Two columns on the wall: what the room follows, and the way to join on a phone. While a poll is
  // shown, the poll takes the room's eye: the title, the item and the quorum step back to one line
  // each. Another live section (the speaker list) takes its place after the poll.
  return (
    <Box
      style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: '4vw', alignItems: 'start' }}
    >
      <Stack gap={shownPoll ? '2vh' : '3.5vh'}>
        {shownPoll ? (
          <CompactHeader
            associationName={association?.name ?? null}
            title={assembly.title}
            itemTitle={state?.currentAgendaItemTitle ?? '—'}
          />
        ) : (
          <>
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
          </>
        )}
        {shownPoll && <PollPanel poll={shownPoll} />}
        <SpeakerBanner state={state} sizes={sizes} colors={colors} />
        {state && shownPoll && (
          <Text fz={sizes.caption} c={colors.text} aria-live="polite">
            <Text span inherit fw={800} c={state.quorum.isReached ? colors.reached : colors.notReached}>
              {quorumWord(t, state.quorum)}
            </Text>
            {' · '}
            {t('assemblies.checkIn.presentCount', { count: state.presentCount })}
          </Text>
        )}
        {state && !shownPoll && (
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
            <section aria-label={t('assemblies.quorum.label')} aria-live="polite">
              <Text fz={sizes.statement} c={colors.text}>
                {state.quorum.statement[format.locale]}
              </Text>
            </section>
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
      <Stack gap="4vh" align="center">
        <JoinPanel />
        <FullScreenButton />
      </Stack>
    </Box>
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
