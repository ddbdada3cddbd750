import { Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema } from '../../../../common/auth.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { useNotice } from '../../components/notice.context.tsx';
import { PasswordField } from '../../components/password-field.tsx';
import { changePassword } from './account.api.ts';

const initialValues = { currentPassword: '', newPassword: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { notify } = useNotice();

  const form = useSchemaForm({
    schema: changePasswordSchema,
    initialValues,
    codeToField: { invalid_credentials: { field: 'currentPassword', message: 'wrong_current_password' } },
    onSubmit: async (input) => {
      await changePassword(input);
      form.reset();
      notify({ messageKey: 'account.changePassword.done' });
    },
  });

  return (
    <form
      noValidate
      aria-labelledby="change-password-title"
      onSubmit={(event) => void form.handleSubmit(event)}
    >
      <Stack maw={480}>
        <Title order={2} id="change-password-title">
          {t('account.changePassword.title')}
        </Title>
        <FormErrorAlert message={form.formError} />
        <PasswordField
          label={t('account.changePassword.current')}
          autoComplete="current-password"
          required
          {...form.inputProps('currentPassword')}
        />
        <PasswordField
          label={t('account.changePassword.new')}
          description={t('password.hint')}
          autoComplete="new-password"
          required
          {...form.inputProps('newPassword')}
        />
        <Button type="submit" loading={form.isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('account.changePassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
