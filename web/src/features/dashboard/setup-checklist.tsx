import { Anchor, Badge, Button, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SetupStepKey } from '../../../../common/association.schemas.ts';
import { statusColors } from '../assemblies/shared/status-badges.tsx';
import { useSetupChecklistQuery } from '../association/association.queries.ts';

const stepPages: Record<SetupStepKey, string> = {
  identity: '/settings/association',
  statutes: '/settings/statutes',
  fees: '/settings/categories',
  board: '/board',
  members: '/members/import',
  assembly: '/assemblies',
};

/**
 * The first-run checklist of an administrator: each step of setting the association up, done or
 * not from the data, linking to its page. Once every step is done it folds into one line.
 */
export function SetupChecklist() {
  const { t } = useTranslation();
  const query = useSetupChecklistQuery(true);
  const [isOpen, setIsOpen] = useState(false);
  if (!query.isSuccess) return null;
  const { steps, isComplete } = query.data;
  const doneCount = steps.filter((step) => step.isDone).length;

  if (isComplete && !isOpen)
    return (
      <Group gap="sm" data-setup="complete">
        <Text>{t('dashboard.setup.complete')}</Text>
        <Button size="compact-sm" variant="subtle" onClick={() => setIsOpen(true)}>
          {t('dashboard.setup.show')}
        </Button>
      </Group>
    );

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="setup-title"
      maw={720}
      data-setup="checklist"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="setup-title">
          {t('dashboard.setup.title')}
        </Title>
        <Text>{t('dashboard.setup.progress', { done: doneCount, total: steps.length })}</Text>
        <Progress value={(doneCount / steps.length) * 100} aria-hidden />
        <List spacing="xs" listStyleType="none" p={0}>
          {steps.map((step) => (
            <List.Item key={step.key} data-setup-step={step.key} data-done={step.isDone}>
              <Group gap="sm" wrap="nowrap">
                <Badge
                  color={step.isDone ? statusColors.success : statusColors.neutral}
                  variant={step.isDone ? 'filled' : 'outline'}
                  miw={90}
                >
                  {step.isDone ? t('dashboard.setup.done') : t('dashboard.setup.todo')}
                </Badge>
                <Anchor component={Link} to={stepPages[step.key]}>
                  {t(`dashboard.setup.steps.${step.key}`)}
                </Anchor>
              </Group>
            </List.Item>
          ))}
        </List>
        {isComplete && (
          <Group>
            <Button size="compact-sm" variant="subtle" onClick={() => setIsOpen(false)}>
              {t('dashboard.setup.hide')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
