import { Alert, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { problemText } from '../../../api/problem-text.ts';
import { ConfirmDialog } from '../../../components/confirm.dialog.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { assemblyPath } from '../assemblies.api.ts';
import { useAssemblyQuery } from '../assemblies.queries.ts';
import { AssemblyProvider } from '../assembly-layout.tsx';
import { RequireStaff } from '../shared/require-staff.tsx';
import { CheckInPage } from './check-in.page.tsx';

/**
 * /assemblies/:slug/kiosk: the door's tablet, the check-in alone on the screen — no header, no
 * navigation, nothing else to tap. It still needs a staff member's session; leaving it is a deliberate
 * step (a button, then a confirmation whose safe choice is to stay).
 */
export function KioskPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const query = useAssemblyQuery(slug);
  const [isAskingToLeave, setAskingToLeave] = useState(false);

  return (
    <RequireStaff>
      <Box component="main" mih="100vh" p={{ base: 'md', sm: 'xl' }}>
        {query.isPending && <LoadingState />}
        {query.isError && <Alert color="red">{problemText(t, query.error)}</Alert>}
        {query.isSuccess && (
          <Stack gap="md" maw={960} mx="auto">
            <Group justify="space-between" wrap="wrap">
              <Text fw={600}>{query.data.title}</Text>
              <Button variant="default" size="compact-md" onClick={() => setAskingToLeave(true)}>
                {t('assemblies.kiosk.leave')}
              </Button>
            </Group>
            <AssemblyProvider assembly={query.data}>
              <CheckInPage isKiosk />
            </AssemblyProvider>
            <ConfirmDialog
              opened={isAskingToLeave}
              title={t('assemblies.kiosk.leaveTitle')}
              confirmLabel={t('assemblies.kiosk.leaveConfirm')}
              cancelLabel={t('assemblies.kiosk.stay')}
              onConfirm={() => void navigate(assemblyPath(slug, 'check-in'))}
              onClose={() => setAskingToLeave(false)}
            >
              <Text>{t('assemblies.kiosk.leaveText')}</Text>
            </ConfirmDialog>
          </Stack>
        )}
      </Box>
    </RequireStaff>
  );
}
