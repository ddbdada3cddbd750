import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemText } from '../api/problem-text.ts';

/** Why a page's data could not be read, in one sentence (`problemText`). */
export function QueryFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <Alert color="red">{problemText(t, error)}</Alert>;
}
