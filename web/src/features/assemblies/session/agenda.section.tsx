import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../api/problem-text.ts';
import { assemblyPath, setCurrentAgendaItem, type Assembly } from '../assemblies.api.ts';
import { useAssemblyAnswer } from '../assembly-layout.tsx';

/** The agenda item the room is on (the projector shows it), and the next one in one step. */
export function AgendaSection({
  assembly,
  currentItemId,
}: {
  assembly: Assembly;
  currentItemId: string | null;
}) {
  const { t } = useTranslation();
  const answer = useAssemblyAnswer(assembly.slug);
  const [error, setError] = useState<string | null>(null);
  const currentIndex = assembly.agenda.findIndex((item) => item.id === currentItemId);
  const nextItem = assembly.agenda[currentIndex + 1];

  const chooseItem = (agendaItemId: string | null) => {
    setError(null);
    answer
      .mutateAsync(() => setCurrentAgendaItem(assembly.slug, agendaItemId))
      .catch((caught: unknown) => setError(problemText(t, caught)));
  };

  const itemOptions = [
    { value: '', label: t('assemblies.control.noCurrentItem') },
    ...assembly.agenda.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` })),
  ];
  return (
    <Stack component="section" aria-labelledby="control-item-title" gap="sm">
      <Title order={2} id="control-item-title">
        {t('assemblies.control.itemTitle')}
      </Title>
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('assemblies.currentItem')}
          data={itemOptions}
          value={currentItemId ?? ''}
          onChange={(event) => chooseItem(event.currentTarget.value || null)}
          miw={320}
          maw={640}
          style={{ flex: 1 }}
        />
        {/* At the last item there is no "next": the button goes rather than sit disabled. */}
        {nextItem && (
          <Button variant="default" loading={answer.isPending} onClick={() => chooseItem(nextItem.id)}>
            {t('assemblies.control.nextItem')}
          </Button>
        )}
      </Group>
      <Anchor href={assemblyPath(assembly.slug, 'projector')} target="_blank" rel="noopener">
        {t('assemblies.control.openProjector')}
      </Anchor>
      <Anchor href={assemblyPath(assembly.slug, 'minutes/live')} target="_blank" rel="noopener">
        {t('minutes.live.openFromControl')}
      </Anchor>
    </Stack>
  );
}
