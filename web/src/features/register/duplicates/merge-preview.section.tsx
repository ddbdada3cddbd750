import { Button, Group, List, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { QueryFailure } from '../../../components/query-failure.tsx';
import { problemText } from '../../../api/problem-text.ts';
import { mergePersons, type MergePreview } from '../register.api.ts';
import { useMergePreviewQuery, usePersonMutation } from '../register.queries.ts';
import { formatDay } from '../shared/register-format.ts';
import { filledFieldLabel, MergeComparisonTable } from './merge-comparison.table.tsx';

interface MergePreviewSectionProps {
  keepId: string;
  removeId: string;
  onSwap: () => void;
  onClose: () => void;
}

/** Both records side by side, what the merge moves and fills, and the button that does it. */
export function MergePreviewSection({ keepId, removeId, onSwap, onClose }: MergePreviewSectionProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const query = useMergePreviewQuery(keepId, removeId);
  const isStale = query.isPlaceholderData;

  // The preview opens above the list: take the keyboard there, as a new page would.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="merge-preview-title">
      <Stack>
        <Title order={2} id="merge-preview-title" ref={heading} tabIndex={-1}>
          {t('register.duplicates.previewTitle')}
        </Title>
        {query.isPending && <LoadingState />}
        {query.isError && <QueryFailure error={query.error} />}
        {query.isSuccess && (
          <div style={{ opacity: isStale ? 0.6 : 1 }}>
            <MergePreviewBody preview={query.data} keepId={keepId} onSwap={onSwap} onClose={onClose} />
          </div>
        )}
        {query.isError && (
          <Button variant="default" onClick={onClose} style={{ alignSelf: 'flex-start' }}>
            {t('register.common.close')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

interface MergePreviewBodyProps {
  preview: MergePreview;
  /** The choice just made, shown at once while the preview for it loads. */
  keepId: string;
  onSwap: () => void;
  onClose: () => void;
}

function MergePreviewBody({ preview, keepId, onSwap, onClose }: MergePreviewBodyProps) {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const navigate = useNavigate();
  const [isMerging, setIsMerging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mergeMutation = usePersonMutation((ids: { keepId: string; removeId: string }) =>
    mergePersons(ids.keepId, ids.removeId),
  );
  const filled = Object.entries(preview.filledFields);
  const keptYears = new Set(preview.keep.memberships.map((membership) => membership.year));
  const sharedYears = preview.remove.memberships
    .map((membership) => membership.year)
    .filter((year) => keptYears.has(year));
  // A stable order: the two choices must not trade places under the pointer when one is picked.
  const candidates = [preview.keep, preview.remove].sort((a, b) => a.id.localeCompare(b.id));
  // The radio follows the click at once; the address (and the preview) follow a moment later.
  const [choice, setChoice] = useState({ keepId, chosen: keepId });
  if (choice.keepId !== keepId) setChoice({ keepId, chosen: keepId });

  async function merge() {
    setError(null);
    setIsMerging(true);
    try {
      const kept = await mergeMutation.mutateAsync({ keepId: preview.keep.id, removeId: preview.remove.id });
      const pathname = `/members/persons/${kept.id}`;
      notify({
        messageKey: 'register.duplicates.merged',
        values: { removed: preview.remove.administrativeName, kept: kept.administrativeName },
        pathname,
      });
      void navigate(pathname);
    } catch (caught) {
      setError(problemText(t, caught));
      setIsMerging(false);
    }
  }

  return (
    <Stack>
      <Radio.Group
        label={t('register.duplicates.keepLabel')}
        description={t('register.duplicates.keepHint')}
        value={choice.chosen}
        onChange={(value) => {
          setChoice({ keepId, chosen: value });
          if (value !== keepId) onSwap();
        }}
      >
        <Group mt="xs">
          {candidates.map((person) => (
            <Radio key={person.id} value={person.id} label={person.administrativeName} />
          ))}
        </Group>
      </Radio.Group>
      <MergeComparisonTable preview={preview} />
      <Stack gap={4}>
        <Text fw={600}>{t('register.duplicates.movesTitle', { name: preview.keep.administrativeName })}</Text>
        <List>
          <List.Item>
            {t('register.duplicates.moves.affiliations', { count: preview.moves.affiliations })}
          </List.Item>
          <List.Item>
            {t('register.duplicates.moves.memberships', { count: preview.moves.memberships })}
          </List.Item>
          <List.Item>{t('register.duplicates.moves.accounts', { count: preview.moves.accounts })}</List.Item>
          {preview.moves.attendances > 0 && (
            <List.Item>
              {t('register.duplicates.moves.attendances', { count: preview.moves.attendances })}
            </List.Item>
          )}
          {sharedYears.length > 0 && (
            <List.Item>
              {t('register.duplicates.moves.sharedYears', { years: sharedYears.join(', ') })}
            </List.Item>
          )}
        </List>
      </Stack>
      <Stack gap={4}>
        <Text fw={600}>{t('register.duplicates.filledTitle')}</Text>
        {filled.length === 0 ? (
          <Text>{t('register.duplicates.noFilled')}</Text>
        ) : (
          <List>
            {filled.map(([field, value]) => (
              <List.Item
                key={field}
              >{`${filledFieldLabel(t, field)} : ${field === 'emailConsentAt' ? formatDay(String(value)) : String(value)}`}</List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Text size="sm">{t('register.duplicates.mergeNote', { name: preview.remove.administrativeName })}</Text>
      <FormErrorAlert message={error} />
      <Group>
        <Button color="red.9" loading={isMerging} onClick={() => void merge()}>
          {t('register.duplicates.merge')}
        </Button>
        <Button variant="default" onClick={onClose}>
          {t('register.common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
