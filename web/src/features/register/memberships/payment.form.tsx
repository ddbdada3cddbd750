import { Button, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { paymentMethods } from '../../../../../common/memberships.ts';
import { paymentInputSchema, type PaymentInput } from '../../../../../common/register.schemas.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../../components/schema-form.hook.ts';
import { useNotice } from '../../../components/notice.context.tsx';
import { recordPayment, type MembershipDetail } from '../memberships.api.ts';
import { useMembershipMutation } from '../register.queries.ts';
import { formSchema } from '../../../components/form-schema.ts';
import { euroAmountField, formatEuroInput } from '../shared/euro-amount.ts';
import { today, useRegisterFormat } from '../shared/register-format.ts';
import { RequiredNote } from '../shared/required-note.tsx';

const paymentFormSchema = formSchema(
  z.object({ amountCents: euroAmountField, paidOn: z.string(), method: z.string(), reference: z.string() }),
  (values) => values,
  paymentInputSchema,
);

/** "Enregistrer un paiement": euros typed the French way ("5 000", "40,50"), sent as integer cents. */
export function PaymentForm({ membership }: { membership: MembershipDetail }) {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const format = useRegisterFormat();
  const initialValues = useMemo(
    () => ({
      amountCents: membership.owedCents > 0 ? formatEuroInput(membership.owedCents, format.locale) : '',
      paidOn: today(),
      method: 'transfer',
      reference: '',
    }),
    [membership.owedCents, format.locale],
  );
  const record = useMembershipMutation((input: PaymentInput) => recordPayment(membership.id, input));
  const form = useSchemaForm({
    schema: paymentFormSchema,
    initialValues,
    onSubmit: async (input) => {
      const updated = await record.mutateAsync(input);
      const receipt = updated.payments.at(-1)?.receiptNumber ?? '';
      notify({
        messageKey: 'register.payments.recorded',
        values: { amount: format.money(input.amountCents), receipt },
      });
    },
  });

  return (
    <form noValidate aria-labelledby="payment-title" onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack gap="sm">
        <Title order={3} id="payment-title">
          {t('register.payments.formTitle')}
        </Title>
        <RequiredNote which="payment" />
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput
            label={t('register.payments.amount')}
            description={t('register.payments.amountHint')}
            inputMode="decimal"
            autoComplete="off"
            required
            {...form.inputProps('amountCents')}
          />
          <TextInput
            label={t('register.payments.paidOn')}
            type="date"
            required
            {...form.inputProps('paidOn')}
          />
          <NativeSelect
            label={t('register.payments.method')}
            data={paymentMethods.map((method) => ({ value: method, label: format.method(method) }))}
            required
            {...form.inputProps('method')}
          />
          <TextInput
            label={t('register.payments.reference')}
            autoComplete="off"
            {...form.inputProps('reference')}
          />
        </SimpleGrid>
        <Button type="submit" loading={form.isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('register.payments.record')}
        </Button>
      </Stack>
    </form>
  );
}
