import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { useAssembly } from '../assembly-layout.tsx';
import { problemText } from '../../../api/problem-text.ts';
import { statusColors } from '../shared/status-badges.tsx';
import { useIsStaff } from '../shared/require-staff.tsx';
import { moveWorkshopMember, splitWorkshops, type Workshop } from '../workshops.api.ts';
import { assemblyKeys, useAnswerMutation, useWorkshopsQuery } from '../assemblies.queries.ts';
import { WorkshopsEditor } from './workshops.editor.tsx';
import { WorkshopSummary } from './workshop.summary.tsx';

interface SplitFormProps {
  /** Why the split must wait (no workshop yet, unsaved changes), or null. */
  blockedReason: string | null;
  onSplit: (minSize: number, maxSize: number) => Promise<void>;
}

function SplitForm({ blockedReason, onSplit }: SplitFormProps) {
  const { t } = useTranslation();
  const [minSize, setMinSize] = useState('6');
  const [maxSize, setMaxSize] = useState('7');
  const [isSplitting, setIsSplitting] = useState(false);
  const min = Number(minSize);
  const max = Number(maxSize);
  const isValid = Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min;

  async function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isValid || blockedReason) return;
    setIsSplitting(true);
    await onSplit(min, max);
    setIsSplitting(false);
  }

  return (
    <form noValidate aria-labelledby="split-title" onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="xs">
        <Title order={2} id="split-title">
          {t('assemblies.workshops.splitTitle')}
        </Title>
        <Text size="sm">{t('assemblies.workshops.splitIntro')}</Text>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('assemblies.workshops.minSize')}
            inputMode="numeric"
            value={minSize}
            onChange={(event) => setMinSize(event.currentTarget.value)}
            error={isValid ? undefined : t('assemblies.workshops.sizesInvalid')}
            w={180}
          />
          <TextInput
            label={t('assemblies.workshops.maxSize')}
            inputMode="numeric"
            value={maxSize}
            onChange={(event) => setMaxSize(event.currentTarget.value)}
            w={180}
          />
          <Button type="submit" mt={25} loading={isSplitting} disabled={!isValid || blockedReason !== null}>
            {t('assemblies.workshops.split')}
          </Button>
        </Group>
        {blockedReason && <Text fw={500}>{blockedReason}</Text>}
      </Stack>
    </form>
  );
}

/** /assemblies/:slug/workshops: the breakout groups, their topic, problems, proposals and members. */
export function WorkshopsPage() {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const { assembly } = useAssembly();
  const isStaff = useIsStaff();
  usePageTitle(`${t('assemblies.workshops.title')} – ${assembly.title}`);
  const query = useWorkshopsQuery(assembly.slug);
  const answer = useAnswerMutation<Workshop[]>(assemblyKeys.workshops(assembly.slug));
  const [error, setError] = useState<string | null>(null);
  const [splitWarning, setSplitWarning] = useState<string | null>(null);
  const [busyAttendanceId, setBusyAttendanceId] = useState<string | null>(null);
  /** A new split replaces the groups: the editor starts again from them. */
  const [generation, setGeneration] = useState(0);

  async function handleSplit(minSize: number, maxSize: number) {
    setError(null);
    setSplitWarning(null);
    try {
      let warning: string | null = null;
      await answer.mutateAsync(async () => {
        const split = await splitWorkshops(assembly.slug, minSize, maxSize);
        warning = split.warning;
        return split.workshops;
      });
      setSplitWarning(warning);
      setGeneration((value) => value + 1);
      notify({ messageKey: 'assemblies.workshops.splitDone' });
    } catch (caught) {
      setError(problemText(t, caught));
    }
  }

  async function handleMove(attendanceId: string, workshopId: string | null) {
    setError(null);
    setBusyAttendanceId(attendanceId);
    try {
      await answer.mutateAsync(() => moveWorkshopMember(assembly.slug, attendanceId, workshopId));
    } catch (caught) {
      setError(problemText(t, caught));
    } finally {
      setBusyAttendanceId(null);
    }
  }

  function handleSaved() {
    setGeneration((value) => value + 1);
    notify({ messageKey: 'assemblies.workshops.saved' });
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t('assemblies.workshops.title')}</Title>
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      {splitWarning && (
        <Alert color={statusColors.warning} variant="light" role="alert">
          <Text fw={500}>{splitWarning}</Text>
        </Alert>
      )}
      {query.isPending && <LoadingState />}
      {query.isError && <Alert color="red">{problemText(t, query.error)}</Alert>}
      {query.isSuccess &&
        (isStaff ? (
          <WorkshopsEditor
            key={generation}
            workshops={query.data}
            busyAttendanceId={busyAttendanceId}
            onMove={(attendanceId, workshopId) => void handleMove(attendanceId, workshopId)}
            onSaved={handleSaved}
            footer={(isDirty) => (
              <SplitForm
                onSplit={handleSplit}
                blockedReason={
                  query.data.length === 0
                    ? t('assemblies.workshops.splitNeedsWorkshops')
                    : isDirty
                      ? t('assemblies.workshops.splitNeedsSave')
                      : null
                }
              />
            )}
          />
        ) : query.data.length === 0 ? (
          <Text>{t('assemblies.workshops.empty')}</Text>
        ) : (
          query.data.map((workshop, index) => (
            <WorkshopSummary
              key={workshop.id}
              workshop={workshop}
              number={index + 1}
              workshops={query.data}
            />
          ))
        ))}
    </Stack>
  );
}
