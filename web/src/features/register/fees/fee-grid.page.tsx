import { NativeSelect, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { QueryFailure } from '../../../components/query-failure.tsx';
import { useFeeGridQuery } from '../register.queries.ts';
import { useRegisterAccess } from '../shared/register-access.ts';
import { useRegisterYears } from '../shared/register-years.hook.ts';
import { useUrlFilters } from '../shared/url-filters.hook.ts';
import { FeeGridForm } from './fee-grid.form.tsx';

const filterKeys = ['year'] as const;

/** The fee of each category for a year, as the assembly voted it (5 000 € / 40 € in 2017). */
export function FeeGridPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.fees.title'));
  const access = useRegisterAccess();
  const { values, setValues } = useUrlFilters(filterKeys);
  const { years: choices, registerYears, hasLoaded } = useRegisterYears(Number(values.year) || undefined);
  // Without a choice, the latest year the register holds memberships for.
  const latestRegisterYear = registerYears.at(-1) ?? new Date().getFullYear();
  const year = Number(values.year) || (hasLoaded ? latestRegisterYear : undefined);

  const query = useFeeGridQuery(year ?? null);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('register.fees.title')}</Title>
      <NativeSelect
        label={t('register.fees.year')}
        data={choices.map((choice) => ({ value: String(choice), label: String(choice) }))}
        value={year ? String(year) : ''}
        onChange={(event) => setValues({ year: event.currentTarget.value })}
        maw={160}
      />
      <Stack component="section" aria-labelledby="fee-grid-title" gap="sm">
        <Title order={2} id="fee-grid-title">
          {t('register.fees.gridTitle', { year: year ?? '' })}
        </Title>
        {query.isPending && <LoadingState />}
        {query.isError && <QueryFailure error={query.error} />}
        {query.isSuccess && (
          <FeeGridForm
            key={`${query.data.year}-${query.data.entries.map((entry) => entry.amountCents).join('-')}`}
            grid={query.data}
            canEdit={access.canKeepFees}
          />
        )}
      </Stack>
    </Stack>
  );
}
