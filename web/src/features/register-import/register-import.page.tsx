import { Divider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { registerWriterRoles } from '../../../../common/roles.ts';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { ForbiddenPage } from '../errors/forbidden.page.tsx';
import { useSignedInUser } from '../session/session.context.tsx';
import { FileImportSection } from './file-import.section.tsx';
import { PasteLinesSection } from './paste-lines.section.tsx';
import { RegisterExportSection } from './register-export.section.tsx';

/** /members/import: loading members from a file or from pasted lines, and exporting the register. */
export function RegisterImportPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  usePageTitle(t('registerImport.title'));
  if (!registerWriterRoles.includes(user.role)) return <ForbiddenPage />;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('registerImport.title')}</Title>
        <Text>{t('registerImport.intro')}</Text>
      </Stack>
      <FileImportSection />
      <Divider />
      <PasteLinesSection />
      <Divider />
      <RegisterExportSection />
    </Stack>
  );
}
