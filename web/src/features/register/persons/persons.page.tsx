import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { errorCodeMessage } from '../../../i18n/error-messages.ts';
import { searchPersons } from '../register.api.ts';
import { MembershipFilters, membershipFilterKeys } from '../shared/membership-filters.tsx';
import { useRegisterAccess } from '../shared/register-access.ts';
import { useResource } from '../shared/use-resource.hook.ts';
import { useUrlFilters } from '../shared/url-filters.hook.ts';
import { NewPersonPanel } from './new-person.panel.tsx';
import { PersonsTable } from './persons-table.tsx';

const pageSize = 50;
const filterKeys = ['q', ...membershipFilterKeys] as const;

/** The register: search as you type, filters kept in the address, one page of 50 at a time. */
export function PersonsPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.persons.title'));
  const access = useRegisterAccess();
  const { values, page, setValues } = useUrlFilters(filterKeys);
  const [searchText, setSearchText] = useState(values.q);
  const [debouncedSearch] = useDebouncedValue(searchText, 250);

  useEffect(() => {
    if (debouncedSearch.trim() !== values.q) setValues({ q: debouncedSearch.trim() });
  }, [debouncedSearch, values.q, setValues]);

  const { year, category, status, unpaid, q } = values;
  const load = useCallback(
    () =>
      searchPersons({
        q,
        year,
        category,
        status,
        unpaid: unpaid === 'true',
        limit: pageSize,
        offset: (page - 1) * pageSize,
      }),
    [q, year, category, status, unpaid, page],
  );
  const { state, isStale } = useResource(load, { keepPrevious: true });
  const total = state.status === 'ready' ? state.data.total : 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  return (
    <Stack gap="lg">
      <Title order={1}>{t('register.persons.title')}</Title>
      {access.canChange && <NewPersonPanel />}
      <Stack gap="sm" role="search" aria-label={t('register.persons.searchLabel')}>
        <TextInput
          type="search"
          label={t('register.persons.search')}
          description={t('register.persons.searchHint')}
          value={searchText}
          onChange={(event) => setSearchText(event.currentTarget.value)}
          maw={480}
        />
        <MembershipFilters values={values} onChange={setValues} />
      </Stack>
      <Text role="status" fw={500} aria-busy={isStale}>
        {state.status === 'ready' ? t('register.persons.count', { count: total }) : ''}
      </Text>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'failed' && <Alert color="red">{errorCodeMessage(t, state.code)}</Alert>}
      {state.status === 'ready' && (
        <div style={{ opacity: isStale ? 0.6 : 1 }}>
          <PersonsTable persons={state.data.persons} />
        </div>
      )}
      {pageCount > 1 && (
        <Group component="nav" aria-label={t('register.pagination.label')} gap="sm">
          <Button
            variant="default"
            disabled={page <= 1}
            onClick={() => setValues({ page: String(page - 1) })}
          >
            {t('register.pagination.previous')}
          </Button>
          <Text>{t('register.pagination.page', { page, total: pageCount })}</Text>
          <Button
            variant="default"
            disabled={page >= pageCount}
            onClick={() => setValues({ page: String(page + 1) })}
          >
            {t('register.pagination.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
