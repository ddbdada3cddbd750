import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../../../common/format.ts';
import type { PersonView } from '../register.api.ts';
import { RecordFactsTable, useCustomFieldFacts } from '../shared/record-facts.table.tsx';
import { useRegisterFormat } from '../shared/register-format.ts';

/** A person's record as it reads; "Modifier" opens the form. Staff's notes: this page is staff's only. */
export function PersonRecordView({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const { locale } = useRegisterFormat();
  const customFacts = useCustomFieldFacts('person', person.customFields);
  const address = [
    person.addressLine,
    [person.postalCode, person.city].filter(Boolean).join(' '),
    person.country,
  ]
    .filter(Boolean)
    .join('\n');
  const facts = [
    { label: t('register.person.civility'), value: person.civility },
    { label: t('register.person.firstName'), value: person.firstName },
    { label: t('register.person.lastName'), value: person.lastName },
    ...(person.usualName ? [{ label: t('register.person.usualName'), value: person.usualName }] : []),
    {
      label: t('register.person.email'),
      value: person.email ? <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor> : null,
    },
    { label: t('register.person.phone'), value: person.phone },
    { label: t('register.person.address'), value: address },
    {
      label: t('register.person.emailConsent'),
      value: person.emailConsentAt
        ? t('register.person.emailConsentSince', {
            date: formatDay(person.emailConsentAt.slice(0, 10), locale),
          })
        : t('register.common.no'),
    },
    { label: t('register.person.notes'), value: person.notes },
    ...customFacts,
  ];
  return <RecordFactsTable label={t('register.person.recordTitle')} facts={facts} />;
}
