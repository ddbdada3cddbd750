import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { mainContentId } from '../../components/skip-link.tsx';

/** Shown when the session cannot even be asked for: the server is down or unreachable. */
export function SessionUnavailablePage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('app.sessionUnavailable.title'));
  return (
    <Container component="main" id={mainContentId} size={480} py="xl">
      <Stack>
        <Title order={1}>{t('app.sessionUnavailable.title')}</Title>
        <Text>{t('app.sessionUnavailable.body')}</Text>
        <Button onClick={onRetry} style={{ alignSelf: 'flex-start' }}>
          {t('app.sessionUnavailable.retry')}
        </Button>
      </Stack>
    </Container>
  );
}
