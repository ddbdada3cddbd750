import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemText } from '../../api/problem-text.ts';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { staleCurrent } from '../../components/versioned-save.hook.ts';
import { assemblyApiPath, assemblyPath } from '../assemblies/assemblies.api.ts';
import { useAssembly } from '../assemblies/assembly-layout.tsx';
import { useAssemblyEvents } from '../assemblies/shared/use-assembly-events.hook.ts';
import { saveItemNote, type MinutesItemNoteView, type MinutesView } from './minutes.api.ts';
import { MinutesDraft } from './minutes-draft.tsx';
import { minutesKeys, useMinutesMutation, useMinutesQuery } from './minutes.queries.ts';
import { MinutesQueryState } from './minutes-query-state.tsx';

/** How long typing pauses before the notes are saved. */
const saveAfterMs = 800;
/** The draft is read again this long after an event, once for all the events meanwhile. */
const readAfterEventMs = 500;
/** While the page is open, the draft is read again this often, for facts no event announces. */
const refreshEveryMs = 20_000;

type SaveState = 'idle' | 'saved' | 'unsaved' | 'saving';

/**
 * The notes under one agenda item, saved as they are typed (a pause, or leaving the field), on the
 * version they were typed on. When someone else saved in between, nothing is lost: both texts are
 * shown, to keep one.
 */
