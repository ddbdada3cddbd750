import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inviteUserSchema } from '../../../../common/auth.schemas.ts';
import { roles } from '../../../../common/roles.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { useNotice } from '../../components/notice.context.tsx';
import { useInviteUserMutation } from './users.queries.ts';

const initialValues = { name: '', email: '', role: 'member' };

export function InviteUserForm() {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const invite = useInviteUserMutation();

  const form = useSchemaForm({
    schema: inviteUserSchema,
    initialValues,
    codeToField: { email_taken: { field: 'email', message: 'email_taken' } },
    onSubmit: async (input) => {
      const user = await invite.mutateAsync(input);
      form.reset();
      notify({ messageKey: 'users.invite.sent', values: { email: user.email } });
    },
  });

  const roleOptions = roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));

  return (
    <form noValidate aria-labelledby="invite-user-title" onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack>
        <Title order={2} id="invite-user-title">
          {t('users.invite.title')}
        </Title>
        <Text>{t('users.invite.intro')}</Text>
        <FormErrorAlert message={form.formError} />
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label={t('users.invite.name')}
            autoComplete="off"
            required
            miw={200}
            {...form.inputProps('name')}
          />
          <TextInput
            label={t('users.invite.email')}
            type="email"
            autoComplete="off"
            required
            miw={200}
            {...form.inputProps('email')}
          />
          <NativeSelect
            label={t('users.invite.role')}
            data={roleOptions}
            required
            miw={160}
            {...form.inputProps('role')}
          />
        </Group>
        <Button type="submit" loading={form.isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('users.invite.submit')}
        </Button>
      </Stack>
    </form>
  );
}
