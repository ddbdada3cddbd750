import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssembly } from '../assembly-layout.tsx';
import { problemText } from '../../../api/problem-text.ts';
import { saveWorkshops, type Workshop } from '../workshops.api.ts';
import { assemblyKeys, useAnswerMutation } from '../assemblies.queries.ts';
import { WorkshopEditor, type WorkshopDraft } from './workshop.editor.tsx';
import { WorkshopMembers } from './workshop-members.tsx';

interface WorkshopsEditorProps {
  workshops: Workshop[];
  busyAttendanceId: string | null;
  onMove: (attendanceId: string, workshopId: string | null) => void;
  onSaved: (workshops: Workshop[]) => void;
  /** Rendered below the groups, told whether some edits are not saved yet. */
  footer?: (isDirty: boolean) => React.ReactNode;
}

function toDraft(workshop: Workshop): WorkshopDraft {
  return {
    key: workshop.id,
    id: workshop.id,
    topic: workshop.topic,
    minutes: workshop.minutes === null ? '' : String(workshop.minutes),
    problems: [...workshop.problems],
    proposals: [...workshop.proposals],
  };
}

let newKey = 0;

/** The groups as editable drafts, saved together; members move at once, apart from the drafts. */
export function WorkshopsEditor({
  workshops,
  busyAttendanceId,
  onMove,
  onSaved,
  footer,
}: WorkshopsEditorProps) {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  const answer = useAnswerMutation<Workshop[]>(assemblyKeys.workshops(assembly.slug));
  const [drafts, setDrafts] = useState(() => workshops.map(toDraft));
  const [missingTopics, setMissingTopics] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const isDirty = JSON.stringify(drafts) !== JSON.stringify(workshops.map(toDraft));

  function add() {
    newKey += 1;
    const key = `new-${newKey}`;
    setDrafts((previous) => [...previous, { key, topic: '', minutes: '', problems: [], proposals: [] }]);
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-workshop-topic="${key}"]`)?.focus(),
    );
  }

  async function save() {
    setError(null);
    const missing = new Set(drafts.filter((draft) => !draft.topic.trim()).map((draft) => draft.key));
    const badMinutes = drafts.some(
      (draft) => draft.minutes.trim() !== '' && !/^\d{1,4}$/.test(draft.minutes.trim()),
    );
    setMissingTopics(missing);
    if (missing.size > 0 || badMinutes) {
      if (badMinutes) setError(t('assemblies.workshops.minutesInvalid'));
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setIsSaving(true);
    try {
      const saved = await answer.mutateAsync(() =>
        saveWorkshops(
          assembly.slug,
          drafts.map((draft) => ({
            ...(draft.id ? { id: draft.id } : {}),
            topic: draft.topic.trim(),
            minutes: draft.minutes.trim() === '' ? null : Number(draft.minutes.trim()),
            problems: draft.problems.map((item) => item.trim()).filter(Boolean),
            proposals: draft.proposals.map((item) => item.trim()).filter(Boolean),
          })),
        ),
      );
      onSaved(saved);
    } catch (caught) {
      setError(problemText(t, caught));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Stack gap="lg">
      {drafts.length === 0 && <Text>{t('assemblies.workshops.empty')}</Text>}
      {drafts.map((draft, index) => {
        const saved = workshops.find((workshop) => workshop.id === draft.id);
        return (
          <WorkshopEditor
            key={draft.key}
            number={index + 1}
            draft={draft}
            topicError={missingTopics.has(draft.key) ? t('errors.fields.required') : undefined}
            onChange={(next) =>
              setDrafts((previous) => previous.map((entry) => (entry.key === next.key ? next : entry)))
            }
            onRemove={() => setDrafts((previous) => previous.filter((entry) => entry.key !== draft.key))}
          >
            {saved && (
              <WorkshopMembers
                workshop={saved}
                number={index + 1}
                workshops={workshops}
                canMove
                busyAttendanceId={busyAttendanceId}
                onMove={onMove}
              />
            )}
          </WorkshopEditor>
        );
      })}
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      <Group gap="sm">
        <Button variant="light" onClick={add}>
          {t('assemblies.workshops.add')}
        </Button>
        <Button loading={isSaving} onClick={() => void save()}>
          {t('assemblies.workshops.save')}
        </Button>
      </Group>
      {footer?.(isDirty)}
    </Stack>
  );
}
