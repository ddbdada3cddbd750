import { Button, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { feeCallInputSchema } from '../../../../../common/register.schemas.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../../components/schema-form.hook.ts';
import { useNotice } from '../../../components/notice.context.tsx';
import { callFee, type MembershipDetail } from '../memberships.api.ts';
import { useMembershipMutation } from '../register.queries.ts';
import { formSchema } from '../../../components/form-schema.ts';
import { optionalEuroAmountField } from '../shared/euro-amount.ts';
import { today } from '../shared/register-format.ts';
import { RequiredNote } from '../shared/required-note.tsx';

interface MembershipFormProps {
  membership: MembershipDetail;
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
