import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeName } from '../../../../../common/names.ts';
import type { OrganisationView } from '../register.api.ts';
import { useOrganisationsQuery } from '../register.queries.ts';

interface OrganisationPickerProps {
  label: string;
  name: string;
  value: string;
  error?: string | undefined;
  required?: boolean;
  description?: string;
  onChange: (organisationId: string) => void;
}

/**
 * Picks an organisation by typing any of its names: the server searches names and aliases, accents
 * ignored ("CU Dunkerque" finds the Communauté urbaine), so the list is shown as it answers.
 */
export function OrganisationPicker({
  label,
  name,
  value,
  error,
  required,
  description,
  onChange,
}: OrganisationPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<OrganisationView | null>(null);
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const query = useOrganisationsQuery(debouncedSearch);

  // While the server's answer to the latest keystrokes is on its way, the previous answer is narrowed
  // the way the server narrows it, so the list never offers what the search has ruled out.
  const tokens = normalizeName(search).split(' ').filter(Boolean);
  const found = (query.isSuccess ? query.data : [])
    .filter((organisation) => {
      const names = [organisation.name, ...organisation.aliases].map(normalizeName);
      return tokens.every((token) => names.some((name) => name.includes(token)));
    })
    .slice(0, 50);
  const options = picked && !found.some((entry) => entry.id === picked.id) ? [picked, ...found] : found;

  return (
    <Select
      label={label}
      name={name}
      description={description}
      required={required}
      withAsterisk={false}
      error={error}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered by every name of each organisation.
      filter={({ options: all }) => all}
      nothingFoundMessage={query.isPending ? t('app.loading') : t('register.picker.nothingFound')}
      data={options.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
      value={value || null}
      onChange={(organisationId) => {
        setPicked(options.find((entry) => entry.id === organisationId) ?? null);
        onChange(organisationId ?? '');
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
