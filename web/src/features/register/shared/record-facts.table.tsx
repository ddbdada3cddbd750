import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RegisterFieldOwner } from '../../../../../common/register-fields.schemas.ts';
import { formatDay } from '../../../../../common/format.ts';
import { useRegisterFieldsQuery } from '../../register-fields/register-fields.queries.ts';
import { useRegisterFormat } from './register-format.ts';

interface RecordFact {
  label: string;
  value: ReactNode;
}

/** A record read before it is edited: one row per field, "—" where nothing is known. */
export function RecordFactsTable({ label, facts }: { label: string; facts: RecordFact[] }) {
  return (
    <Table variant="vertical" withTableBorder maw={720} aria-label={label}>
      <Table.Tbody>
        {facts.map((fact) => (
          <Table.Tr key={fact.label}>
            <Table.Th w={240} scope="row">
              {fact.label}
            </Table.Th>
            <Table.Td style={{ whiteSpace: 'pre-line' }}>
              {fact.value === null || fact.value === '' ? '—' : fact.value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The association's own fields of a record that hold a value, with their labels. */
export function useCustomFieldFacts(owner: RegisterFieldOwner, values: Record<string, string>): RecordFact[] {
  const fields = useRegisterFieldsQuery().data?.fields ?? [];
  const { locale } = useRegisterFormat();
  return fields
    .filter((field) => field.appliesTo === owner && (values[field.code] ?? '') !== '')
    .map((field) => {
      const value = values[field.code] ?? '';
      return { label: field.label, value: field.type === 'date' ? formatDay(value, locale) : value };
    });
}
