import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { problemText } from '../../../api/problem-text.ts';
import { erasePerson, personExportUrl, type PersonView } from '../register.api.ts';
import { usePersonMutation } from '../register.queries.ts';
import type { RegisterAccess } from '../shared/register-access.ts';

interface PersonPrivacySectionProps {
  person: PersonView;
  access: RegisterAccess;
}

/** The RGPD rights staff exercise for a person: access (export) and erasure. */
export function PersonPrivacySection({ person, access }: PersonPrivacySectionProps) {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const [isConfirming, { open, close }] = useDisclosure(false);
  const [isErasing, setIsErasing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const erasure = usePersonMutation(erasePerson);

  if (!access.canExport && !access.canErase) return null;

  async function erase() {
    setError(null);
    setIsErasing(true);
    try {
      await erasure.mutateAsync(person.id);
      close();
      notify({ messageKey: 'register.privacy.erased' });
    } catch (caught) {
      setError(problemText(t, caught));
    } finally {
      setIsErasing(false);
    }
  }

  return (
    <Stack component="section" aria-labelledby="privacy-title" gap="sm">
      <Title order={2} id="privacy-title">
        {t('register.privacy.title')}
      </Title>
      <Text>{t('register.privacy.intro')}</Text>
      <Group>
        {access.canExport && (
          <Button component="a" href={personExportUrl(person.id)} download variant="default">
            {t('register.privacy.export')}
          </Button>
        )}
        {access.canErase && !person.erasedAt && (
          <Button color="red.9" variant="outline" onClick={open}>
            {t('register.privacy.erase')}
          </Button>
        )}
      </Group>
      <Modal
        opened={isConfirming}
        onClose={close}
        title={<strong>{t('register.privacy.confirmTitle', { name: person.administrativeName })}</strong>}
        centered
        closeButtonProps={{ 'aria-label': t('register.common.close') }}
      >
        <Stack>
          <Text>{t('register.privacy.confirmBody')}</Text>
          <Text>{t('register.privacy.confirmKept')}</Text>
          <FormErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('register.common.cancel')}
            </Button>
            <Button color="red.9" loading={isErasing} onClick={() => void erase()}>
              {t('register.privacy.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
