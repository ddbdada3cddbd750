import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useImportProgressQuery } from './register-import.queries.ts';

/** How far the running check or import has got, as the server last said; null when none runs. */
export function useImportProgress(importId: string | null, isRunning: boolean) {
  const { data } = useImportProgressQuery(importId, isRunning);
  return isRunning ? (data ?? null) : null;
}

export function ImportProgress({
  phase,
  processed,
  total,
}: {
  phase: 'checking' | 'importing';
  processed: number;
  total: number | null;
}) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => value.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'fr-FR');
  const percent = total ? Math.min(100, Math.round((processed / total) * 100)) : 100;
  const text = total
    ? t(`registerImport.progress.${phase}`, { processed: number(processed), total: number(total) })
    : t('registerImport.progress.unknownTotal', { processed: number(processed) });
  return (
    <Stack gap={4}>
      <Progress value={percent} animated={!total} size="lg" aria-label={t('registerImport.progress.label')} />
      <Text size="sm">{text}</Text>
    </Stack>
  );
}
