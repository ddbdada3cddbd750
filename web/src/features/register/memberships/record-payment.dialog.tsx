import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { paymentMethods } from '../../../../../common/memberships.ts';
import { paymentInputSchema, type PaymentInput } from '../../../../../common/register.schemas.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { formSchema } from '../../../components/form-schema.ts';
import { useNotice } from '../../../components/notice.context.tsx';
import { useSchemaForm } from '../../../components/schema-form.hook.ts';
import { staleCurrent } from '../../../components/versioned-save.hook.ts';
import { recordPayment, type MembershipDetail } from '../memberships.api.ts';
import { useMembershipMutation } from '../register.queries.ts';
import { euroAmountField, formatEuroInput } from '../shared/euro-amount.ts';
import { useRegisterAccess } from '../shared/register-access.ts';
import { today, useRegisterFormat } from '../shared/register-format.ts';
import { RequiredNote } from '../shared/required-note.tsx';

/** What recording a payment needs to know of a membership: what is owed, on which version. */
interface PayableMembership {
  id: string;
  year: number;
  owedCents: number;
  version: number;
}

const paymentFormSchema = formSchema(
  z.object({ amountCents: euroAmountField, paidOn: z.string(), method: z.string(), reference: z.string() }),
  (values) => values,
  paymentInputSchema,
);

interface RecordPaymentActionProps {
  membership: PayableMembership;
  /** Whose membership, for the button's name in a list and the dialog's title. */
  memberName: string;
}

/**
 * "Enregistrer un paiement" in one action wherever a membership is shown: a dialog with the amount
 * still owed already typed, today's date, the method and a reference. Shown to those who keep the
 * fees, and only while something is owed.
 */
export function RecordPaymentAction({ membership, memberName }: RecordPaymentActionProps) {
  const { t } = useTranslation();
  const access = useRegisterAccess();
  const [isOpen, setOpen] = useState(false);
  if (!access.canKeepFees || membership.owedCents <= 0) return null;
  const names = { year: membership.year, name: memberName };
  return (
    <>
      <Button
        variant="light"
        size="compact-sm"
        aria-label={t('register.payments.recordFor', names)}
        onClick={() => setOpen(true)}
      >
        {t('register.payments.record')}
      </Button>
      <Modal
        opened={isOpen}
        onClose={() => setOpen(false)}
        title={t('register.payments.dialogTitle', names)}
        closeButtonProps={{ 'aria-label': t('register.common.close') }}
      >
        <PaymentForm membership={membership} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

/** Euros typed the French way ("5 000", "40,50"), sent as integer cents on the version shown. */
function PaymentForm({ membership, onDone }: { membership: PayableMembership; onDone: () => void }) {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const format = useRegisterFormat();
  // The membership the amount was offered on; replaced when someone else wrote to it meanwhile.
  const [base, setBase] = useState(membership);
  const [changedMeanwhile, setChangedMeanwhile] = useState<MembershipDetail | null>(null);
  const initialValues = useMemo(
    () => ({
      amountCents: formatEuroInput(membership.owedCents, format.locale),
      paidOn: today(),
      method: 'transfer',
      reference: '',
    }),
    [membership.owedCents, format.locale],
  );
  const record = useMembershipMutation((input: PaymentInput) => recordPayment(base.id, input, base.version));
  const form = useSchemaForm({
    schema: paymentFormSchema,
    initialValues,
    onSubmit: async (input) => {
      try {
        const updated = await record.mutateAsync(input);
        const receipt = updated.payments.at(-1)?.receiptNumber ?? '';
        notify({
          messageKey: 'register.payments.recorded',
          values: { amount: format.money(input.amountCents), receipt },
        });
        onDone();
      } catch (error) {
        const current = staleCurrent<MembershipDetail>(error);
        if (!current) throw error;
        setBase(current);
        setChangedMeanwhile(current);
      }
    },
  });

  return (
    <form
      noValidate
      aria-label={t('register.payments.formTitle')}
      onSubmit={(event) => void form.handleSubmit(event)}
    >
      <Stack gap="sm">
        <RequiredNote which="payment" />
        {changedMeanwhile && (
          <Alert color="orange" variant="light" role="alert">
            {t('register.payments.changedMeanwhile', { owed: format.money(changedMeanwhile.owedCents) })}
          </Alert>
        )}
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('register.payments.amount')}
            description={t('register.payments.amountHint', { owed: format.money(base.owedCents) })}
            inputMode="decimal"
            autoComplete="off"
            required
            data-autofocus
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('register.common.cancel')}
          </Button>
          <Button type="submit" loading={form.isSubmitting}>
            {t('register.payments.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
