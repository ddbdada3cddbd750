import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PollView } from './votes.api.ts';

export interface ChartColors {
  text: string;
  track: string;
  for: string;
  against: string;
  other: string;
}

interface Bar {
  key: string;
  label: string;
  value: number;
  color: string;
  /** The share of the votes shown beside the count (a resolution's), or none (an election's). */
  percent: number | null;
  isStrong: boolean;
}

function barsOf(poll: PollView, colors: ChartColors, label: (code: string) => string): Bar[] {
  const result = poll.result;
  if (result?.kind === 'resolution') {
    const { counts } = result;
    const codes = ['for', 'against', 'abstain', 'blank'] as const;
    // Blank votes have a bar where they were offered, or where a count recorded some.
    const shown = codes.filter(
      (code) =>
        code !== 'blank' || counts.blank > 0 || poll.options.some((option) => option.code === 'blank'),
    );
    const total = shown.reduce((sum, code) => sum + counts[code], 0);
    return shown.map((code) => ({
      key: code,
      label: label(code),
      value: counts[code],
      color: code === 'for' ? colors.for : code === 'against' ? colors.against : colors.other,
      percent: total > 0 ? Math.round((100 * counts[code]) / total) : 0,
      isStrong: code === 'for' || code === 'against',
    }));
  }
  if (result?.kind === 'election') {
    return result.candidates.map((candidate) => ({
      key: candidate.optionId,
      label: candidate.label,
      value: candidate.votes,
      color: candidate.isElected ? colors.for : colors.other,
      percent: null,
      isStrong: candidate.isElected,
    }));
  }
  return [];
}

/**
 * A closed poll's votes as horizontal bars, each with its label and its number written out (the
 * colour never says anything alone): for, against, abstention and blank, or the candidates in rank.
 */
export function ResultChart({ poll, colors, size }: { poll: PollView; colors: ChartColors; size: string }) {
  const { t } = useTranslation();
  const bars = barsOf(poll, colors, (code) => t(`votes.choices.${code as 'for'}`));
  if (bars.length === 0) return null;
  const scale = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <Box
      component="ul"
      aria-label={t('assemblies.projector.chart')}
      m={0}
      p={0}
      style={{
        listStyle: 'none',
        display: 'grid',
        gridTemplateColumns: 'max-content 1fr max-content',
        gap: '0.3em 1em',
        alignItems: 'center',
      }}
      fz={size}
    >
      {bars.map((bar) => (
        <Box
          component="li"
          key={bar.key}
          style={{
            display: 'grid',
            gridColumn: '1 / -1',
            gridTemplateColumns: 'subgrid',
            alignItems: 'center',
          }}
        >
          <Text span fz={size} fw={bar.isStrong ? 800 : 600} c={colors.text}>
            {bar.label}
          </Text>
          <Box aria-hidden h="0.9em" bg={colors.track} style={{ borderRadius: 4, overflow: 'hidden' }}>
            <Box
              h="100%"
              bg={bar.color}
              style={{ width: `${(100 * bar.value) / scale}%`, borderRadius: 4 }}
            />
          </Box>
          <Text
            span
            fz={size}
            fw={700}
            c={colors.text}
            ta="right"
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {t('votes.votes', { count: bar.value })}
            {bar.percent !== null && ` · ${t('assemblies.projector.share', { percent: bar.percent })}`}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
