import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../../../common/format.ts';
import type { Statutes } from './statutes.api.ts';
import { ruleSentences } from './statutes-text.ts';

/** The version in force today, as sentences rather than settings. */
export function StatutesRules({ statutes, timeZone }: { statutes: Statutes | undefined; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';

  return (
    <Stack component="section" aria-labelledby="statutes-current-title" gap="sm">
      <Title order={2} id="statutes-current-title">
        {t('statutes.current.title')}
      </Title>
      {statutes ? (
        <>
          <Text>
            {t('statutes.current.since', {
              date: formatLongDate(statutes.effectiveFrom, locale, timeZone),
            })}
          </Text>
          <List spacing={4}>
            {ruleSentences(t, locale, statutes).map((sentence) => (
              <List.Item key={sentence}>{sentence}</List.Item>
            ))}
          </List>
          {statutes.notes && (
            <Text size="sm">
              <Text span fw={600}>
                {t('statutes.rules.notes')}
              </Text>{' '}
              {statutes.notes}
            </Text>
          )}
        </>
      ) : (
        <Text>{t('statutes.current.none')}</Text>
      )}
    </Stack>
  );
}
