import { Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchImport, type ImportViewResponse } from './register-import.api.ts';

/**
 * While a check or an import runs (its request is pending), the page asks the server how far it
 * has got, twice a second, and shows it as a progress bar.
 */
export function useImportProgress(importId: string | null, isRunning: boolean) {
  const [view, setView] = useState<ImportViewResponse | null>(null);
  useEffect(() => {
    if (!importId || !isRunning) return;
    let isCurrent = true;
    const timer = setInterval(() => {
      fetchImport(importId).then(
        (next) => isCurrent && setView(next),
        () => undefined,
      );
    }, 500);
    return () => {
      isCurrent = false;
      clearInterval(timer);
    };
  }, [importId, isRunning]);
  return isRunning ? view : null;
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
