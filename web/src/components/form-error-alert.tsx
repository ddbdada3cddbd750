import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../common/errors.ts';
import { errorCodeMessage } from '../i18n/error-messages.ts';

/** The error of a whole form (bad credentials, server down); field errors sit under their fields. */
export function FormErrorAlert({ code }: { code: ErrorCode | null }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <Alert color="red" variant="light">
      <Text fw={500}>{errorCodeMessage(t, code)}</Text>
    </Alert>
  );
}
