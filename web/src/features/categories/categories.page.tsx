import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import {
  categoryInputSchema,
  categoryEditSchema,
  rateInputSchema,
  type CategoryEditInput,
  type MembershipCategoryView,
  type MembershipRateView,
  type RateInput,
} from '../../../../common/membership-categories.schemas.ts';
import { feeKeeperRoles } from '../../../../common/roles.ts';
import { problemText } from '../../api/problem-text.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { SettingsNavigation } from '../../components/settings-navigation.tsx';
import { formSchema, textFields } from '../../components/form-schema.ts';
import { QueryFailure } from '../../components/query-failure.tsx';
import { useSchemaForm, type FieldInputProps } from '../../components/schema-form.hook.ts';
import { StaleVersionDialog } from '../../components/stale-version.dialog.tsx';
import { useVersionedSave } from '../../components/versioned-save.hook.ts';
import { useSession } from '../session/session.context.tsx';
import { formatEuroInput, parseEuroAmount } from '../register/shared/euro-amount.ts';
import { useRegisterFormat } from '../register/shared/register-format.ts';
import {
  addCategory,
  addRate,
  archiveCategory,
  editCategory,
  editRate,
  removeCategory,
  removeRate,
  reorderCategories,
} from './categories.api.ts';
import { useCategoriesQuery, useCategoryMutation, useRatesQuery } from './categories.queries.ts';

/**
 * The association's membership categories (administrators add, order, archive or delete them) and
 * each year's rates beside the fee grid's full rate: reduced with who qualifies, free, "from X €".
 */