function ItemNote({
  note,
  isCurrent,
  isDraft,
  onSave,
}: {
  note: MinutesItemNoteView;
  isCurrent: boolean;
  isDraft: boolean;
  onSave: (markdown: string, version: number) => Promise<MinutesItemNoteView>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(note.markdown);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<MinutesItemNoteView | null>(null);
  // The note as last saved or read: its version goes in If-Match.
  const base = useRef(note);
  const latest = useRef(text);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  latest.current = text;

  // Someone else's save, read with the draft: taken while nothing typed here waits to be saved.
  useEffect(() => {
    if (note.version > base.current.version && (state === 'saved' || state === 'idle') && !theirs) {
      base.current = note;
      setText(note.markdown);
    }
  }, [note, state, theirs]);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function save(on: MinutesItemNoteView = base.current) {
    clearTimeout(timer.current);
    if (inFlight.current) return;
    const markdown = latest.current;
    if (markdown === on.markdown && on === base.current) {
      setState((was) => (was === 'unsaved' ? 'saved' : was));
      return;
    }
    inFlight.current = true;
    setState('saving');
    setError(null);
    try {
      base.current = await onSave(markdown, on.version);
      setTheirs(null);
      // Typed on while saving: saved in turn.
      if (latest.current !== markdown) {
        setState('unsaved');
        timer.current = setTimeout(() => void save(), saveAfterMs);
      } else setState('saved');
    } catch (caught) {
      const current = staleCurrent<MinutesItemNoteView>(caught);
      setState('unsaved');
      if (current) setTheirs(current);
      else setError(problemText(t, caught));
    } finally {
      inFlight.current = false;
    }
  }

  const label = t('minutes.live.noteLabel', { position: note.position, title: note.title });
  const statusId = `note-${note.agendaItemId}-status`;
  return (
    <Paper
      withBorder
      p="sm"
      component="li"
      style={isCurrent ? { borderColor: 'var(--mantine-color-blue-7)', borderWidth: 2 } : undefined}
      aria-current={isCurrent ? 'step' : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="start">
          <Text fw={600} component="h3" m={0} size="md">
            {note.position}. {note.title}
          </Text>
          {isCurrent && <Badge color="blue.9">{t('minutes.live.current')}</Badge>}
        </Group>
        <Textarea
          aria-label={label}
          aria-describedby={statusId}
          value={text}
          disabled={!isDraft}
          autosize
          minRows={isCurrent ? 4 : 2}
          maxRows={16}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setState('unsaved');
            clearTimeout(timer.current);
            timer.current = setTimeout(() => void save(), saveAfterMs);
          }}
          onBlur={() => void save()}
        />
        <Text id={statusId} size="sm" c="dimmed" aria-live="polite">
          {isDraft && state !== 'idle' ? t(`minutes.live.state.${state}`) : ''}
        </Text>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {error}
          </Alert>
        )}
        {theirs && (
          <Alert color="orange" variant="light" role="alert" title={t('minutes.live.conflictTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('minutes.live.conflictHelp')}</Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {theirs.markdown || t('minutes.live.conflictEmpty')}
              </Text>
              <Group gap="xs">
                <Button size="xs" onClick={() => void save(theirs)}>
                  {t('minutes.live.keepMine')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    base.current = theirs;
                    setText(theirs.markdown);
                    setTheirs(null);
                    setState('saved');
                  }}
                >
                  {t('minutes.live.takeTheirs')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function LiveMinutes({ minutes, currentItemId }: { minutes: MinutesView; currentItemId: string | null }) {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  const write = useMinutesMutation(assembly.slug);
  const isDraft = minutes.state === 'draft';
  const saveNote = async (agendaItemId: string, markdown: string, version: number) => {
    const view = await write.mutateAsync(() => saveItemNote(assembly.slug, agendaItemId, markdown, version));
    return view.notes.find((note) => note.agendaItemId === agendaItemId)!;
  };
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm" component="section" aria-labelledby="live-notes-title">
          <Title order={2} id="live-notes-title">
            {t('minutes.live.notesTitle')}
          </Title>
          {!isDraft && <Text>{t('minutes.live.notDraft')}</Text>}
          {minutes.notes.length === 0 && <Text>{t('minutes.live.noAgenda')}</Text>}
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {minutes.notes.map((note) => (
              <ItemNote
                key={`${minutes.id}-${note.agendaItemId}`}
                note={note}
                isCurrent={note.agendaItemId === currentItemId}
                isDraft={isDraft}
                onSave={(markdown, version) => saveNote(note.agendaItemId, markdown, version)}
              />
            ))}
          </Stack>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="sm" style={{ position: 'sticky', top: 'var(--mantine-spacing-md)' }}>
          <Title order={2} id="live-draft-title">
            {t('minutes.live.draftTitle')}
          </Title>
          <MinutesDraft sections={minutes.sections} label={t('minutes.live.draftTitle')} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

/**
 * /assemblies/:slug/minutes/live: the secretary's desk beside the control room. Notes typed under
 * each agenda item, and the draft as it stands: each opening, arrival, vote and result the room
 * records appears in it as its sentence, read again at each event of the assembly.
 */
export function LiveMinutesPage() {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  usePageTitle(`${t('minutes.live.title')} – ${assembly.title}`);
  const query = useMinutesQuery(assembly.slug, { refetchInterval: refreshEveryMs });
  const { state, poll } = useAssemblyEvents(assemblyApiPath(assembly.slug, 'events'));
  const queryClient = useQueryClient();
  // An event says the facts changed (the session opened, someone arrived, a vote was recorded): the
  // draft's sentences are read again, once for a burst of events (the door's arrivals at the start).
  const pendingRead = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (pendingRead.current) return;
    pendingRead.current = setTimeout(() => {
      pendingRead.current = undefined;
      void queryClient.invalidateQueries({ queryKey: minutesKeys.of(assembly.slug) });
    }, readAfterEventMs);
  }, [state, poll, assembly.slug, queryClient]);
  useEffect(() => () => clearTimeout(pendingRead.current), []);
  const currentItemId = state ? state.currentAgendaItemId : assembly.currentAgendaItemId;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="end">
        <Title order={1}>{t('minutes.live.title')}</Title>
        <Group gap="md">
          <Anchor component={Link} to={assemblyPath(assembly.slug, 'control')}>
            {t('minutes.live.toControl')}
          </Anchor>
          <Anchor component={Link} to={assemblyPath(assembly.slug, 'minutes')}>
            {t('minutes.live.toEditor')}
          </Anchor>
        </Group>
      </Group>
      <Text>{t('minutes.live.intro')}</Text>
      <MinutesQueryState slug={assembly.slug} query={query} />
      {query.isSuccess && <LiveMinutes minutes={query.data} currentItemId={currentItemId} />}
    </Stack>
  );
}
