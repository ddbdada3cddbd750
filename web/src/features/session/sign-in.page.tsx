import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { signInSchema } from '../../../../common/auth.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { PasswordField } from '../../components/password-field.tsx';
import type { ReturnLocationState } from './require-session.route.tsx';
import { signIn } from './session.api.ts';
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

  const form = useSchemaForm({
    schema: signInSchema,
    initialValues,
    onSubmit: async (input) => {
      const session = await signIn(input);
      startSession(session);
      void navigate(returnPath(location.state), { replace: true });
    },
  });

  if (user && !form.isSubmitting) return <Navigate to={returnPath(location.state)} replace />;

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack>
        <Title order={1} size="h2">
          {t('signIn.title')}
        </Title>
        <Text>{t('signIn.intro')}</Text>
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
