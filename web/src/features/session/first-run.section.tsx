import { Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchFirstRun } from './session.api.ts';

/**
 * What the sign-in page says while Quorum has no account: the first administrator is created on the
 * server's machine with `quorum admin create` (nobody can claim it from the web), then signs in here
 * and the dashboard leads the association's setting up.
 */
export function FirstRunSection() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['first-run'], queryFn: fetchFirstRun });
  if (!query.isSuccess || query.data.hasAccounts) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="first-run-title" data-first-run>
      <Stack gap="xs">
        <Title order={2} size="h4" id="first-run-title">
          {t('signIn.firstRun.title')}
        </Title>
        <Text>{t('signIn.firstRun.intro')}</Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {`npx quorum admin create --email ${t('signIn.firstRun.exampleEmail')} --name "${t('signIn.firstRun.exampleName')}"`}
        </Code>
        <Text>{t('signIn.firstRun.password')}</Text>
        <Text>{t('signIn.firstRun.then')}</Text>
        <Text size="sm">{t('signIn.firstRun.demo')}</Text>
        <Code block>npx quorum demo</Code>
        <Button
          variant="light"
          size="compact-sm"
          style={{ alignSelf: 'flex-start' }}
          loading={query.isFetching}
          onClick={() => void query.refetch()}
        >
          {t('signIn.firstRun.check')}
        </Button>
      </Stack>
    </Paper>
  );
}
