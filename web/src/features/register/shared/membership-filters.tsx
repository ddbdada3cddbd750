import { Checkbox, Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { membershipStatuses } from '../../../../../common/memberships.ts';
import { useRegisterFormat } from './register-format.ts';
import { useRegisterYears } from './register-years.hook.ts';

export const membershipFilterKeys = ['year', 'category', 'status', 'unpaid'] as const;
export type MembershipFilterValues = Record<(typeof membershipFilterKeys)[number], string>;

interface MembershipFiltersProps {
  values: MembershipFilterValues;
  onChange: (changes: Partial<MembershipFilterValues>) => void;
}

/** Year, category, status and "unpaid only": the filters GET /api/persons and /api/memberships share. */
export function MembershipFilters({ values, onChange }: MembershipFiltersProps) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const { years } = useRegisterYears(Number(values.year) || undefined);
  const yearOptions = [
    { value: '', label: t('register.filters.allYears') },
    ...years.map((year) => ({ value: String(year), label: String(year) })),
  ];

  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <NativeSelect
        label={t('register.filters.year')}
        data={yearOptions}
        value={values.year}
        onChange={(event) => onChange({ year: event.currentTarget.value })}
        miw={120}
      />
      <NativeSelect
        label={t('register.filters.category')}
        data={[
          { value: '', label: t('register.filters.allCategories') },
          ...format.categories.map((category) => ({
            value: category.code,
            label: format.category(category.code),
          })),
        ]}
        value={values.category}
        onChange={(event) => onChange({ category: event.currentTarget.value })}
        miw={180}
      />
      <NativeSelect
        label={t('register.filters.status')}
        data={[
          { value: '', label: t('register.filters.allStatuses') },
          ...membershipStatuses.map((status) => ({ value: status, label: format.status(status) })),
        ]}
        value={values.status}
        onChange={(event) => onChange({ status: event.currentTarget.value })}
        miw={200}
      />
      <Checkbox
        label={t('register.filters.unpaid')}
        checked={values.unpaid === 'true'}
        onChange={(event) => onChange({ unpaid: event.currentTarget.checked ? 'true' : '' })}
        mb={8}
      />
    </Group>
  );
}
