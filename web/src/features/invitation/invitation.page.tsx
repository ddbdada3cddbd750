import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useLinkToken } from '../../components/link-token.hook.ts';
import { useTranslation } from 'react-i18next';
import { tokenSchema } from '../../../../common/auth.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { useNotice } from '../../components/notice.context.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { ApiError } from '../../api/client.ts';
import { problemCode, problemText } from '../../api/problem-text.ts';
import { NewPasswordFields } from '../password/new-password.fields.tsx';
import { newPasswordFormSchema, newPasswordInitialValues } from '../password/new-password.schemas.ts';
import { useSession } from '../session/session.context.tsx';
import { acceptInvitation, type Invitation } from './invitation.api.ts';
import { useInvitationQuery } from './invitation.queries.ts';

/** A link that cannot be a token is refused here, as the server would refuse it. */
const invalidToken = new ApiError({
  type: 'about:blank',
  title: 'Gone',
  status: 410,
  detail: '',
  code: 'token_invalid',
});

function InvitationFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = problemCode(error);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('invitation.invalidTitle')}
      </Title>
      {code === 'token_invalid' || code === 'not_found' ? (
        <Alert color="red" variant="light">
          <Text fw={500}>{t('invitation.linkInvalid')}</Text>
        </Alert>
      ) : (
        <FormErrorAlert message={problemText(t, error)} />
      )}
      <Anchor component={Link} to="/signin">
        {t('invitation.goToSignIn')}
      </Anchor>
    </Stack>
  );
}

function AcceptInvitationForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { startSession } = useSession();
  const { notify } = useNotice();

  const form = useSchemaForm({
    schema: newPasswordFormSchema,
    initialValues: newPasswordInitialValues,
    onSubmit: async ({ password }) => {
      const session = await acceptInvitation({ token, password });
      startSession(session);
      notify({ messageKey: 'invitation.welcome', values: { name: session.user.name }, pathname: '/' });
      void navigate('/', { replace: true });
    },
  });

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack>
        <Title order={1} size="h2">
          {t('invitation.title')}
        </Title>
        <Text>{t('invitation.intro', { name: invitation.name, email: invitation.email })}</Text>
        <FormErrorAlert message={form.formError} />
        <NewPasswordFields
          inputProps={form.inputProps}
          passwordLabel={t('invitation.password')}
          confirmationLabel={t('invitation.confirmation')}
        />
        <Button type="submit" loading={form.isSubmitting}>
          {t('invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}

export function InvitationPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const isWellFormed = tokenSchema.safeParse(token).success;
  const query = useInvitationQuery(token, isWellFormed);
  usePageTitle(t('invitation.documentTitle'));

  if (!isWellFormed) return <InvitationFailed error={invalidToken} />;
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <InvitationFailed error={query.error} />;
  return <AcceptInvitationForm token={token} invitation={query.data} />;
}
