import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLinkToken } from '../../components/link-token.hook.ts';
import { useTranslation } from 'react-i18next';
import { tokenSchema } from '../../../../common/auth.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { useNotice } from '../../components/notice.context.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { problemCode } from '../../api/problem-text.ts';
import { NewPasswordFields } from './new-password.fields.tsx';
import { newPasswordFormSchema, newPasswordInitialValues } from './new-password.schemas.ts';
import { resetPassword } from './password.api.ts';

function InvalidLink() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('passwordReset.title')}
      </Title>
      <Alert color="red" variant="light">
        <Text fw={500}>{t('passwordReset.linkInvalid')}</Text>
      </Alert>
      <Anchor component={Link} to="/password/forgot">
        {t('passwordReset.requestNewLink')}
      </Anchor>
    </Stack>
  );
}

export function PasswordResetPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const navigate = useNavigate();
  const { notify } = useNotice();
  const [isLinkInvalid, setIsLinkInvalid] = useState(() => !tokenSchema.safeParse(token).success);
  usePageTitle(t('passwordReset.title'));

  const form = useSchemaForm({
    schema: newPasswordFormSchema,
    initialValues: newPasswordInitialValues,
    onSubmit: async ({ password }) => {
      try {
        await resetPassword({ token, password });
      } catch (error) {
        if (problemCode(error) !== 'token_invalid') throw error;
        setIsLinkInvalid(true);
        return;
      }
      notify({ messageKey: 'passwordReset.done', pathname: '/signin' });
      void navigate('/signin', { replace: true });
    },
  });

  if (isLinkInvalid) return <InvalidLink />;

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack>
        <Title order={1} size="h2">
          {t('passwordReset.title')}
        </Title>
        <FormErrorAlert message={form.formError} />
        <NewPasswordFields
          inputProps={form.inputProps}
          passwordLabel={t('passwordReset.password')}
          confirmationLabel={t('passwordReset.confirmation')}
        />
        <Button type="submit" loading={form.isSubmitting}>
          {t('passwordReset.submit')}
        </Button>
      </Stack>
    </form>
  );
}
