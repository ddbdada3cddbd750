import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { requestPasswordResetSchema } from '../../../../common/auth.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { useNotice } from '../../components/notice.context.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { requestPasswordReset } from './password.api.ts';

const initialValues = { email: '' };

export function PasswordForgotPage() {
  const { t } = useTranslation();
  const { notify } = useNotice();
  usePageTitle(t('passwordForgot.title'));

  const form = useSchemaForm({
    schema: requestPasswordResetSchema,
    initialValues,
    onSubmit: async ({ email }) => {
      await requestPasswordReset(email);
      notify({ messageKey: 'passwordForgot.sent', values: { email }, tone: 'info' });
    },
  });

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack>
        <Title order={1} size="h2">
          {t('passwordForgot.title')}
        </Title>
        <Text>{t('passwordForgot.intro')}</Text>
        <FormErrorAlert message={form.formError} />
        <TextInput
          label={t('passwordForgot.email')}
          type="email"
          autoComplete="email"
          required
          {...form.inputProps('email')}
        />
        <Button type="submit" loading={form.isSubmitting}>
          {t('passwordForgot.submit')}
        </Button>
        <Anchor component={Link} to="/signin">
          {t('passwordForgot.backToSignIn')}
        </Anchor>
      </Stack>
    </form>
  );
}
