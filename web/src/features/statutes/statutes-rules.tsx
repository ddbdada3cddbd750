import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegisterFormat } from '../register/shared/register-format.ts';
import { formatLongDate } from '../../../../common/format.ts';
import type { Statutes } from './statutes.api.ts';
import { assemblyKinds } from '../../../../common/assemblies.schemas.ts';
import { kindRuleSentences, ruleSentences } from './statutes-text.ts';

/** The version in force today, as sentences rather than settings. */
export function StatutesRules({ statutes, timeZone }: { statutes: Statutes | undefined; timeZone?: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const format = useRegisterFormat();

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
            {ruleSentences(t, format.category, statutes).map((sentence) => (
              <List.Item key={sentence}>{sentence}</List.Item>
            ))}
          </List>
          {assemblyKinds.map((kind) => (
            <Stack key={kind} component="section" aria-labelledby={`statutes-current-${kind}`} gap={4}>
              <Title order={3} size="h4" id={`statutes-current-${kind}`}>
                {t(`statutes.kinds.${kind}`)}
              </Title>
              <List spacing={4}>
                {kindRuleSentences(t, statutes.meetingRules[kind]).map((sentence) => (
                  <List.Item key={sentence}>{sentence}</List.Item>
                ))}
              </List>
            </Stack>
          ))}
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
