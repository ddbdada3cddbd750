import { Alert, Button, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConvocationAnswer } from '../assemblies/convocations.api.ts';
import type { ConvocationView } from './participant.api.ts';

interface AnswerFormProps {
  convocation: ConvocationView;
  /** Resolves to the refusal's sentence, or null once the answer is recorded. */
  onAnswer: (answer: ConvocationAnswer, holderMembershipId?: string) => Promise<string | null>;
}

/** Three large choices: attending, excused, or a proxy to another member chosen from the list. */
export function AnswerForm({ convocation, onAnswer }: AnswerFormProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ConvocationAnswer | null>(null);
  const [isChoosingHolder, setIsChoosingHolder] = useState(false);
  const [holder, setHolder] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function answer(choice: ConvocationAnswer, holderMembershipId?: string) {
    setError(null);
    setBusy(choice);
    const refusal = await onAnswer(choice, holderMembershipId);
    setBusy(null);
    setError(refusal);
    if (!refusal) setIsChoosingHolder(false);
  }

  function handleProxy(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!holder) {
      setError(t('participant.answer.chooseHolder'));
      return;
    }
    void answer('proxy', holder);
  }

  /** The answer already given stands out; the others stay outlined. */
  const variantFor = (choice: ConvocationAnswer) => (convocation.answer === choice ? 'filled' : 'outline');

  const holderOptions = [
    { value: '', label: t('participant.answer.choose') },
    ...convocation.proxyHolders.map((member) => ({ value: member.membershipId, label: member.memberName })),
  ];

  return (
    <Stack component="section" aria-labelledby="answer-title" gap="sm">
      <Title order={2} id="answer-title">
        {t('participant.answer.title')}
      </Title>
      {error && (
        <Alert color="red" variant="light" role="alert">
          <Text fw={500}>{error}</Text>
        </Alert>
      )}
      <Button
        size="lg"
        fullWidth
        variant={variantFor('attending')}
        loading={busy === 'attending'}
        onClick={() => void answer('attending')}
      >
        {t('participant.answer.attending')}
      </Button>
      <Button
        size="lg"
        fullWidth
        variant={variantFor('excused')}
        loading={busy === 'excused'}
        onClick={() => void answer('excused')}
      >
        {t('participant.answer.excused')}
      </Button>
      <Button
        size="lg"
        fullWidth
        variant={isChoosingHolder ? 'filled' : variantFor('proxy')}
        aria-expanded={isChoosingHolder}
        aria-controls="proxy-holder-panel"
        onClick={() => {
          setIsChoosingHolder((value) => !value);
          requestAnimationFrame(() => document.getElementById('proxy-holder')?.focus());
        }}
      >
        {t('participant.answer.proxy')}
      </Button>
      <div id="proxy-holder-panel">
        {isChoosingHolder && (
          <Paper withBorder p="md">
            <form noValidate onSubmit={handleProxy}>
              <Stack gap="sm">
                <NativeSelect
                  id="proxy-holder"
                  size="lg"
                  label={t('participant.answer.holder')}
                  description={t('participant.answer.holderHint')}
                  data={holderOptions}
                  value={holder}
                  onChange={(event) => setHolder(event.currentTarget.value)}
                />
                <Button type="submit" size="lg" fullWidth loading={busy === 'proxy'}>
                  {t('participant.answer.giveProxy')}
                </Button>
              </Stack>
            </form>
          </Paper>
        )}
      </div>
    </Stack>
  );
}
