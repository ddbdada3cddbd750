import { Box, Container, Group, Text } from '@mantine/core';
import { Outlet, Route } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { lazyPage } from '../../components/lazy-page.tsx';
import { useMainFocusOnNavigation } from '../../components/main-focus.hook.ts';
import { mainContentId, SkipLink } from '../../components/skip-link.tsx';
import { AssociationProvider, useAssociation } from '../association/association.context.tsx';

const ConvocationPage = lazyPage(
  () => import('./convocation.page.tsx'),
  (module) => module.ConvocationPage,
  { texts: 'first' },
);
const ParticipantPage = lazyPage(
  () => import('./participant.page.tsx'),
  (module) => module.ParticipantPage,
  { texts: 'first' },
);

const TrusteePage = lazyPage(
  () => import('../encryption/trustee.page.tsx'),
  (module) => module.TrusteePage,
);
const VerifyPage = lazyPage(
  () => import('../encryption/verify.page.tsx'),
  (module) => module.VerifyPage,
);

/** The member's phone: no account, no navigation, one column from 360 px wide (the association is public). */
function ParticipantLayout() {
  const { t } = useTranslation();
  const association = useAssociation();
  useMainFocusOnNavigation();
  return (
    <>
      <SkipLink />
      <Box
        component="header"
        px="md"
        py="xs"
        bg="gray.0"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Text component="p" fw={700} size="lg">
              {t('app.name')}
            </Text>
            {association && (
              <Text component="p" truncate="end">
                {association.name}
              </Text>
            )}
          </Group>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id={mainContentId} tabIndex={-1} size={560} px="sm" py="md">
        <Outlet />
      </Container>
    </>
  );
}

/** Public pages of a convened member: the link from the e-mail, then the session on their phone. */
export const participantRoutes = (
  <Route
    element={
      <AssociationProvider>
        <ParticipantLayout />
      </AssociationProvider>
    }
  >
    <Route path="/p" element={<ConvocationPage />} />
    <Route path="/p/:token" element={<ConvocationPage />} />
    <Route path="/participant" element={<ParticipantPage />} />
    {/* Encrypted polls: a scrutineer's device during the ceremony and the count, and anyone's check. */}
    <Route path="/trustee" element={<TrusteePage />} />
    <Route path="/verify" element={<VerifyPage />} />
  </Route>
);
