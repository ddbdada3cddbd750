import { Alert, Button, Code, Group, Image, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../../../common/format.ts';
import {
  renewRecoveryCodesSchema,
  twoFactorConfirmSchema,
  twoFactorDisableSchema,
  type TwoFactorSetup,
} from '../../../../common/two-factor.schemas.ts';
import { problemText } from '../../api/problem-text.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useNotice } from '../../components/notice.context.tsx';
import { PasswordField } from '../../components/password-field.tsx';
import { QueryFailure } from '../../components/query-failure.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { useAssociationQuery } from '../association/association.queries.ts';
import { useSession } from '../session/session.context.tsx';
import {
  confirmTwoFactor,
  disableTwoFactor,
  fetchTwoFactorStatus,
  renewRecoveryCodes,
  startTwoFactor,
} from './account.api.ts';

const statusKey = ['account', 'two-factor'] as const;

/** "Mon compte": turn two-factor sign-in (TOTP) on with a QR code and a first code, or off. */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const status = useQuery({ queryKey: statusKey, queryFn: fetchTwoFactorStatus });
  const [recoveryCodes, setRecoveryCodes] = useState<{ codes: string[]; isRenewal: boolean } | null>(null);

  return (
    <Stack component="section" aria-labelledby="two-factor-title" gap="sm" maw={640}>
      <Title order={2} id="two-factor-title">
        {t('account.twoFactor.title')}
      </Title>
      <Text>{t('account.twoFactor.intro')}</Text>
      {status.isPending && <LoadingState />}
      {status.isError && <QueryFailure error={status.error} />}
      {recoveryCodes && (
        <RecoveryCodesPanel
          codes={recoveryCodes.codes}
          isRenewal={recoveryCodes.isRenewal}
          onDone={() => setRecoveryCodes(null)}
        />
      )}
      {status.isSuccess &&
        !recoveryCodes &&
        (status.data.isEnabled ? (
          <EnabledPanel
            enabledAt={status.data.enabledAt}
            recoveryCodesLeft={status.data.recoveryCodesLeft}
            onRenewed={(codes) => setRecoveryCodes({ codes, isRenewal: true })}
          />
        ) : (
          <EnrolPanel onEnrolled={(codes) => setRecoveryCodes({ codes, isRenewal: false })} />
        ))}
    </Stack>
  );
}

