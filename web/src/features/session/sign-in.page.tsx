import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { signInSchema } from '../../../../common/auth.schemas.ts';
import { twoFactorSignInSchema } from '../../../../common/two-factor.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { PasswordField } from '../../components/password-field.tsx';
import { FirstRunSection } from './first-run.section.tsx';
import type { ReturnLocationState } from './require-session.route.tsx';
import { signIn, signInWithCode, type SignedInSession } from './session.api.ts';
import { useSession } from './session.context.tsx';

const initialValues = { email: '', password: '' };

/** Only paths inside the app: an address from elsewhere must not become a redirect target. */
function returnPath(state: unknown): string {
  const from = (state as ReturnLocationState | null)?.from;
  return from && from.startsWith('/') && !from.startsWith('//') && from !== '/signin' ? from : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const { user, startSession } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  usePageTitle(t('signIn.title'));

  const [challenge, setChallenge] = useState<{ email: string; challenge: string } | null>(null);
  const opened = (session: SignedInSession) => {
    startSession(session);
    void navigate(session.mustEnrolTwoFactor ? '/account' : returnPath(location.state), { replace: true });
  };

  const form = useSchemaForm({
    schema: signInSchema,
    initialValues,
    onSubmit: async (input) => {
      const answer = await signIn(input);
      if ('twoFactorChallenge' in answer) {
        setChallenge({ email: input.email, challenge: answer.twoFactorChallenge });
        return;
      }
      opened(answer);
    },
  });

  if (user && !form.isSubmitting) return <Navigate to={returnPath(location.state)} replace />;
  if (challenge) {
    return <SecondStepForm challenge={challenge} onOpened={opened} onRestart={() => setChallenge(null)} />;
  }

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack>
        <Title order={1} size="h2">
          {t('signIn.title')}
        </Title>
        <Text>{t('signIn.intro')}</Text>
        <FirstRunSection />
        <FormErrorAlert message={form.formError} />
        <TextInput
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          {...form.inputProps('email')}
        />
        <PasswordField
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          {...form.inputProps('password')}
        />
        <Button type="submit" loading={form.isSubmitting}>
          {t('signIn.submit')}
        </Button>
        <Anchor component={Link} to="/password/forgot">
          {t('signIn.forgotPassword')}
        </Anchor>
      </Stack>
    </form>
  );
}

/** The code from the authenticator app (or a recovery code), after the password. */
function SecondStepForm({
  challenge,
  onOpened,
  onRestart,
}: {
  challenge: { email: string; challenge: string };
  onOpened: (session: SignedInSession) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: twoFactorSignInSchema,
    initialValues: { ...challenge, code: '' },
    onSubmit: async (input) => onOpened(await signInWithCode(input)),
  });
  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack>
        <Title order={1} size="h2">
          {t('signIn.twoFactor.title')}
        </Title>
        <Text>{t('signIn.twoFactor.intro')}</Text>
        <FormErrorAlert message={form.formError} />
        <TextInput
          label={t('signIn.twoFactor.code')}
          description={t('signIn.twoFactor.codeHint')}
          autoComplete="one-time-code"
          inputMode="text"
          required
          data-autofocus
          {...form.inputProps('code')}
        />
        <Button type="submit" loading={form.isSubmitting}>
          {t('signIn.twoFactor.submit')}
        </Button>
        <Anchor component="button" type="button" onClick={onRestart} style={{ alignSelf: 'flex-start' }}>
          {t('signIn.twoFactor.restart')}
        </Anchor>
      </Stack>
    </form>
  );
}
