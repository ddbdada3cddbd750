import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { useAssembly } from '../assembly-layout.tsx';
import { problemText } from '../../../api/problem-text.ts';
import { useIsStaff } from '../shared/require-staff.tsx';
import { saveQuestions, type Question } from '../workshops.api.ts';
import { assemblyKeys, useAnswerMutation, useQuestionsQuery } from '../assemblies.queries.ts';

interface QuestionDraft {
  key: string;
  /** The register's person who asked, kept while the name shown is left as it is. */
  askedByPersonId: string | null;
  registeredName: string | null;
  askedBy: string;
  question: string;
  answer: string;
  /** '' for a question of its own. */
  agendaItemId: string;
}

const toDraft = (question: Question): QuestionDraft => ({
  key: question.id,
  askedByPersonId: question.askedByPersonId,
  registeredName: question.askedByPersonId ? question.askedBy : null,
  askedBy: question.askedBy ?? '',
  question: question.question,
  answer: question.answer ?? '',
  agendaItemId: question.agendaItemId ?? '',
});

let newKey = 0;

function QuestionsEditor({
  questions,
  onSaved,
}: {
  questions: Question[];
  onSaved: (questions: Question[]) => void;
}) {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  const answer = useAnswerMutation<Question[]>(assemblyKeys.questions(assembly.slug));
  const [drafts, setDrafts] = useState(() => questions.map(toDraft));
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const update = (key: string, patch: Partial<QuestionDraft>) =>
    setDrafts((previous) => previous.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)));

  function add() {
    newKey += 1;
    const key = `new-${newKey}`;
    setDrafts((previous) => [
      ...previous,
      {
        key,
        askedByPersonId: null,
        registeredName: null,
        askedBy: '',
        question: '',
        answer: '',
        agendaItemId: '',
      },
    ]);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-question="${key}"]`)?.focus());
  }

  async function save() {
    setError(null);
    const empty = new Set(drafts.filter((draft) => !draft.question.trim()).map((draft) => draft.key));
    setMissing(empty);
    if (empty.size > 0) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setIsSaving(true);
    try {
      const optional = (text: string) => text.trim() || null;
      onSaved(
        await answer.mutateAsync(() =>
          saveQuestions(
            assembly.slug,
            drafts.map((draft) => {
              const isRegistered = draft.askedByPersonId !== null && draft.askedBy === draft.registeredName;
              return {
                askedByPersonId: isRegistered ? draft.askedByPersonId : null,
                askedByLabel: isRegistered ? null : optional(draft.askedBy),
                question: draft.question.trim(),
                answer: optional(draft.answer),
                agendaItemId: draft.agendaItemId || null,
              };
            }),
          ),
        ),
      );
    } catch (caught) {
      setError(problemText(t, caught));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Stack gap="md">
      {drafts.length === 0 && <Text>{t('assemblies.questions.empty')}</Text>}
      {drafts.map((draft, index) => {
        const number = index + 1;
        const titleId = `question-${draft.key}-title`;
        return (
          <Paper key={draft.key} withBorder p="md">
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={2} id={titleId}>
                  {t('assemblies.questions.number', { number })}
                </Title>
                <Button
                  variant="outline"
                  color="red.9"
                  size="xs"
                  aria-label={t('assemblies.questions.removeNumber', { number })}
                  onClick={() => setDrafts((previous) => previous.filter((entry) => entry.key !== draft.key))}
                >
                  {t('assemblies.workshops.remove')}
                </Button>
              </Group>
              <TextInput
                label={t('assemblies.questions.askedBy', { number })}
                value={draft.askedBy}
                onChange={(event) => update(draft.key, { askedBy: event.currentTarget.value })}
                maw={480}
              />
              <NativeSelect
                label={t('assemblies.questions.agendaItem', { number })}
                value={draft.agendaItemId}
                onChange={(event) => update(draft.key, { agendaItemId: event.currentTarget.value })}
                data={[
                  { value: '', label: t('assemblies.questions.noItem') },
                  ...assembly.agenda.map((item) => ({
                    value: item.id,
                    label: `${item.position}. ${item.title}`,
                  })),
                ]}
                maw={480}
              />
              <Textarea
                label={t('assemblies.questions.question', { number })}
                value={draft.question}
                required
                withAsterisk={false}
                autosize
                minRows={2}
                error={missing.has(draft.key) ? t('errors.fields.required') : undefined}
                data-question={draft.key}
                onChange={(event) => update(draft.key, { question: event.currentTarget.value })}
              />
              <Textarea
                label={t('assemblies.questions.answer', { number })}
                value={draft.answer}
                autosize
                minRows={2}
                onChange={(event) => update(draft.key, { answer: event.currentTarget.value })}
              />
            </Stack>
          </Paper>
        );
      })}
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      <Group gap="sm">
        <Button variant="light" onClick={add}>
          {t('assemblies.questions.add')}
        </Button>
        <Button loading={isSaving} onClick={() => void save()}>
          {t('assemblies.questions.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function QuestionsList({ questions }: { questions: Question[] }) {
  const { t } = useTranslation();
  if (questions.length === 0) return <Text>{t('assemblies.questions.empty')}</Text>;
  return (
    <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {questions.map((question, index) => (
        <Paper component="li" key={question.id} withBorder p="md">
          <Title order={2} size="h4">
            {t('assemblies.questions.number', { number: index + 1 })}
            {question.askedBy ? ` — ${question.askedBy}` : ''}
          </Title>
          <Text fw={500}>{question.question}</Text>
          <Text mt="xs">{question.answer ?? t('assemblies.questions.noAnswer')}</Text>
        </Paper>
      ))}
    </Stack>
  );
}

/** /assemblies/:slug/questions: questions from the room and the answers given, as the minutes keep them. */
export function QuestionsPage() {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const { assembly } = useAssembly();
  const isStaff = useIsStaff();
  usePageTitle(`${t('assemblies.questions.title')} – ${assembly.title}`);
  const query = useQuestionsQuery(assembly.slug);
  const [generation, setGeneration] = useState(0);

  function handleSaved() {
    setGeneration((value) => value + 1);
    notify({ messageKey: 'assemblies.questions.saved' });
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{t('assemblies.questions.title')}</Title>
      {query.isPending && <LoadingState />}
      {query.isError && <Alert color="red">{problemText(t, query.error)}</Alert>}
      {query.isSuccess &&
        (isStaff ? (
          <QuestionsEditor key={generation} questions={query.data} onSaved={handleSaved} />
        ) : (
          <QuestionsList questions={query.data} />
        ))}
    </Stack>
  );
}
