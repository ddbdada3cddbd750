import { Button, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { membershipStatuses } from '../../../../../common/memberships.ts';
import { feeCallInputSchema, statusChangeInputSchema } from '../../../../../common/register.schemas.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../../components/schema-form.hook.ts';
import { useNotice } from '../../../components/notice.context.tsx';
import { callFee, changeMembershipStatus, type MembershipDetail } from '../memberships.api.ts';
import { useMembershipMutation } from '../register.queries.ts';
import { formSchema } from '../../../components/form-schema.ts';
import { optionalEuroAmountField } from '../shared/euro-amount.ts';
import { today, useRegisterFormat } from '../shared/register-format.ts';
import { RequiredNote } from '../shared/required-note.tsx';

interface MembershipFormProps {
  membership: MembershipDetail;
}

/** "Changer le statut": the new status and the day it takes effect (earlier days are allowed). */
export function StatusChangeForm({ membership }: MembershipFormProps) {
  const change = useMembershipMutation((input: Parameters<typeof changeMembershipStatus>[1]) =>
    changeMembershipStatus(membership.id, input),
  );
  const { t } = useTranslation();
  const { notify } = useNotice();
  const format = useRegisterFormat();
  const initialValues = useMemo(
    () => ({ status: membership.status ?? 'validated', effectiveOn: today() }),
    [membership.status],
  );
  const form = useSchemaForm({
    schema: statusChangeInputSchema,
    initialValues,
    onSubmit: async (input) => {
      await change.mutateAsync(input);
      notify({
        messageKey: 'register.membership.statusChanged',
        values: { status: format.status(input.status) },
      });
    },
  });

  return (
    <form
      noValidate
      aria-labelledby="status-change-title"
      onSubmit={(event) => void form.handleSubmit(event)}
    >
      <Stack gap="sm">
        <Title order={3} id="status-change-title">
          {t('register.membership.changeStatusTitle')}
        </Title>
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={560}>
          <NativeSelect
            label={t('register.membership.newStatus')}
            data={membershipStatuses.map((status) => ({ value: status, label: format.status(status) }))}
            required
            {...form.inputProps('status')}
          />
          <TextInput
            label={t('register.memberships.effectiveOn')}
            type="date"
            required
            {...form.inputProps('effectiveOn')}
          />
        </SimpleGrid>
        <Button type="submit" loading={form.isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('register.membership.changeStatus')}
        </Button>
      </Stack>
    </form>
  );
}

const feeCallFormSchema = formSchema(
  z.object({ amountCents: optionalEuroAmountField, calledOn: z.string(), dueOn: z.string() }),
  (values) => ({ ...values, dueOn: values.dueOn || null }),
  feeCallInputSchema,
);

/** "Appeler la cotisation": the grid's amount unless another is typed. */
export function FeeCallForm({ membership }: MembershipFormProps) {
  const call = useMembershipMutation((input: Parameters<typeof callFee>[1]) => callFee(membership.id, input));
  const { t } = useTranslation();
  const { notify } = useNotice();
  const initialValues = useMemo(() => ({ amountCents: '', calledOn: today(), dueOn: '' }), []);
  const form = useSchemaForm({
    schema: feeCallFormSchema,
    initialValues,
    onSubmit: async (input) => {
      await call.mutateAsync(input);
      form.reset();
      notify({ messageKey: 'register.membership.feeCalled' });
    },
  });

  return (
    <form noValidate aria-labelledby="fee-call-title" onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack gap="sm">
        <Title order={3} id="fee-call-title">
          {t('register.membership.callFeeTitle')}
        </Title>
        <RequiredNote which="feeCall" />
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('register.membership.calledOn')}
            type="date"
            required
            {...form.inputProps('calledOn')}
          />
          <TextInput label={t('register.membership.dueOn')} type="date" {...form.inputProps('dueOn')} />
          <TextInput
            label={t('register.membership.callAmount')}
            description={t('register.membership.callAmountHint')}
            inputMode="decimal"
            autoComplete="off"
            {...form.inputProps('amountCents')}
          />
        </SimpleGrid>
        <Button type="submit" loading={form.isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('register.membership.callFee')}
        </Button>
      </Stack>
    </form>
  );
}
