import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaleConflict } from './versioned-save.hook.ts';

interface StaleVersionDialogProps<Input> {
  conflict: StaleConflict<Input> | null;
  /** The label of a field of the form, to say which ones changed. */
  fieldLabel: (field: keyof Input & string) => string;
  isReapplying: boolean;
  onReload: () => void;
  onReapply: () => void;
}

/**
 * Someone saved the record while this person was changing it: nothing was saved. Says what each
 * changed and offers to reload (discarding this change) or to re-apply it on the new version.
 */
export function StaleVersionDialog<Input>({
  conflict,
  fieldLabel,
  isReapplying,
  onReload,
  onReapply,
}: StaleVersionDialogProps<Input>) {
  const { t } = useTranslation();
  const overlap = conflict ? conflict.mine.filter((field) => conflict.theirs.includes(field)) : [];
  return (
    <Modal
      opened={conflict !== null}
      onClose={onReload}
      closeOnClickOutside={false}
      title={<strong>{t('app.staleVersion.title')}</strong>}
      centered
      size="lg"
      withCloseButton={false}
    >
      {conflict && (
        <Stack>
          <Text>{t('app.staleVersion.nothingSaved')}</Text>
          {conflict.theirs.length > 0 && (
            <Stack gap={4}>
              <Text fw={700}>{t('app.staleVersion.theirs')}</Text>
              <List data-stale="theirs">
                {conflict.theirs.map((field) => (
                  <List.Item key={field}>{fieldLabel(field)}</List.Item>
                ))}
              </List>
            </Stack>
          )}
          {conflict.mine.length > 0 && (
            <Stack gap={4}>
              <Text fw={700}>{t('app.staleVersion.mine')}</Text>
              <List data-stale="mine">
                {conflict.mine.map((field) => (
                  <List.Item key={field}>{fieldLabel(field)}</List.Item>
                ))}
              </List>
            </Stack>
          )}
          {overlap.length > 0 && (
            <Alert color="orange" variant="light">
              {t('app.staleVersion.overlap', { fields: overlap.map(fieldLabel).join(', ') })}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onReload} disabled={isReapplying}>
              {t('app.staleVersion.reload')}
            </Button>
            <Button onClick={onReapply} loading={isReapplying} disabled={conflict.mine.length === 0}>
              {t('app.staleVersion.reapply')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
