import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { fetchParticipant } from './participant.api.ts';
import { tokenOfPastedLink } from './pasted-link.ts';

/**
 * /p without a link, where the projector's QR code leads: a phone already signed in for the day
 * goes on to the session; any other is told to open its member's own personal link (or to paste
 * it), as nothing else signs a member in.
 */
export function JoinSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Asked once, outside the query cache: a refusal for want of a session empties that cache.
  const [session, setSession] = useState<'asking' | 'signed-in' | 'none'>('asking');
  useEffect(() => {
    let isCurrent = true;
    fetchParticipant().then(
      () => isCurrent && setSession('signed-in'),
      () => isCurrent && setSession('none'),
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);
  usePageTitle(t('participant.join.title'));

  if (session === 'asking') return <LoadingState />;
  if (session === 'signed-in') return <Navigate to="/participant" replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = tokenOfPastedLink(pasted);
    if (!token) {
      setError(t('participant.join.notALink'));
      return;
    }
    void navigate(`/p#${token}`);
  };

  return (
    <Stack gap="md">
      <Title order={1} fz={{ base: 26, sm: 32 }}>
        {t('participant.join.title')}
      </Title>
      <Text fz="lg">{t('participant.join.intro')}</Text>
      <Text>{t('participant.join.personal')}</Text>
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            size="md"
            label={t('participant.join.pasteLabel')}
            description={t('participant.join.pasteHint')}
            value={pasted}
            onChange={(event) => {
              setPasted(event.currentTarget.value);
              setError(null);
            }}
            error={error}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
          />
          <Button type="submit" size="lg" fullWidth>
            {t('participant.join.open')}
          </Button>
        </Stack>
      </Paper>
      <Alert variant="light" color="blue">
        <Text>{t('participant.join.noLink')}</Text>
      </Alert>
    </Stack>
  );
}
