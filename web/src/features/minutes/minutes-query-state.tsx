import { Alert, Button, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemCode, problemText } from '../../api/problem-text.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { startMinutes, type MinutesView } from './minutes.api.ts';
import { useMinutesMutation } from './minutes.queries.ts';

/**
 * What a minutes page shows until its minutes are read: loading, the offer to start minutes not
 * started yet (with why starting failed), or why they could not be read.
 */
export function MinutesQueryState({ slug, query }: { slug: string; query: UseQueryResult<MinutesView> }) {
  const { t } = useTranslation();
  const start = useMinutesMutation(slug);
  const [startError, setStartError] = useState<string | null>(null);
  const isMissing = problemCode(query.error) === 'minutes_not_found';
  if (query.isPending) return <LoadingState />;
  if (isMissing) {
    return (
      <Stack gap="sm" align="start">
        <Text>{t('minutes.none')}</Text>
        <Button
          onClick={() =>
            void start
              .mutateAsync(() => startMinutes(slug))
              .catch((caught: unknown) => setStartError(problemText(t, caught)))
          }
        >
          {t('minutes.start')}
        </Button>
        {startError && (
          <Alert color="red" role="alert">
            {startError}
          </Alert>
        )}
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" role="alert">
        {problemText(t, query.error)}
      </Alert>
    );
  }
  return null;
}
