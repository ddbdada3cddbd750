import { useTranslation } from 'react-i18next';
import type { FieldInputProps } from '../../components/schema-form.hook.ts';
import { PasswordField } from '../../components/password-field.tsx';

interface NewPasswordFieldsProps {
  inputProps: (name: 'password' | 'confirmation') => FieldInputProps;
  passwordLabel: string;
  confirmationLabel: string;
}

/** Password and confirmation, with the length rule shown before people type rather than after. */
export function NewPasswordFields({ inputProps, passwordLabel, confirmationLabel }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordField
        label={passwordLabel}
        description={t('password.hint')}
        autoComplete="new-password"
        required
        {...inputProps('password')}
      />
      <PasswordField
        label={confirmationLabel}
        autoComplete="new-password"
        required
        {...inputProps('confirmation')}
      />
    </>
  );
}
