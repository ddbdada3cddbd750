import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssemblyStateEvent } from '../../../../common/events.ts';
import { formatClock, remainingSeconds, useServerNow } from './speaker-clock.ts';
import { useSpeakerListQuery } from './speakers.queries.ts';

/**
 * The projector's line on the speaker list: who has the floor and the time left (counted from the
 * server's instant, so it agrees with the phones and the control room), then who comes next.
 */
export function SpeakerBanner({
  state,
  sizes,
  colors,
}: {
  state: AssemblyStateEvent | null;
  sizes: { caption: string; count: string; statement: string };
  colors: { text: string; muted: string; notReached: string };
}) {
  const itemId = state?.phase === 'open' ? state.currentAgendaItemId : null;
  return itemId && state ? <Banner slug={state.slug} itemId={itemId} sizes={sizes} colors={colors} /> : null;
}

function Banner({
  slug,
  itemId,
  sizes,
  colors,
}: {
  slug: string;
  itemId: string;
  sizes: { caption: string; count: string; statement: string };
  colors: { text: string; muted: string; notReached: string };
}) {
  const { t } = useTranslation();
  const list = useSpeakerListQuery(slug, itemId).data;
  const speaking = list?.speakers.find((speaker) => speaker.status === 'speaking');
  const now = useServerNow(list?.clockOffsetMs ?? 0, Boolean(speaking));
  const waiting = list?.speakers.filter((speaker) => speaker.status === 'waiting') ?? [];
  if (!speaking && waiting.length === 0) return null;
  const left = speaking ? remainingSeconds(speaking, now) : null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="projector-speakers-title">
      <Title
        order={2}
        id="projector-speakers-title"
        fz={sizes.caption}
        c={colors.muted}
        tt="uppercase"
        fw={600}
        lts={1}
      >
        {t('speakers.common.title')}
      </Title>
      {speaking && (
        <Text fz={sizes.count} fw={700} c={colors.text}>
          {t('speakers.projector.speaking', { name: speaking.name })}
          {left !== null && (
            <Text span fz={sizes.count} fw={800} c={left >= 0 ? colors.text : colors.notReached} ml="1em">
              {left >= 0
                ? t('speakers.common.remaining', { time: formatClock(left) })
                : t('speakers.common.over', { time: formatClock(left) })}
            </Text>
          )}
        </Text>
      )}
      {waiting.length > 0 && (
        <Text fz={sizes.statement} c={colors.text}>
          {t('speakers.projector.next', { names: waiting.map((speaker) => speaker.name).join(', ') })}
        </Text>
      )}
    </Stack>
  );
}
