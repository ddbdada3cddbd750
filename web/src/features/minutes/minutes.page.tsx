import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../common/format.ts';
import { minutesFormats } from '../../../../common/minutes.schemas.ts';
import { useNotice } from '../../components/notice.context.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { assemblyPath } from '../assemblies/assemblies.api.ts';
import { useAssembly } from '../assemblies/assembly-layout.tsx';
import { problemText } from '../../api/problem-text.ts';
import { AddSectionForm } from './add-section.form.tsx';
import {
  approveMinutes,
  correctMinutes,
  minutesDocumentUrl,
  removeWrittenSection,
  reorderSections,
  revertSection,
  saveSection,
  signMinutes,
  type MinutesSectionView,
  type MinutesView,
} from './minutes.api.ts';
import { useMinutesMutation, useMinutesQuery } from './minutes.queries.ts';
import { MinutesQueryState } from './minutes-query-state.tsx';
import { SectionEditor } from './section.editor.tsx';
import { SectionText } from './minutes-draft.tsx';
import { StaleVersionDialog } from '../../components/stale-version.dialog.tsx';
import { useVersionedSave } from '../../components/versioned-save.hook.ts';

function StateLine({ minutes }: { minutes: MinutesView }) {
  const { t, i18n } = useTranslation();
  const when = (instant: string | null) =>
    instant ? formatDateTime(instant, i18n.language === 'en' ? 'en' : 'fr') : '';
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <Badge
          size="lg"
          color={minutes.state === 'signed' ? 'teal.9' : minutes.state === 'approved' ? 'blue.9' : 'gray.8'}
        >
          {t(`minutes.states.${minutes.state}`)}
        </Badge>
        <Text>{t('minutes.version', { version: minutes.version })}</Text>
      </Group>
      {minutes.approvedAt && (
        <Text size="sm">
          {t('minutes.approvedBy', { name: minutes.approvedBy, when: when(minutes.approvedAt) })}
        </Text>
      )}
      {minutes.signedAt && (
        <Text size="sm">
          {t('minutes.signedBy', { name: minutes.signedBy, when: when(minutes.signedAt) })}
        </Text>
      )}
      {minutes.pdfSha256 && (
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          SHA-256 : <code>{minutes.pdfSha256}</code>
        </Text>
      )}
    </Stack>
  );
}

function Downloads({ minutes }: { minutes: MinutesView }) {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  const [lang, setLang] = useState<'fr' | 'en'>('fr');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('minutes.downloads')}
      </Title>
      <Group gap="md" align="end">
        <Select
          label={t('minutes.language')}
          value={lang}
          onChange={(value) => setLang(value === 'en' ? 'en' : 'fr')}
          data={[
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' },
          ]}
          allowDeselect={false}
          w={140}
        />
        {minutesFormats.map((format) => (
          <Anchor
            key={format}
            href={minutesDocumentUrl(assembly.slug, { format, lang, version: minutes.version })}
            download={format !== 'html' || undefined}
          >
            {t('minutes.download', { format: format.toUpperCase() })}
          </Anchor>
        ))}
      </Group>
    </Paper>
  );
}

type SectionInput = { title?: string; markdown: string };

/** What the section editor sends for a section as it stands. */
function sectionInputOf(section: MinutesSectionView): SectionInput {
  return {
    ...(section.kind === 'written' ? { title: section.title ?? '' } : {}),
    markdown: section.markdown ?? section.generatedMarkdown ?? '',
  };
}

interface SectionDrag {
  from: number | null;
  over: number | null;
  start: (index: number) => void;
  setOver: (index: number) => void;
  end: () => void;
}

