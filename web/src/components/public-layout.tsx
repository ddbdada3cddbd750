import { Box, Container, Group, Paper, Text } from '@mantine/core';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.tsx';
import { useMainFocusOnNavigation } from './main-focus.hook.ts';
import { NoticeRegion } from './notice-region.tsx';
import { mainContentId, SkipLink } from './skip-link.tsx';

/** Pages seen before signing in: sign-in, forgotten password, invitation. */
export function PublicLayout() {
  const { t } = useTranslation();
  useMainFocusOnNavigation();

  return (
    <>
      <SkipLink />
      <Box
        component="header"
        px="md"
        py="sm"
        bg="gray.0"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between">
          <Text component="p" fw={700} size="xl">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id={mainContentId} tabIndex={-1} size={480} py="xl">
        <NoticeRegion />
        <Paper withBorder p="lg">
          <Outlet />
        </Paper>
      </Container>
    </>
  );
}
