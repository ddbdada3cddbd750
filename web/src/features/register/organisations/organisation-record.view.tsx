import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../register.api.ts';
import { RecordFactsTable, useCustomFieldFacts } from '../shared/record-facts.table.tsx';
import { useRegisterFormat } from '../shared/register-format.ts';

/** An organisation's record as it reads; "Modifier" opens the form. */
export function OrganisationRecordView({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const customFacts = useCustomFieldFacts('organisation', organisation.customFields);
  const facts = [
    { label: t('register.organisation.name'), value: organisation.name },
    { label: t('register.organisation.kind'), value: format.kind(organisation.kind) },
    { label: t('register.organisation.aliases'), value: organisation.aliases.join(', ') },
    {
      label: t('register.organisation.email'),
      value: organisation.email ? (
        <Anchor href={`mailto:${organisation.email}`}>{organisation.email}</Anchor>
      ) : null,
    },
    { label: t('register.organisation.notes'), value: organisation.notes },
    ...customFacts,
  ];
  return <RecordFactsTable label={t('register.organisation.recordTitle')} facts={facts} />;
}
