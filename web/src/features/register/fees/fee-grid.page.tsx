import { Alert, NativeSelect, Stack, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { errorCodeMessage } from '../../../i18n/error-messages.ts';
import { fetchFeeGrid } from '../memberships.api.ts';
import { useRegisterAccess } from '../shared/register-access.ts';
import { useRegisterYears } from '../shared/register-years.hook.ts';
import { useResource } from '../shared/use-resource.hook.ts';
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

  const load = useCallback(() => (year ? fetchFeeGrid(year) : new Promise<never>(() => {})), [year]);
  const { state, replace } = useResource(load);

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
        {state.status === 'loading' && <LoadingState />}
        {state.status === 'failed' && <Alert color="red">{errorCodeMessage(t, state.code)}</Alert>}
        {state.status === 'ready' && (
          <FeeGridForm
            key={`${state.data.year}-${state.data.entries.map((entry) => entry.amountCents).join('-')}`}
            grid={state.data}
            canEdit={access.canKeepFees}
            onSaved={replace}
          />
        )}
      </Stack>
    </Stack>
  );
}
