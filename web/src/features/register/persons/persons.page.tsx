import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { QueryFailure } from '../../../components/query-failure.tsx';
import { usePersonsQuery } from '../register.queries.ts';
import { MembershipFilters, membershipFilterKeys } from '../shared/membership-filters.tsx';
import { useRegisterAccess } from '../shared/register-access.ts';
import { useUrlFilters } from '../shared/url-filters.hook.ts';
import { NewPersonPanel } from './new-person.panel.tsx';
import { PersonsTable } from './persons.table.tsx';

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
  const query = usePersonsQuery({
    q,
    year,
    category,
    status,
    unpaid: unpaid === 'true',
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const isStale = query.isPlaceholderData;
  const total = query.data?.total ?? 0;
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
        {query.isSuccess ? t('register.persons.count', { count: total }) : ''}
      </Text>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && (
        <div style={{ opacity: isStale ? 0.6 : 1 }}>
          <PersonsTable persons={query.data.persons} />
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
