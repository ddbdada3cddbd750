import { Button, Group, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderBlocksHtml } from '../../../../common/documents/html.ts';
import { parseMarkdown } from '../../../../common/documents/markdown.ts';
import type { MinutesSectionView } from './minutes.api.ts';

/**
 * Writes a section in Markdown with a preview beside it: a written section's heading and text, or
 * the wording that replaces a generated section (started from what the data gives).
 */
export function SectionEditor({
  section,
  isSaving,
  onSave,
  onCancel,
}: {
  section: MinutesSectionView;
  isSaving: boolean;
  onSave: (input: { title?: string; markdown: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const isWritten = section.kind === 'written';
  const [title, setTitle] = useState(section.title ?? '');
  const [markdown, setMarkdown] = useState(section.markdown ?? section.generatedMarkdown ?? '');
  const [view, setView] = useState<'edit' | 'preview'>('edit');
  const id = `section-${section.id}`;
  return (
    <Stack gap="sm">
      {isWritten && (
        <TextInput
          label={t('minutes.editor.title')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
      )}
      <SegmentedControl
        value={view}
        onChange={(value) => setView(value === 'preview' ? 'preview' : 'edit')}
        data={[
          { value: 'edit', label: t('minutes.editor.edit') },
          { value: 'preview', label: t('minutes.editor.preview') },
        ]}
        w="fit-content"
      />
      {view === 'edit' ? (
        <Textarea
          id={`${id}-text`}
          label={isWritten ? t('minutes.editor.text') : t('minutes.editor.overrideText')}
          description={t('minutes.editor.help')}
          value={markdown}
          autosize
          minRows={8}
          maxRows={30}
          onChange={(event) => setMarkdown(event.currentTarget.value)}
        />
      ) : (
        <div
          className="minutes-preview"
          aria-label={t('minutes.editor.preview')}
          role="region"
          style={{ border: '1px solid var(--mantine-color-gray-4)', padding: '0.5rem 1rem' }}
          // The renderer escapes every text: only its own tags reach the page.
          dangerouslySetInnerHTML={{ __html: renderBlocksHtml(parseMarkdown(markdown)) }}
        />
      )}
      <Group gap="sm">
        <Button
          loading={isSaving}
          onClick={() => onSave(isWritten ? { title: title.trim() || undefined, markdown } : { markdown })}
        >
          {t('minutes.editor.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('minutes.editor.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
