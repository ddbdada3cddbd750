import { Button, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipStatuses } from '../../../../../common/memberships.ts';
import { statusChangeInputSchema } from '../../../../../common/register.schemas.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../../components/schema-form.hook.ts';
import { useNotice } from '../../../components/notice.context.tsx';
import { changeMembershipStatus, type MembershipDetail } from '../memberships.api.ts';
import { useMembershipMutation } from '../register.queries.ts';
import { today, useRegisterFormat } from '../shared/register-format.ts';

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