function EnrolPanel({ onEnrolled }: { onEnrolled: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isStarting, setIsStarting] = useState(false);
  const queryClient = useQueryClient();
  const { setHasTwoFactor } = useSession();
  const form = useSchemaForm({
    schema: twoFactorConfirmSchema,
    initialValues: { code: '' },
    onSubmit: async (input) => {
      const { recoveryCodes } = await confirmTwoFactor(input);
      onEnrolled(recoveryCodes);
      setHasTwoFactor(true);
      await queryClient.invalidateQueries({ queryKey: statusKey });
    },
  });

  const start = () => {
    setError(null);
    setIsStarting(true);
    startTwoFactor()
      .then(setSetup, (failure: unknown) => setError(problemText(t, failure)))
      .finally(() => setIsStarting(false));
  };

  if (!setup) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text c="dimmed">{t('account.twoFactor.off')}</Text>
        <FormErrorAlert message={error} />
        <Button onClick={start} loading={isStarting}>
          {t('account.twoFactor.start')}
        </Button>
      </Stack>
    );
  }
  return (
    <Paper withBorder p="md">
      <form noValidate onSubmit={(event) => void form.handleSubmit(event)}>
        <Stack gap="sm">
          <Text>{t('account.twoFactor.scan')}</Text>
          <Image src={setup.qrCode} alt={t('account.twoFactor.qrAlt')} w={220} h={220} fit="contain" />
          <Text size="sm">{t('account.twoFactor.secretText')}</Text>
          <Code block data-testid="two-factor-secret">
            {setup.secret}
          </Code>
          <FormErrorAlert message={form.formError} />
          <TextInput
            label={t('account.twoFactor.firstCode')}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            maw={240}
            {...form.inputProps('code')}
          />
          <Group>
            <Button type="submit" loading={form.isSubmitting}>
              {t('account.twoFactor.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RecoveryCodesPanel({
  codes,
  isRenewal,
  onDone,
}: {
  codes: string[];
  isRenewal: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="green"
      title={t(isRenewal ? 'account.twoFactor.renewedTitle' : 'account.twoFactor.enabledTitle')}
    >
      <Stack gap="sm">
        <Text>{t('account.twoFactor.recoveryIntro')}</Text>
        <List data-testid="recovery-codes" ff="monospace">
          {codes.map((code) => (
            <List.Item key={code}>{code}</List.Item>
          ))}
        </List>
        <Button onClick={onDone} style={{ alignSelf: 'flex-start' }}>
          {t('account.twoFactor.recoveryDone')}
        </Button>
      </Stack>
    </Alert>
  );
}

function EnabledPanel({
  enabledAt,
  recoveryCodesLeft,
  onRenewed,
}: {
  enabledAt: string | null;
  recoveryCodesLeft: number;
  onRenewed: (codes: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const { notify } = useNotice();
  const queryClient = useQueryClient();
  const { setHasTwoFactor } = useSession();
  const association = useAssociationQuery();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const form = useSchemaForm({
    schema: twoFactorDisableSchema,
    initialValues: { password: '', code: '' },
    onSubmit: async (input) => {
      await disableTwoFactor(input);
      setHasTwoFactor(false);
      notify({ messageKey: 'account.twoFactor.disabled' });
      await queryClient.invalidateQueries({ queryKey: statusKey });
    },
  });
  return (
    <Stack gap="sm">
      <Text data-testid="two-factor-on">
        {enabledAt
          ? t('account.twoFactor.onSince', {
              date: formatLongDate(enabledAt, locale, association.data?.timeZone),
            })
          : t('account.twoFactor.on')}{' '}
        {t('account.twoFactor.recoveryLeft', { count: recoveryCodesLeft })}
      </Text>
      <RenewRecoveryCodesForm onRenewed={onRenewed} />
      <form
        noValidate
        onSubmit={(event) => void form.handleSubmit(event)}
        aria-labelledby="two-factor-off-title"
      >
        <Stack gap="sm" maw={480}>
          <Title order={3} size="h4" id="two-factor-off-title">
            {t('account.twoFactor.disableTitle')}
          </Title>
          <FormErrorAlert message={form.formError} />
          <PasswordField
            label={t('account.twoFactor.password')}
            autoComplete="current-password"
            required
            {...form.inputProps('password')}
          />
          <TextInput
            label={t('account.twoFactor.currentCode')}
            autoComplete="one-time-code"
            required
            {...form.inputProps('code')}
          />
          <Button
            type="submit"
            color="red"
            variant="light"
            loading={form.isSubmitting}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('account.twoFactor.disable')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** New recovery codes in place of the old ones, with a current code from the app or the password. */
function RenewRecoveryCodesForm({ onRenewed }: { onRenewed: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: renewRecoveryCodesSchema,
    initialValues: { code: '', password: '' },
    onSubmit: async (input) => {
      const { recoveryCodes } = await renewRecoveryCodes(input);
      onRenewed(recoveryCodes);
      await queryClient.invalidateQueries({ queryKey: statusKey });
    },
  });
  return (
    <form
      noValidate
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-labelledby="recovery-codes-renew-title"
    >
      <Stack gap="sm" maw={480}>
        <Title order={3} size="h4" id="recovery-codes-renew-title">
          {t('account.twoFactor.renewTitle')}
        </Title>
        <Text size="sm">{t('account.twoFactor.renewIntro')}</Text>
        <FormErrorAlert message={form.formError} />
        <TextInput
          label={t('account.twoFactor.renewCode')}
          autoComplete="one-time-code"
          inputMode="numeric"
          {...form.inputProps('code')}
        />
        <PasswordField
          label={t('account.twoFactor.renewPassword')}
          autoComplete="current-password"
          {...form.inputProps('password')}
        />
        <Button type="submit" variant="light" loading={form.isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('account.twoFactor.renew')}
        </Button>
      </Stack>
    </form>
  );
}
