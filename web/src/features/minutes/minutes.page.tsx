import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../common/format.ts';
import { minutesFormats } from '../../../../common/minutes.schemas.ts';
import { problemCode } from '../../api/problem-text.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { useNotice } from '../../components/notice.context.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
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
  startMinutes,
  type MinutesSectionView,
  type MinutesView,
} from './minutes.api.ts';
import { useMinutesMutation, useMinutesQuery } from './minutes.queries.ts';
import { SectionEditor } from './section.editor.tsx';
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
}: {
  section: MinutesSectionView;
  index: number;
  count: number;
  isDraft: boolean;
  isBusy: boolean;
  onMove: (from: number, to: number) => void;
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
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
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
              <Button
                size="xs"
                variant="subtle"
                disabled={index === 0 || isBusy}
                aria-label={t('minutes.moveUp', { label })}
                onClick={() => onMove(index, index - 1)}
              >
                ↑
              </Button>
              <Button
                size="xs"
                variant="subtle"
                disabled={index === count - 1 || isBusy}
                aria-label={t('minutes.moveDown', { label })}
                onClick={() => onMove(index, index + 1)}
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
  const [previewKey, setPreviewKey] = useState<number | null>(null);
  const isDraft = minutes.state === 'draft';

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

  const move = (from: number, to: number) => {
    const ids = minutes.sections.map((section) => section.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved!);
    void run(() => reorderSections(assembly.slug, ids));
  };

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
      </Group>
      {minutes.state === 'signed' && <Text>{t('minutes.signedHelp')}</Text>}
      <Downloads minutes={minutes} />
      {previewKey !== null && (
        <iframe
          key={previewKey}
          title={t('minutes.previewTitle')}
          src={minutesDocumentUrl(assembly.slug, {
            format: 'html',
            version: minutes.version,
            isPreview: true,
          })}
          style={{ width: '100%', height: '70vh', border: '1px solid var(--mantine-color-gray-4)' }}
        />
      )}
      <Title order={2}>{t('minutes.sections')}</Title>
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
  const start = useMinutesMutation(assembly.slug);
  const [startError, setStartError] = useState<string | null>(null);
  // An assembly whose minutes are not started yet: offered to start them.
  const isMissing = problemCode(query.error) === 'minutes_not_found';
  return (
    <Stack gap="lg">
      <Title order={1}>{t('minutes.title')}</Title>
      {query.isPending && <LoadingState />}
      {isMissing && (
        <Stack gap="sm" align="start">
          <Text>{t('minutes.none')}</Text>
          <Button
            onClick={() =>
              void start
                .mutateAsync(() => startMinutes(assembly.slug))
                .catch((caught: unknown) => setStartError(problemText(t, caught)))
            }
          >
            {t('minutes.start')}
          </Button>
          {startError && (
            <Alert color="red" role="alert">
              {startError}
            </Alert>
          )}
        </Stack>
      )}
      {query.isError && !isMissing && (
        <Alert color="red" role="alert">
          {problemText(t, query.error)}
        </Alert>
      )}
      {query.isSuccess && <MinutesEditor minutes={query.data} />}
    </Stack>
  );
}
