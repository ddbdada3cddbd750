import { Button, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipStatuses, type MembershipCategory } from '../../../../../common/memberships.ts';
import { membershipInputSchema } from '../../../../../common/register.schemas.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useMembershipMutation } from '../register.queries.ts';
import { useSchemaForm } from '../../../components/schema-form.hook.ts';
import { useNotice } from '../../../components/notice.context.tsx';
import { createMembership, type MembershipDetail } from '../memberships.api.ts';
import { formSchema, textFields } from '../../../components/form-schema.ts';
import { OrganisationPicker } from './organisation-picker.tsx';
import { today, useRegisterFormat } from './register-format.ts';
import { RequiredNote } from './required-note.tsx';

type Holder = { personId: string } | { organisationId: string };

interface AddMembershipFormProps {
  holder: Holder;
  /** Persons hold individual or qualified-person memberships; organisations the two others. */
  categories: readonly MembershipCategory[];
  onAdded?: (membership: MembershipDetail) => void;
}

/** "Ajouter une adhésion": a membership for one year, with its first status and the day it took effect. */
export function AddMembershipForm({ holder, categories, onAdded }: AddMembershipFormProps) {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const format = useRegisterFormat();
  const initialValues = useMemo(
    () => ({
      year: String(new Date().getFullYear()),
      category: categories[0] ?? 'individual',
      status: 'validation_pending',
      effectiveOn: today(),
      partnerOrganisationId: '',
    }),
    [categories],
  );
  const schema = useMemo(
    () =>
      formSchema(
        textFields(['year', 'category', 'status', 'effectiveOn', 'partnerOrganisationId']),
        (values) => ({
          ...holder,
          ...values,
          partnerOrganisationId:
            values.category === 'cross_membership' ? values.partnerOrganisationId || undefined : undefined,
        }),
        membershipInputSchema,
      ),
    [holder],
  );
  const create = useMembershipMutation(createMembership);
  const form = useSchemaForm({
    schema,
    initialValues,
    onSubmit: async (input) => {
      const membership = await create.mutateAsync(input);
      form.reset();
      onAdded?.(membership);
      notify({ messageKey: 'register.memberships.added', values: { year: String(membership.year) } });
    },
  });

  return (
    <form
      noValidate
      aria-labelledby="add-membership-title"
      onSubmit={(event) => void form.handleSubmit(event)}
    >
      <Stack gap="sm">
        <Title order={3} id="add-membership-title">
          {t('register.memberships.addTitle')}
        </Title>
        <RequiredNote which="membership" />
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput
            label={t('register.memberships.year')}
            inputMode="numeric"
            required
            {...form.inputProps('year')}
          />
          <NativeSelect
            label={t('register.memberships.category')}
            data={categories.map((category) => ({ value: category, label: format.category(category) }))}
            required
            {...form.inputProps('category')}
          />
          <NativeSelect
            label={t('register.memberships.status')}
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
        {form.values.category === 'cross_membership' && (
          <OrganisationPicker
            label={t('register.memberships.partner')}
            description={t('register.memberships.partnerHint')}
            name="partnerOrganisationId"
            required
            value={form.values.partnerOrganisationId}
            error={form.inputProps('partnerOrganisationId').error}
            onChange={(organisationId) => form.setField('partnerOrganisationId', organisationId)}
          />
        )}
        <Button type="submit" loading={form.isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('register.memberships.add')}
        </Button>
      </Stack>
    </form>
  );
}
