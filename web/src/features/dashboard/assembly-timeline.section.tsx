import { Alert, Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssemblyStepKey, AssemblyTimeline, StepState } from '../../../../common/dashboard.schemas.ts';
import { formatDay } from '../../../../common/format.ts';
import { assemblyPath } from '../assemblies/assemblies.api.ts';
import { localeOf } from '../assemblies/shared/assembly-format.ts';
import { statusColors } from '../assemblies/shared/status-badges.tsx';
import type { DashboardView } from './dashboard.api.ts';

type FollowedAssembly = NonNullable<DashboardView['assembly']>;

const stateColors: Record<StepState, string> = {
  done: statusColors.success,
  now: statusColors.info,
  late: statusColors.danger,
  later: statusColors.neutral,
  passed: statusColors.neutral,
};

/** Where each step is done. */
const stepPages: Record<AssemblyStepKey, string> = {
  convocations: 'convocations',
  replies: 'convocations',
  quorum: 'attendance',
  check_in: 'check-in',
  minutes_approve: 'minutes',
  minutes_sign: 'minutes',
};

function useDay() {
  const { i18n } = useTranslation();
  return (day: string) => formatDay(day, localeOf(i18n.language));
}

/** What a step's line says below its title: the figures it rests on. */
function StepDetail({ stepKey, timeline }: { stepKey: AssemblyStepKey; timeline: AssemblyTimeline }) {
  const { t } = useTranslation();
  const { convocations, replies, projectedQuorum: quorum } = timeline;
  switch (stepKey) {
    case 'convocations':
      return (
        <Text size="sm">
          {t('dashboard.timeline.convocations.detail', {
            sent: convocations.sent,
            letters: convocations.letters,
            failed: convocations.failed,
            notConvened: convocations.notConvened,
            count: timeline.votingMembers,
          })}
        </Text>
      );
    case 'replies':
      return (
        <Text size="sm">
          {t('dashboard.timeline.replies.detail', { ...replies, proxies: timeline.proxiesRecorded })}
        </Text>
      );
    case 'quorum':
      if (timeline.votingMembers === 0)
        return (
          <Text size="sm" data-quorum="no-voting-members">
            {t('assemblies.quorum.noVotingMembersHint')}
          </Text>
        );
      return (
        <Stack gap={2}>
          <Text size="sm">
            {quorum.isRequired
              ? t(
                  quorum.isReached
                    ? 'dashboard.timeline.quorum.reached'
                    : 'dashboard.timeline.quorum.notReached',
                  { count: quorum.projected, required: quorum.required, voting: timeline.votingMembers },
                )
              : t('dashboard.timeline.quorum.notRequired', { count: quorum.projected })}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`dashboard.timeline.quorum.basis.${quorum.basis}`)}
          </Text>
        </Stack>
      );
    case 'check_in':
      return (
        <Text size="sm">{t('dashboard.timeline.check_in.detail', { count: timeline.presentCount })}</Text>
      );
    default:
      return timeline.minutesState ? (
        <Text size="sm">{t(`dashboard.timeline.minutesStates.${timeline.minutesState}`)}</Text>
      ) : null;
  }
}

/** The steps from the convocation to the signed minutes, each with its state, its day and its page. */
function TimelineSteps({ assembly, timeline }: { assembly: FollowedAssembly; timeline: AssemblyTimeline }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <List component="ol" spacing="sm" listStyleType="none" p={0}>
      {timeline.steps.map((step) => (
        <List.Item key={step.key} data-step={step.key} data-state={step.state}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Badge
              color={stateColors[step.state]}
              variant={step.state === 'later' || step.state === 'passed' ? 'outline' : 'filled'}
              miw={100}
              tt="none"
            >
              {t(`dashboard.timeline.states.${step.state}`)}
            </Badge>
            <Stack gap={2}>
              <Anchor component={Link} to={assemblyPath(assembly.slug, stepPages[step.key])} fw={500}>
                {step.key === 'convocations' && step.dueOn
                  ? t('dashboard.timeline.convocations.title', {
                      date: day(step.dueOn),
                      count: timeline.noticeDays,
                    })
                  : t(`dashboard.timeline.${step.key}.title`)}
              </Anchor>
              <StepDetail stepKey={step.key} timeline={timeline} />
            </Stack>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** The followed assembly: its day and place for everyone, its timeline for those who run it. */
export function AssemblyTimelineSection({
  view,
  canRunAssemblies,
}: {
  view: DashboardView;
  canRunAssemblies: boolean;
}) {
  const { t } = useTranslation();
  const day = useDay();
  const { assembly } = view;
  if (!assembly) {
    if (!canRunAssemblies) return null;
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="assembly-title" maw={720}>
        <Stack gap="xs">
          <Title order={2} size="h3" id="assembly-title">
            {t('dashboard.timeline.none.title')}
          </Title>
          <Anchor component={Link} to="/assemblies">
            {t('dashboard.timeline.none.link')}
          </Anchor>
        </Stack>
      </Paper>
    );
  }
  const daysLeft = assembly.timeline?.daysLeft;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="assembly-title"
      maw={720}
      data-dashboard="assembly"
    >
      <Stack gap="sm">
        <Text size="sm" fw={500} c="dimmed">
          {t(`dashboard.timeline.heading.${assembly.phase}`)}
        </Text>
        <Title order={2} size="h3" id="assembly-title">
          <Anchor component={Link} to={assemblyPath(assembly.slug)} inherit>
            {assembly.title}
          </Anchor>
        </Title>
        <Text>
          {t('dashboard.timeline.when', { date: day(assembly.heldOn), place: assembly.place })}
          {daysLeft !== undefined &&
            daysLeft > 0 &&
            ` — ${t('dashboard.timeline.daysLeft', { count: daysLeft })}`}
          {daysLeft === 0 && ` — ${t('dashboard.timeline.today')}`}
        </Text>
        {canRunAssemblies && !assembly.hasStatutes && (
          <Alert color="orange" variant="light">
            <Text>{t('dashboard.timeline.noStatutes', { date: day(assembly.heldOn) })}</Text>
            <Anchor component={Link} to="/settings/statutes">
              {t('dashboard.timeline.noStatutesLink')}
            </Anchor>
          </Alert>
        )}
        {assembly.timeline && <TimelineSteps assembly={assembly} timeline={assembly.timeline} />}
      </Stack>
    </Paper>
  );
}
