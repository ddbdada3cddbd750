import { NativeSelect, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchPersons } from '../register/register.api.ts';

/** A person of the register, found by a few letters of their name, then chosen in the list. */
export function PersonPicker({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: { id: string; name: string } | null;
  onChange: (person: { id: string; name: string } | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useQuery({
    queryKey: ['votes', 'person-picker', search],
    queryFn: () => searchPersons({ q: search, limit: 20, offset: 0 }),
    enabled: search.trim().length >= 2,
  });
  const persons = query.data?.persons ?? [];
  return (
    <>
      <TextInput
        label={t('votes.picker.search', { label })}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={260}
      />
      <NativeSelect
        label={label}
        error={error}
        w={260}
        value={value?.id ?? ''}
        data={[
          { value: '', label: t('votes.picker.choose') },
          ...(value && !persons.some((person) => person.id === value.id)
            ? [{ value: value.id, label: value.name }]
            : []),
          ...persons.map((person) => ({ value: person.id, label: person.displayName })),
        ]}
        onChange={(event) => {
          const id = event.currentTarget.value;
          const person = persons.find((entry) => entry.id === id);
          onChange(person ? { id, name: person.displayName } : null);
        }}
      />
    </>
  );
}