function SectionItem({
  section,
  index,
  count,
  isDraft,
  isBusy,
  onMove,
  onSave,
  onFailure,
  onRevert,
  onRemove,
  drag,
}: {
  section: MinutesSectionView;
  index: number;
  count: number;
  isDraft: boolean;
  isBusy: boolean;
  /** Moves a section; `focusId`: the control to focus again once moved (the arrow pressed). */
  onMove: (from: number, to: number, focusId?: string) => void;
  /** The section being dragged, and where it would land. */
  drag: SectionDrag;
  onSave: (input: SectionInput, version: number) => Promise<MinutesSectionView>;
  onFailure: (error: unknown) => void;
  onRevert: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  // The section as the editor opened it: its version is the one the save names.
  const [base, setBase] = useState(section);
  const versioned = useVersionedSave({
    base,
    inputOf: sectionInputOf,
    save: onSave,
    onSaved: () => setIsEditing(false),
    onReloaded: setBase,
  });
  const label = section.label || t('minutes.untitled');
  const canDrag = isDraft && !isBusy && !isEditing;
  const isTarget = drag.over === index && drag.from !== null && drag.from !== index;
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      data-section={section.id}
      onDragOver={(event: DragEvent) => {
        if (drag.from === null) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        drag.setOver(index);
      }}
      onDrop={(event: DragEvent) => {
        event.preventDefault();
        const from = drag.from;
        drag.end();
        if (from !== null && from !== index) onMove(from, index);
      }}
      style={{
        opacity: drag.from === index ? 0.5 : 1,
        ...(isTarget
          ? {
              [drag.from! < index ? 'borderBottom' : 'borderTop']: '4px solid var(--mantine-color-blue-7)',
            }
          : {}),
      }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            {isDraft && (
              <span
                draggable={canDrag}
                role="img"
                aria-label={t('minutes.dragHandle', { label })}
                title={t('minutes.dragHint')}
                data-drag-handle
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', section.id);
                  const card = event.currentTarget.closest('li');
                  if (card) event.dataTransfer.setDragImage(card, 16, 16);
                  drag.start(index);
                }}
                onDragEnd={() => drag.end()}
                style={{
                  cursor: canDrag ? 'grab' : 'default',
                  padding: '0 0.4rem',
                  fontSize: '1.2rem',
                  userSelect: 'none',
                  color: 'var(--mantine-color-gray-7)',
                }}
              >
                ⠿
              </span>
            )}
            <Text fw={600}>
              {index + 1}. {label}
            </Text>
            {section.kind === 'written' ? (
              <Badge variant="outline" color="gray.8">
                {t('minutes.written')}
              </Badge>
            ) : section.isOverridden ? (
              <Badge color="orange.9">{t('minutes.overridden')}</Badge>
            ) : (
              <Badge variant="outline" color="blue.9">
                {t('minutes.generated')}
              </Badge>
            )}
          </Group>
          {isDraft && (
            <Group gap={4}>
              {/* While a move is saved the arrows stay focusable (data-disabled): the keyboard keeps its place. */}
              <Button
                size="xs"
                variant="subtle"
                id={`move-up-${section.id}`}
                disabled={index === 0}
                data-disabled={isBusy || undefined}
                aria-label={t('minutes.moveUp', { label })}
                onClick={() => !isBusy && onMove(index, index - 1, `move-up-${section.id}`)}
              >
                ↑
              </Button>
              <Button
                size="xs"
                variant="subtle"
                id={`move-down-${section.id}`}
                disabled={index === count - 1}
                data-disabled={isBusy || undefined}
                aria-label={t('minutes.moveDown', { label })}
                onClick={() => !isBusy && onMove(index, index + 1, `move-down-${section.id}`)}
              >
                ↓
              </Button>
              <Button
                size="xs"
                variant="light"
                aria-label={
                  section.kind === 'written'
                    ? t('minutes.editSection', { label })
                    : t('minutes.overrideSection', { label })
                }
                onClick={() => {
                  setBase(section);
                  setIsEditing(true);
                }}
              >
                {section.kind === 'written' ? t('minutes.edit') : t('minutes.override')}
              </Button>
              {section.isOverridden && (
                <Button
                  size="xs"
                  variant="outline"
                  color="orange.9"
                  disabled={isBusy}
                  aria-label={t('minutes.revertSection', { label })}
                  onClick={onRevert}
                >
                  {t('minutes.revert')}
                </Button>
              )}
              {section.kind === 'written' && (
                <Button
                  size="xs"
                  variant="outline"
                  color="red.9"
                  disabled={isBusy}
                  aria-label={t('minutes.removeSection', { label })}
                  onClick={onRemove}
                >
                  {t('minutes.remove')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        {!isEditing && <SectionText section={section} />}
        {isEditing && (
          <SectionEditor
            key={base.version}
            section={base}
            isSaving={isBusy}
            onCancel={() => setIsEditing(false)}
            onSave={(input) => void versioned.submit(input).catch(onFailure)}
          />
        )}
        <StaleVersionDialog
          conflict={versioned.conflict}
          fieldLabel={(field) => t(field === 'title' ? 'minutes.editor.title' : 'minutes.editor.text')}
          isReapplying={versioned.isReapplying}
          onReload={versioned.reload}
          onReapply={() => void versioned.reapply().catch(onFailure)}
        />
      </Stack>
    </Paper>
  );
}

function MinutesEditor({ minutes }: { minutes: MinutesView }) {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const { assembly } = useAssembly();
  const write = useMinutesMutation(assembly.slug);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  // The page as printed, beside the sections, read again after each change; null: hidden.
  const [previewKey, setPreviewKey] = useState<number | null>(0);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const isDraft = minutes.state === 'draft';
  const drag: SectionDrag = {
    from: dragFrom,
    over: dragOver,
    start: (index) => {
      setDragFrom(index);
      setDragOver(index);
    },
    setOver: (index) => setDragOver((was) => (was === index ? was : index)),
    end: () => {
      setDragFrom(null);
      setDragOver(null);
    },
  };

  async function run(
    action: () => Promise<MinutesView>,
    noticeKey?: Parameters<typeof notify>[0]['messageKey'],
  ) {
    setError(null);
    setIsBusy(true);
    try {
      await write.mutateAsync(action);
      if (noticeKey) notify({ messageKey: noticeKey });
      setPreviewKey((key) => (key === null ? null : key + 1));
      return true;
    } catch (caught) {
      setError(problemText(t, caught));
      return false;
    } finally {
      setIsBusy(false);
    }
  }

  /** Saves a section on its version; a failure is thrown to the section, which tells a stale one apart. */
  async function saveSectionOn(sectionId: string, input: SectionInput, version: number) {
    setError(null);
    setIsBusy(true);
    try {
      const view = await write.mutateAsync(() => saveSection(assembly.slug, sectionId, input, version));
      notify({ messageKey: 'minutes.notices.saved' });
      setPreviewKey((key) => (key === null ? null : key + 1));
      return view.sections.find((entry) => entry.id === sectionId)!;
    } finally {
      setIsBusy(false);
    }
  }

  /** Moves a section (by its arrows or dragged and dropped) and says where it went, for a screen reader. */
  const move = (from: number, to: number, focusId?: string) => {
    const ids = minutes.sections.map((section) => section.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved!);
    const section = minutes.sections[from]!;
    void run(() => reorderSections(assembly.slug, ids)).then((isDone) => {
      if (!isDone) return;
      setAnnouncement(
        t('minutes.moved', { label: section.label || t('minutes.untitled'), position: to + 1 }),
      );
      // The list moved under the keyboard: the arrow pressed keeps the focus (the other one at an end).
      if (focusId)
        requestAnimationFrame(() => {
          const button = document.getElementById(focusId);
          const other = document.getElementById(
            focusId.startsWith('move-up-')
              ? focusId.replace('move-up-', 'move-down-')
              : focusId.replace('move-down-', 'move-up-'),
          );
          (button && !button.hasAttribute('disabled') ? button : other)?.focus();
        });
    });
  };

  const preview = previewKey !== null && (
    <Stack gap="xs" style={{ position: 'sticky', top: 'var(--mantine-spacing-md)' }}>
      <Title order={2} size="h4">
        {t('minutes.previewTitle')}
      </Title>
      <iframe
        key={previewKey}
        title={t('minutes.previewTitle')}
        src={minutesDocumentUrl(assembly.slug, {
          format: 'html',
          version: minutes.version,
          isPreview: true,
        })}
        style={{
          width: '100%',
          height: '85vh',
          border: '1px solid var(--mantine-color-gray-4)',
          background: 'white',
        }}
      />
    </Stack>
  );

  return (
    <Stack gap="lg">
      <StateLine minutes={minutes} />
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      <Group gap="sm">
        {isDraft && (
          <Button
            loading={isBusy}
            onClick={() => void run(() => approveMinutes(assembly.slug), 'minutes.notices.approved')}
          >
            {t('minutes.approve')}
          </Button>
        )}
        {minutes.state === 'approved' && (
          <Button
            loading={isBusy}
            color="teal.9"
            onClick={() => void run(() => signMinutes(assembly.slug), 'minutes.notices.signed')}
          >
            {t('minutes.sign')}
          </Button>
        )}
        {minutes.state === 'signed' && (
          <Button
            variant="light"
            loading={isBusy}
            onClick={() => void run(() => correctMinutes(assembly.slug), 'minutes.notices.corrected')}
          >
            {t('minutes.newVersion')}
          </Button>
        )}
        <Button variant="default" onClick={() => setPreviewKey((key) => (key === null ? 0 : null))}>
          {previewKey === null ? t('minutes.showPreview') : t('minutes.hidePreview')}
        </Button>
        {isDraft && (
          <Anchor component={Link} to={assemblyPath(assembly.slug, 'minutes/live')}>
            {t('minutes.live.title')}
          </Anchor>
        )}
      </Group>
      {minutes.state === 'signed' && <Text>{t('minutes.signedHelp')}</Text>}
      <Downloads minutes={minutes} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: previewKey === null ? 12 : 6 }}>
          <Stack gap="sm">
            <Title order={2}>{t('minutes.sections')}</Title>
            {isDraft && <Text size="sm">{t('minutes.reorderHelp')}</Text>}
            <Text aria-live="polite" size="sm" className="minutes-moved">
              {announcement}
            </Text>
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {minutes.sections.map((section, index) => (
                <SectionItem
                  key={section.id}
                  section={section}
                  index={index}
                  count={minutes.sections.length}
                  isDraft={isDraft}
                  isBusy={isBusy}
                  onMove={move}
                  drag={drag}
                  onSave={(input, version) => saveSectionOn(section.id, input, version)}
                  onFailure={(caught) => setError(problemText(t, caught))}
                  onRevert={() =>
                    void run(() => revertSection(assembly.slug, section.id), 'minutes.notices.reverted')
                  }
                  onRemove={() =>
                    void run(() => removeWrittenSection(assembly.slug, section.id), 'minutes.notices.removed')
                  }
                />
              ))}
            </Stack>
          </Stack>
        </Grid.Col>
        {preview && <Grid.Col span={{ base: 12, lg: 6 }}>{preview}</Grid.Col>}
      </Grid>
      {isDraft && <AddSectionForm />}
      {minutes.versions.length > 1 && (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('minutes.versions')}
          </Title>
          {minutes.versions.map((version) => (
            <Text key={version.id} size="sm">
              {t('minutes.version', { version: version.version })} — {t(`minutes.states.${version.state}`)}
              {version.state === 'signed' && (
                <>
                  {' — '}
                  <Anchor
                    href={minutesDocumentUrl(assembly.slug, { format: 'pdf', version: version.version })}
                  >
                    PDF
                  </Anchor>
                </>
              )}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** /assemblies/:slug/minutes: the procès-verbal, written, approved and signed by the staff. */
export function MinutesPage() {
  const { t } = useTranslation();
  const { assembly } = useAssembly();
  usePageTitle(`${t('minutes.title')} – ${assembly.title}`);
  const query = useMinutesQuery(assembly.slug);
  return (
    <Stack gap="lg">
      <Title order={1}>{t('minutes.title')}</Title>
      <MinutesQueryState slug={assembly.slug} query={query} />
      {query.isSuccess && <MinutesEditor minutes={query.data} />}
    </Stack>
  );
}
