import { Button, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { membershipStatuses } from '../../../../../common/memberships.ts';
import { useRatesQuery } from '../../categories/categories.queries.ts';
import { parseEuroAmount } from './euro-amount.ts';
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
  /** Persons hold the categories of persons; organisations those of organisations. */
  kind: 'person' | 'organisation';
  onAdded?: (membership: MembershipDetail) => void;
}

/** "Ajouter une adhésion": a membership for one year, with its first status and the day it took effect. */
export function AddMembershipForm({ holder, kind, onAdded }: AddMembershipFormProps) {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const format = useRegisterFormat();
  const available = format.categories.filter((category) => category.kind === kind && !category.isArchived);
  const categories = available.map((category) => category.code);
  const firstCategory = categories[0] ?? '';
  const partnerCodes = available
    .filter((category) => category.hasPartner)
    .map((category) => category.code)
    .join(' ');
  const hasPartner = (code: string) => partnerCodes.split(' ').includes(code);
  const initialValues = {
    year: String(new Date().getFullYear()),
    category: firstCategory,
    status: 'validation_pending',
    effectiveOn: today(),
    partnerOrganisationId: '',
    rateId: '',
    amount: '',
  };
  const schema = formSchema(
    textFields(['year', 'category', 'status', 'effectiveOn', 'partnerOrganisationId', 'rateId', 'amount']),
    ({ rateId, amount, ...typedValues }) => {
      const typed = amount.trim() === '' ? null : parseEuroAmount(amount);
      // The categories may arrive after the form was drawn: the first one is then the choice.
      const values = { ...typedValues, category: typedValues.category || firstCategory };
      return {
        ...holder,
        ...values,
        partnerOrganisationId: partnerCodes.split(' ').includes(values.category)
          ? values.partnerOrganisationId || undefined
          : undefined,
        ...(rateId ? { rateId } : {}),
        ...(typed?.isValid ? { amountCents: typed.cents } : {}),
      };
    },
    membershipInputSchema,
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

  const year = Number(form.values.year);
  const rates = useRatesQuery(Number.isInteger(year) && year > 1900 ? year : new Date().getFullYear());
  const category = form.values.category || firstCategory;
  const ratesOfCategory = rates.data?.categories.find((entry) => entry.category === category)?.rates ?? [];
  const chosenRate = ratesOfCategory.find((rate) => rate.id === form.values.rateId);

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
            value={category}
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
        {ratesOfCategory.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t('register.memberships.rate')}
              data={[
                { value: '', label: t('register.memberships.fullRate') },
                ...ratesOfCategory.map((rate) => ({
                  value: rate.id,
                  label: t(`categories.rates.kinds.${rate.kind}`, {
                    amount: format.money(rate.amountCents),
                    conditions: rate.conditions ?? '',
                  }),
                })),
              ]}
              {...form.inputProps('rateId')}
            />
            {chosenRate?.kind === 'minimum' && (
              <TextInput
                label={t('register.memberships.amountChosen', {
                  minimum: format.money(chosenRate.amountCents),
                })}
                inputMode="decimal"
                rightSection={<span aria-hidden="true">€</span>}
                {...form.inputProps('amount')}
              />
            )}
          </SimpleGrid>
        )}
        {hasPartner(category) && (
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
