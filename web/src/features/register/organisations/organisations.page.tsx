import { Anchor, Button, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { QueryFailure } from '../../../components/query-failure.tsx';
import { createOrganisation } from '../register.api.ts';
import { useOrganisationsQuery, useRegisterMutation } from '../register.queries.ts';
import { useRegisterAccess } from '../shared/register-access.ts';
import { useRegisterFormat } from '../shared/register-format.ts';
import { useUrlFilters } from '../shared/url-filters.hook.ts';
import { OrganisationForm } from './organisation.form.tsx';

const filterKeys = ['q'] as const;

/** Organisations found by any of their names, and a form to add one. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.organisations.title'));
  const access = useRegisterAccess();
  const format = useRegisterFormat();
  const { notify } = useNotice();
  const navigate = useNavigate();
  const { values, setValues } = useUrlFilters(filterKeys);
  const [searchText, setSearchText] = useState(values.q);
  const [debouncedSearch] = useDebouncedValue(searchText, 250);
  const [isCreating, setIsCreating] = useState(false);

  useEffect(() => {
    if (debouncedSearch.trim() !== values.q) setValues({ q: debouncedSearch.trim() });
  }, [debouncedSearch, values.q, setValues]);

  const { q } = values;
  const query = useOrganisationsQuery(q);
  const isStale = query.isPlaceholderData;
  const create = useRegisterMutation(createOrganisation);

  return (
    <Stack gap="lg">
      <Title order={1}>{t('register.organisations.title')}</Title>
      {access.canChange && (
        <Stack gap="sm">
          <Button
            style={{ alignSelf: 'flex-start' }}
            aria-expanded={isCreating}
            aria-controls="new-organisation-panel"
            variant={isCreating ? 'default' : 'filled'}
            onClick={() => setIsCreating((value) => !value)}
          >
            {t('register.organisations.new')}
          </Button>
          <div id="new-organisation-panel">
            {isCreating && (
              <Paper withBorder p="md" component="section" aria-labelledby="new-organisation-title">
                <Stack>
                  <Title order={2} id="new-organisation-title">
                    {t('register.organisations.newTitle')}
                  </Title>
                  <OrganisationForm
                    submitLabel={t('register.organisations.create')}
                    onSubmit={async (input) => {
                      const organisation = await create.mutateAsync(input);
                      const pathname = `/members/organisations/${organisation.id}`;
                      notify({
                        messageKey: 'register.organisations.created',
                        values: { name: organisation.name },
                        pathname,
                      });
                      void navigate(pathname);
                    }}
                  />
                </Stack>
              </Paper>
            )}
          </div>
        </Stack>
      )}
      <div role="search" aria-label={t('register.organisations.searchLabel')}>
        <TextInput
          type="search"
          label={t('register.organisations.search')}
          description={t('register.organisations.searchHint')}
          value={searchText}
          onChange={(event) => setSearchText(event.currentTarget.value)}
          maw={480}
        />
      </div>
      <Text role="status" fw={500}>
        {query.isSuccess ? t('register.organisations.count', { count: query.data.length }) : ''}
      </Text>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && query.data.length === 0 && <Text>{t('register.organisations.empty')}</Text>}
      {query.isSuccess && query.data.length > 0 && (
        <Table.ScrollContainer minWidth={640} style={{ opacity: isStale ? 0.6 : 1 }}>
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('register.organisations.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('register.organisation.name')}</Table.Th>
                <Table.Th scope="col">{t('register.organisation.kind')}</Table.Th>
                <Table.Th scope="col">{t('register.organisation.aliases')}</Table.Th>
                <Table.Th scope="col">{t('register.organisation.email')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((organisation) => (
                <Table.Tr key={organisation.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/members/organisations/${organisation.id}`}>
                      {organisation.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{format.kind(organisation.kind)}</Table.Td>
                  <Table.Td>{organisation.aliases.join(', ') || '—'}</Table.Td>
                  <Table.Td>{organisation.email ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
