import { CloseButton, Group, Paper, Text } from '@mantine/core';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useNotice } from './notice.context.tsx';

/**
 * The polite live region that announces notices ("Invitation envoyée à …"). It stays in the page
 * while its content changes, which is what makes screen readers read the new text.
 */
export function NoticeRegion() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { notice, dismiss } = useNotice();
  const visibleNotice = notice && notice.pathname === pathname ? notice : null;

  return (
    <div aria-live="polite" aria-atomic="true">
      {visibleNotice && (
        <Paper
          key={visibleNotice.id}
          withBorder
          p="sm"
          mb="md"
          bg={visibleNotice.tone === 'success' ? 'green.0' : 'blue.0'}
          bd={`1px solid var(--mantine-color-${visibleNotice.tone === 'success' ? 'green' : 'blue'}-8)`}
        >
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text fw={500}>{t(visibleNotice.messageKey, visibleNotice.values)}</Text>
            <CloseButton aria-label={t('app.closeNotice')} onClick={dismiss} />
          </Group>
        </Paper>
      )}
    </div>
  );
}
