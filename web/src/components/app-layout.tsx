import { AppShell, Burger, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAssociation } from '../features/association/association.context.tsx';
import { useSession, useSignedInUser } from '../features/session/session.context.tsx';
import { AppNavigation } from './app-navigation.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { useMainFocusOnNavigation } from './main-focus.hook.ts';
import { NoticeRegion } from './notice-region.tsx';
import { mainContentId, SkipLink } from './skip-link.tsx';

const navigationId = 'main-navigation';

/** The signed-in shell: header with the association and the user, navigation, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const association = useAssociation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [isNavigationOpen, { toggle: toggleNavigation, close: closeNavigation }] = useDisclosure(false);
  useMainFocusOnNavigation();

  async function handleSignOut() {
    await signOut();
    void navigate('/signin', { replace: true });
  }

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isNavigationOpen } }}
        padding="lg"
      >
        <AppShell.Header px={{ base: 'xs', sm: 'md' }}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={isNavigationOpen}
                onClick={toggleNavigation}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('layout.toggleNavigation')}
                aria-expanded={isNavigationOpen}
                aria-controls={navigationId}
              />
              <Text component="p" fw={700} fz={{ base: 'lg', sm: 'xl' }}>
                {t('app.name')}
              </Text>
              {association && (
                <Text component="p" visibleFrom="sm" truncate="end">
                  {association.name}
                </Text>
              )}
            </Group>
            <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
              <Text component="p" visibleFrom="md" fw={500}>
                {user.name}
              </Text>
              <LanguageSwitch />
              <Button variant="default" size="xs" onClick={() => void handleSignOut()}>
                {t('layout.signOut')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          id={navigationId}
          className="app-navigation"
          data-open={isNavigationOpen || undefined}
          p="sm"
          aria-label={t('layout.mainNavigation')}
        >
          <AppNavigation role={user.role} onNavigate={closeNavigation} />
        </AppShell.Navbar>
        <AppShell.Main id={mainContentId} tabIndex={-1}>
          <NoticeRegion />
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
