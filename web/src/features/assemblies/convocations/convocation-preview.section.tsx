import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemText } from '../../../api/problem-text.ts';
import { printConvocationLetters, type ConvocationPreview } from '../convocations.api.ts';
import { statusColors } from '../shared/status-badges.tsx';
import { useAssemblyMutation } from '../assemblies.queries.ts';

/** Hands a file made for this request to the browser as a download. */
function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The late-notice warning, shown before sending and again in the confirmation. */
export function LateNoticeAlert({ preview }: { preview: ConvocationPreview }) {
  const { t } = useTranslation();
  if (!preview.lateNotice) return null;
  return (
    <Alert color={statusColors.warning} variant="light" title={t('assemblies.convocations.warningTitle')}>
      <Text>{preview.lateNotice.message}</Text>
    </Alert>
  );
}

/**
 * What the secretary checks before sending: who gets the e-mail, who needs a printed letter (and
 * the letters themselves), the sender, and the exact e-mail as HTML and as text.
 */
export function ConvocationPreviewSection({ slug, preview }: { slug: string; preview: ConvocationPreview }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'html' | 'text'>('html');
  // Printing changes the convocations (their status, their links): the assembly's queries are read again.
  const printing = useAssemblyMutation(slug, () => printConvocationLetters(slug));
  const [letterError, setLetterError] = useState<string | null>(null);
  const withoutEmail = preview.membersWithoutEmail.length;
  // Once everyone with an address has it, the section shows what was sent rather than what will be.
  const isBeforeSending = preview.emailRecipients > 0 || preview.alreadyConvened === 0;

  async function printLetters() {
    setLetterError(null);
    try {
      download(await printing.mutateAsync(undefined), `convocations-${slug}.pdf`);
    } catch (caught) {
      setLetterError(problemText(t, caught));
    }
  }

  return (
    <Stack gap="md" component="section" aria-labelledby="convocation-preview-title">
      <Title order={2} id="convocation-preview-title">
        {isBeforeSending ? t('assemblies.convocations.previewTitle') : t('assemblies.convocations.sentTitle')}
      </Title>
      <List spacing={4}>
        {isBeforeSending && (
          <List.Item>
            {t('assemblies.convocations.emailRecipients', { count: preview.emailRecipients })}
          </List.Item>
        )}
        <List.Item>{t('assemblies.convocations.withoutEmail', { count: withoutEmail })}</List.Item>
        {preview.alreadyConvened > 0 && (
          <List.Item>
            {t('assemblies.convocations.alreadyConvened', { count: preview.alreadyConvened })}
          </List.Item>
        )}
      </List>
      {withoutEmail > 0 && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Text fw={500}>{t('assemblies.convocations.lettersTitle')}</Text>
            <Text size="sm">{preview.membersWithoutEmail.map((member) => member.memberName).join(', ')}</Text>
            <Text size="sm">{t('assemblies.convocations.lettersHint')}</Text>
            {!preview.refusal && (
              <Group>
                <Button variant="outline" loading={printing.isPending} onClick={() => void printLetters()}>
                  {t('assemblies.convocations.printLetters', { count: withoutEmail })}
                </Button>
              </Group>
            )}
            {letterError && (
              <Alert color="red" variant="light" role="alert">
                {letterError}
              </Alert>
            )}
          </Stack>
        </Paper>
      )}
      <LateNoticeAlert preview={preview} />
      <Stack gap={4}>
        <Text>
          <Text span fw={500}>
            {t('assemblies.convocations.from')}
          </Text>{' '}
          {preview.from} —{' '}
          <Anchor component={Link} to="/settings/association">
            {t('assemblies.convocations.changeSender')}
          </Anchor>
        </Text>
        <Text>
          <Text span fw={500}>
            {t('assemblies.convocations.subject')}
          </Text>{' '}
          {preview.subject}
        </Text>
        {preview.sampleMemberName && (
          <Text size="sm" c="dimmed">
            {t('assemblies.convocations.sample', { name: preview.sampleMemberName })}
          </Text>
        )}
      </Stack>
      <SegmentedControl
        value={view}
        onChange={(value) => setView(value as 'html' | 'text')}
        aria-label={t('assemblies.convocations.previewAs')}
        data={[
          { value: 'html', label: t('assemblies.convocations.asHtml') },
          { value: 'text', label: t('assemblies.convocations.asText') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {view === 'html' ? (
        <iframe
          title={t('assemblies.convocations.previewFrame')}
          srcDoc={preview.html}
          // Nothing in it may run; same-origin only so that it paints with the page (the mail's
          // values are escaped by the server, and the page's CSP applies to it too).
          sandbox="allow-same-origin"
          style={{
            width: '100%',
            height: 640,
            border: '1px solid var(--mantine-color-gray-4)',
            borderRadius: 4,
          }}
        />
      ) : (
        <Paper withBorder p="md">
          <Text
            component="pre"
            data-testid="convocation-text"
            style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}
          >
            {preview.text}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
