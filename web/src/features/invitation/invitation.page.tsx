import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { tokenSchema } from '../../../../common/auth.schemas.ts';
import type { ErrorCode } from '../../../../common/errors.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { useNotice } from '../../components/notice.context.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { errorCodeOf } from '../../i18n/error-messages.ts';
import { NewPasswordFields } from '../password/new-password-fields.tsx';
import { newPasswordFormSchema, newPasswordInitialValues } from '../password/new-password.schemas.ts';
import { useSession } from '../session/session.context.tsx';
import { acceptInvitation, fetchInvitation, type Invitation } from './invitation.api.ts';

type InvitationState =
  { status: 'loading' } | { status: 'ready'; invitation: Invitation } | { status: 'failed'; code: ErrorCode };

function initialState(token: string): InvitationState {
  return tokenSchema.safeParse(token).success
    ? { status: 'loading' }
    : { status: 'failed', code: 'token_invalid' };
}

function InvitationFailed({ code }: { code: ErrorCode }) {
  const { t } = useTranslation();
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
        <FormErrorAlert message={code} />
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
  const { token = '' } = useParams();
  const [state, setState] = useState<InvitationState>(() => initialState(token));
  usePageTitle(t('invitation.documentTitle'));

  useEffect(() => {
    if (!tokenSchema.safeParse(token).success) return;
    let isCurrent = true;
    fetchInvitation(token).then(
      (invitation) => isCurrent && setState({ status: 'ready', invitation }),
      (error: unknown) => isCurrent && setState({ status: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [token]);

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'failed') return <InvitationFailed code={state.code} />;
  return <AcceptInvitationForm token={token} invitation={state.invitation} />;
}
