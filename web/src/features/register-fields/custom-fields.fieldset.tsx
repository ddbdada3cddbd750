import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { RegisterFieldOwner } from '../../../../common/register-fields.schemas.ts';
import { useRegisterFieldsQuery } from './register-fields.queries.ts';

interface CustomFieldsFieldsetProps {
  /** Whose record it is: a person's form shows the persons' fields, an organisation's theirs. */
  owner: RegisterFieldOwner;
  legend: string;
  values: Record<string, string>;
  errors: Record<string, unknown>;
  isReadOnly: boolean;
  /** False on a member's own record: the association's own fields are the staff's. */
  isEnabled?: boolean;
  onChange: (values: Record<string, string>) => void;
}

/** The register's own fields (text, date, choice) of a record; an archived field shows while it holds a value. */
export function CustomFieldsFieldset({
  owner,
  legend,
  values,
  errors,
  isReadOnly,
  isEnabled = true,
  onChange,
}: CustomFieldsFieldsetProps) {
  const fields = (useRegisterFieldsQuery(isEnabled).data?.fields ?? []).filter(
    (entry) => entry.appliesTo === owner && (!entry.isArchived || (values[entry.code] ?? '') !== ''),
  );
  if (fields.length === 0) return null;
  const customField = (code: string) => ({
    name: `customFields.${code}`,
    error: errors[`customFields.${code}`] as string | undefined,
    value: values[code] ?? '',
    onChange: (event: { currentTarget: { value: string } }) =>
      onChange({ ...values, [code]: event.currentTarget.value }),
    readOnly: isReadOnly,
  });
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {fields.map((entry) =>
          entry.type === 'choice' ? (
            <NativeSelect
              key={entry.code}
              label={entry.label}
              data={[{ value: '', label: '—' }, ...entry.options]}
              disabled={isReadOnly}
              {...customField(entry.code)}
            />
          ) : (
            <TextInput
              key={entry.code}
              label={entry.label}
              type={entry.type === 'date' ? 'date' : 'text'}
              autoComplete="off"
              {...customField(entry.code)}
            />
          ),
        )}
      </SimpleGrid>
    </Fieldset>
  );
}