export function CategoriesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canEdit = user?.role === 'administrator';
  const canSetRates = Boolean(user && feeKeeperRoles.includes(user.role));
  const query = useCategoriesQuery();
  const format = useRegisterFormat();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const reorder = useCategoryMutation(reorderCategories);
  const archive = useCategoryMutation(archiveCategory);
  const removal = useCategoryMutation(removeCategory);
  const onError = (problem: unknown) => setError(problemText(t, problem));
  const codes = query.data?.categories.map((category) => category.code) ?? [];
  const move = (index: number, offset: number) => {
    const next = [...codes];
    const [moved] = next.splice(index, 1);
    next.splice(index + offset, 0, moved!);
    setError(null);
    reorder.mutate(next, { onError });
  };

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={1}>{t('categories.title')}</Title>
        {canEdit && <SettingsNavigation />}
      </Stack>
      <Text maw={760}>{t('categories.intro')}</Text>
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && query.data.categories.length === 0 && <Text>{t('categories.none')}</Text>}
      {query.isSuccess && query.data.categories.length > 0 && (
        <Table withTableBorder striped aria-label={t('categories.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('categories.code')}</Table.Th>
              <Table.Th scope="col">{t('categories.label')}</Table.Th>
              <Table.Th scope="col">{t('categories.kind')}</Table.Th>
              <Table.Th scope="col">{t('categories.votes')}</Table.Th>
              <Table.Th scope="col">{t('categories.memberships')}</Table.Th>
              {canEdit && <Table.Th scope="col">{t('categories.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.categories.map((category, index, all) =>
              editing === category.code ? (
                <Table.Tr key={category.code}>
                  <Table.Td colSpan={6}>
                    <EditCategoryForm category={category} onDone={() => setEditing(null)} />
                  </Table.Td>
                </Table.Tr>
              ) : (
                <Table.Tr key={category.code} data-category={category.code}>
                  <Table.Td>{category.code}</Table.Td>
                  <Table.Td>
                    {category.label} / {category.plural}
                    {category.isArchived && ` (${t('categories.archived')})`}
                  </Table.Td>
                  <Table.Td>{t(`categories.kinds.${category.kind}`)}</Table.Td>
                  <Table.Td>
                    {category.isVoting
                      ? t('categories.weight', { count: category.voteWeight })
                      : t('categories.noVote')}
                  </Table.Td>
                  <Table.Td>{category.membershipCount}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap="xs">
                        <Button
                          size="compact-sm"
                          variant="default"
                          disabled={index === 0 || reorder.isPending}
                          aria-label={t('categories.moveUp', { label: category.label })}
                          onClick={() => move(index, -1)}
                        >
                          ↑
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          disabled={index === all.length - 1 || reorder.isPending}
                          aria-label={t('categories.moveDown', { label: category.label })}
                          onClick={() => move(index, 1)}
                        >
                          ↓
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-label={t('categories.editOne', { label: category.label })}
                          onClick={() => setEditing(category.code)}
                        >
                          {t('categories.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => {
                            setError(null);
                            archive.mutate(
                              { code: category.code, isArchived: !category.isArchived },
                              { onError },
                            );
                          }}
                        >
                          {category.isArchived ? t('categories.restore') : t('categories.archive')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          color="red"
                          aria-label={t('categories.removeOne', { label: category.label })}
                          onClick={() => {
                            setError(null);
                            removal.mutate(category.code, { onError });
                          }}
                        >
                          {t('categories.remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </Table>
      )}
      {error && <FormErrorAlert message={error} />}
      {canEdit && <AddCategoryForm />}
      <RatesSection
        canEdit={canSetRates}
        categories={format.categories.filter((category) => !category.isArchived)}
      />
    </Stack>
  );
}

/**
 * A category's code and kind: the add and edit forms' fields. Once memberships use the category they
 * were recorded under these, so the edit form shows them fixed, and says why.
 */
function CategoryIdentityFields({
  inputProps,
  lockedBy = 0,
}: {
  inputProps: (name: 'code' | 'kind') => FieldInputProps;
  lockedBy?: number;
}) {
  const { t } = useTranslation();
  const isLocked = lockedBy > 0;
  return (
    <>
      <TextInput
        label={t('categories.code')}
        description={
          isLocked ? t('categories.identityLocked', { count: lockedBy }) : t('categories.codeHint')
        }
        required
        maw={isLocked ? 260 : 200}
        disabled={isLocked}
        {...inputProps('code')}
      />
      <NativeSelect
        label={t('categories.kind')}
        data={[
          { value: 'person', label: t('categories.kinds.person') },
          { value: 'organisation', label: t('categories.kinds.organisation') },
        ]}
        disabled={isLocked}
        {...inputProps('kind')}
      />
    </>
  );
}

type WordingField =
  'labelFr' | 'pluralFr' | 'labelEn' | 'pluralEn' | 'countedAsFr' | 'countedAsEn' | 'voteWeight';

/** A category's words in both languages, how the minutes count it, and its vote: the add and edit forms' fields. */
function CategoryWordingFields({
  inputProps,
  isVoting,
  onVotingChange,
}: {
  inputProps: (name: WordingField) => FieldInputProps;
  isVoting: boolean;
  onVotingChange: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('categories.labelFr')} required {...inputProps('labelFr')} />
      <TextInput label={t('categories.pluralFr')} required {...inputProps('pluralFr')} />
      <TextInput label={t('categories.labelEn')} required {...inputProps('labelEn')} />
      <TextInput label={t('categories.pluralEn')} required {...inputProps('pluralEn')} />
      <TextInput
        label={t('categories.countedAsFr')}
        description={t('categories.countedAsHint')}
        {...inputProps('countedAsFr')}
      />
      <TextInput label={t('categories.countedAsEn')} {...inputProps('countedAsEn')} />
      <TextInput
        label={t('categories.voteWeight')}
        inputMode="numeric"
        maw={120}
        {...inputProps('voteWeight')}
      />
      <Checkbox
        mt="xl"
        label={t('categories.isVoting')}
        checked={isVoting}
        onChange={(event) => onVotingChange(event.currentTarget.checked)}
      />
    </>
  );
}

/** What the category form sends for a category as it stands. */
function categoryInputOf(category: MembershipCategoryView): CategoryEditInput {
  return {
    code: category.code,
    kind: category.kind,
    labelFr: category.labelFr,
    pluralFr: category.pluralFr,
    labelEn: category.labelEn,
    pluralEn: category.pluralEn,
    countedAsFr: category.countedAsFr,
    countedAsEn: category.countedAsEn,
    isVoting: category.isVoting,
    voteWeight: category.voteWeight,
    hasPartner: category.hasPartner,
  };
}

const categoryFieldLabels = {
  code: 'categories.code',
  kind: 'categories.kind',
  labelFr: 'categories.labelFr',
  pluralFr: 'categories.pluralFr',
  labelEn: 'categories.labelEn',
  pluralEn: 'categories.pluralEn',
  countedAsFr: 'categories.countedAsFr',
  countedAsEn: 'categories.countedAsEn',
  isVoting: 'categories.isVoting',
  voteWeight: 'categories.voteWeight',
} as const;

/** A category's form on the version it was opened on; a stale save opens the dialog. */
function EditCategoryForm({ category, onDone }: { category: MembershipCategoryView; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useCategoryMutation(editCategory);
  const [base, setBase] = useState(category);
  const versioned = useVersionedSave({
    base,
    inputOf: categoryInputOf,
    save: async (input: CategoryEditInput, version: number) => {
      const { categories } = await save.mutateAsync({ current: category.code, input, version });
      return categories.find((entry) => entry.code === (input.code ?? category.code))!;
    },
    onSaved: onDone,
    onReloaded: setBase,
  });
  return (
    <>
      <CategoryForm key={base.version} category={base} onSubmit={versioned.submit} onCancel={onDone} />
      <StaleVersionDialog
        conflict={versioned.conflict}
        fieldLabel={(field) =>
          field in categoryFieldLabels
            ? t(categoryFieldLabels[field as keyof typeof categoryFieldLabels])
            : field
        }
        isReapplying={versioned.isReapplying}
        onReload={versioned.reload}
        onReapply={() => void versioned.reapply()}
      />
    </>
  );
}

function CategoryForm({
  category,
  onSubmit,
  onCancel,
}: {
  category: MembershipCategoryView;
  onSubmit: (input: CategoryEditInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: formSchema(
      textFields([
        'code',
        'kind',
        'labelFr',
        'pluralFr',
        'labelEn',
        'pluralEn',
        'countedAsFr',
        'countedAsEn',
        'voteWeight',
      ]).extend({ isVoting: z.boolean() }),
      ({ voteWeight, ...values }) => ({
        ...values,
        voteWeight: Number(voteWeight),
        hasPartner: category.hasPartner,
      }),
      categoryEditSchema,
    ),
    initialValues: {
      code: category.code,
      kind: category.kind as string,
      labelFr: category.labelFr,
      pluralFr: category.pluralFr,
      labelEn: category.labelEn,
      pluralEn: category.pluralEn,
      countedAsFr: category.countedAsFr ?? '',
      countedAsEn: category.countedAsEn ?? '',
      voteWeight: String(category.voteWeight),
      isVoting: category.isVoting,
    },
    onSubmit,
  });
  return (
    <form
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-label={t('categories.editOne', { label: category.label })}
      noValidate
    >
      <Stack gap="xs">
        <Group align="flex-start" wrap="wrap">
          <CategoryIdentityFields inputProps={form.inputProps} lockedBy={category.membershipCount} />
          <CategoryWordingFields
            inputProps={form.inputProps}
            isVoting={form.values.isVoting}
            onVotingChange={(checked) => form.setField('isVoting', checked)}
          />
        </Group>
        {form.formError && <FormErrorAlert message={form.formError} />}
        <Group>
          <Button type="submit" loading={form.isSubmitting}>
            {t('categories.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('categories.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AddCategoryForm() {
  const { t } = useTranslation();
  const add = useCategoryMutation(addCategory);
  const form = useSchemaForm({
    schema: formSchema(
      textFields([
        'code',
        'kind',
        'labelFr',
        'pluralFr',
        'labelEn',
        'pluralEn',
        'countedAsFr',
        'countedAsEn',
        'voteWeight',
      ]).extend({ isVoting: z.boolean() }),
      ({ voteWeight, ...values }) => ({ ...values, voteWeight: Number(voteWeight) }),
      categoryInputSchema,
    ),
    initialValues: {
      code: '',
      kind: 'person',
      labelFr: '',
      pluralFr: '',
      labelEn: '',
      pluralEn: '',
      countedAsFr: '',
      countedAsEn: '',
      voteWeight: '1',
      isVoting: true,
    },
    onSubmit: async (input) => {
      await add.mutateAsync(input);
      form.reset();
    },
  });
  const title = t('categories.add');
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-label={title}
      noValidate
    >
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <CategoryIdentityFields inputProps={form.inputProps} />
          <CategoryWordingFields
            inputProps={form.inputProps}
            isVoting={form.values.isVoting}
            onVotingChange={(checked) => form.setField('isVoting', checked)}
          />
        </Group>
        {form.formError && <FormErrorAlert message={form.formError} />}
        <Group>
          <Button type="submit" loading={form.isSubmitting}>
            {t('categories.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function RatesSection({
  canEdit,
  categories,
}: {
  canEdit: boolean;
  categories: { code: string; label: string }[];
}) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const [year, setYear] = useState(new Date().getFullYear());
  const rates = useRatesQuery(year);
  const removal = useCategoryMutation(removeRate);
  const [editingRate, setEditingRate] = useState<string | null>(null);
  return (
    <Stack component="section" aria-labelledby="rates-title" gap="sm">
      <Title order={2} id="rates-title">
        {t('categories.rates.title')}
      </Title>
      <TextInput
        label={t('categories.rates.year')}
        inputMode="numeric"
        maw={140}
        value={String(year)}
        onChange={(event) => {
          const typed = Number(event.currentTarget.value);
          if (Number.isInteger(typed) && typed > 1900 && typed < 2201) setYear(typed);
        }}
      />
      {rates.isError && <QueryFailure error={rates.error} />}
      {rates.isSuccess && (
        <Table withTableBorder striped aria-labelledby="rates-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('categories.label')}</Table.Th>
              <Table.Th scope="col">{t('categories.rates.full')}</Table.Th>
              <Table.Th scope="col">{t('categories.rates.others')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rates.data.categories.map((entry) => (
              <Table.Tr key={entry.category}>
                <Table.Td>{format.category(entry.category)}</Table.Td>
                <Table.Td>
                  {entry.fullCents === null ? t('categories.rates.notSet') : format.money(entry.fullCents)}
                </Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    {entry.rates.map((rate) =>
                      editingRate === rate.id ? (
                        <EditRateForm
                          key={rate.id}
                          year={year}
                          categories={categories}
                          rate={rate}
                          onDone={() => setEditingRate(null)}
                        />
                      ) : (
                        <Group key={rate.id} gap="xs">
                          <Text size="sm">
                            {t(`categories.rates.kinds.${rate.kind}`, {
                              amount: format.money(rate.amountCents),
                              conditions: rate.conditions ?? '',
                            })}
                          </Text>
                          {canEdit && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => setEditingRate(rate.id)}
                            >
                              {t('categories.edit')}
                            </Button>
                          )}
                          {canEdit && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red"
                              onClick={() => removal.mutate({ year, id: rate.id })}
                            >
                              {t('categories.remove')}
                            </Button>
                          )}
                        </Group>
                      ),
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm">{t('categories.rates.fullHint')}</Text>
      {canEdit && categories.length > 0 && <RateForm year={year} categories={categories} />}
    </Stack>
  );
}

/** What the rate form sends for a rate as it stands. */
function rateInputOf(rate: MembershipRateView): RateInput {
  return {
    category: rate.category,
    kind: rate.kind,
    amountCents: rate.amountCents,
    conditionsFr: rate.conditionsFr,
    conditionsEn: rate.conditionsEn,
  };
}

const rateFieldLabels = {
  category: 'categories.label',
  kind: 'categories.rates.kind',
  amountCents: 'categories.rates.amount',
  conditionsFr: 'categories.rates.conditionsFr',
  conditionsEn: 'categories.rates.conditionsEn',
} as const;

/** A change to a rate on the version it was opened on; a stale save opens the dialog. */
function EditRateForm({
  year,
  categories,
  rate,
  onDone,
}: {
  year: number;
  categories: { code: string; label: string }[];
  rate: MembershipRateView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useCategoryMutation(editRate);
  const [base, setBase] = useState(rate);
  const versioned = useVersionedSave({
    base,
    inputOf: rateInputOf,
    save: async (input: RateInput, version: number) => {
      const rates = await save.mutateAsync({ year, id: rate.id, version, ...input });
      return rates.categories.flatMap((entry) => entry.rates).find((entry) => entry.id === rate.id)!;
    },
    onSaved: onDone,
    onReloaded: setBase,
  });
  return (
    <>
      <RateForm
        key={base.version}
        year={year}
        categories={categories}
        rate={base}
        onSave={versioned.submit}
        onDone={onDone}
      />
      <StaleVersionDialog
        conflict={versioned.conflict}
        fieldLabel={(field) => t(rateFieldLabels[field])}
        isReapplying={versioned.isReapplying}
        onReload={versioned.reload}
        onReapply={() => void versioned.reapply()}
      />
    </>
  );
}

/** A new rate of the year, or (with `rate` and `onSave`) a change to one: its amount, kind or who qualifies. */
function RateForm({
  year,
  categories,
  rate,
  onSave,
  onDone,
}: {
  year: number;
  categories: { code: string; label: string }[];
  rate?: MembershipRateView;
  onSave?: (input: RateInput) => Promise<void>;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const add = useCategoryMutation(addRate);
  const form = useSchemaForm({
    schema: formSchema(
      textFields(['category', 'kind', 'amount', 'conditionsFr', 'conditionsEn']),
      ({ amount, ...values }) => {
        const parsed = parseEuroAmount(amount.trim() === '' ? '0' : amount);
        return { ...values, amountCents: parsed.isValid ? parsed.cents : Number.NaN };
      },
      rateInputSchema,
    ),
    initialValues: {
      category: rate?.category ?? categories[0]!.code,
      kind: rate?.kind ?? 'reduced',
      amount: rate ? formatEuroInput(rate.amountCents, format.locale) : '',
      conditionsFr: rate?.conditionsFr ?? '',
      conditionsEn: rate?.conditionsEn ?? '',
    },
    onSubmit: async (input) => {
      if (rate && onSave) {
        await onSave(input);
      } else {
        await add.mutateAsync({ year, ...input });
        form.reset();
      }
    },
  });
  const title = rate
    ? t('categories.rates.edit', { label: format.category(rate.category) })
    : t('categories.rates.add', { year });
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-label={title}
      noValidate
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('categories.label')}
            data={categories.map((category) => ({ value: category.code, label: category.label }))}
            {...form.inputProps('category')}
          />
          <NativeSelect
            label={t('categories.rates.kind')}
            data={(['reduced', 'free', 'minimum'] as const).map((kind) => ({
              value: kind,
              label: t(`categories.rates.kindNames.${kind}`),
            }))}
            {...form.inputProps('kind')}
          />
          <TextInput
            label={t('categories.rates.amount')}
            inputMode="decimal"
            maw={140}
            rightSection={<span aria-hidden="true">€</span>}
            {...form.inputProps('amount')}
          />
          <TextInput label={t('categories.rates.conditionsFr')} {...form.inputProps('conditionsFr')} />
          <TextInput label={t('categories.rates.conditionsEn')} {...form.inputProps('conditionsEn')} />
        </Group>
        {form.formError && <FormErrorAlert message={form.formError} />}
        <Group>
          <Button type="submit" loading={form.isSubmitting}>
            {rate ? t('categories.save') : t('categories.rates.addSubmit')}
          </Button>
          {rate && (
            <Button variant="default" onClick={onDone}>
              {t('categories.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
