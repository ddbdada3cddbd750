import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ItemListField } from './item-list.field.tsx';

export interface WorkshopDraft {
  key: string;
  id?: string;
  topic: string;
  minutes: string;
  problems: string[];
  proposals: string[];
}

interface WorkshopEditorProps {
  number: number;
  draft: WorkshopDraft;
  topicError?: string;
  onChange: (draft: WorkshopDraft) => void;
  onRemove: () => void;
  children?: React.ReactNode;
}

/** One group: its topic and time, the problems it raised and what it proposes. */
export function WorkshopEditor({
  number,
  draft,
  topicError,
  onChange,
  onRemove,
  children,
}: WorkshopEditorProps) {
  const { t } = useTranslation();
  const titleId = `workshop-${draft.key}-title`;
  const name = t('assemblies.workshops.group', { number });
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id={titleId}>
            {draft.topic.trim() ? `${name} : ${draft.topic.trim()}` : name}
          </Title>
          <Button
            variant="outline"
            color="red.9"
            size="xs"
            aria-label={t('assemblies.workshops.removeGroup', { name })}
            onClick={onRemove}
          >
            {t('assemblies.workshops.remove')}
          </Button>
        </Group>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('assemblies.workshops.topic', { number })}
            value={draft.topic}
            required
            error={topicError}
            data-workshop-topic={draft.key}
            onChange={(event) => onChange({ ...draft, topic: event.currentTarget.value })}
            style={{ flex: '1 1 320px' }}
          />
          <TextInput
            label={t('assemblies.workshops.minutesOf', { number })}
            inputMode="numeric"
            value={draft.minutes}
            onChange={(event) => onChange({ ...draft, minutes: event.currentTarget.value })}
            w={160}
          />
        </Group>
        <ItemListField
          legend={t('assemblies.workshops.problems')}
          itemLabel={(item) => t('assemblies.workshops.problem', { group: number, number: item })}
          addLabel={t('assemblies.workshops.addProblem')}
          emptyText={t('assemblies.workshops.noProblem')}
          items={draft.problems}
          onChange={(problems) => onChange({ ...draft, problems })}
        />
        <ItemListField
          legend={t('assemblies.workshops.proposals')}
          itemLabel={(item) => t('assemblies.workshops.proposal', { group: number, number: item })}
          addLabel={t('assemblies.workshops.addProposal')}
          emptyText={t('assemblies.workshops.noProposal')}
          items={draft.proposals}
          onChange={(proposals) => onChange({ ...draft, proposals })}
        />
        {children}
      </Stack>
    </Paper>
  );
}
