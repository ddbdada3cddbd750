import { Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { problemText } from '../../../api/problem-text.ts';
import { removeAffiliation, type PersonView } from '../register.api.ts';
import { useRegisterMutation } from '../register.queries.ts';
import { formatDay } from '../shared/register-format.ts';
import { AffiliationForm } from './affiliation.form.tsx';

interface AffiliationsSectionProps {
  person: PersonView;
  canChange: boolean;
}

/** The organisations a person speaks for, with title, dates and the staff flag. */
export function AffiliationsSection({ person, canChange }: AffiliationsSectionProps) {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const [error, setError] = useState<string | null>(null);
  const removal = useRegisterMutation(removeAffiliation);
  const [removingId, setRemovingId] = useState<string | null>(null);

  async function remove(affiliationId: string, organisationName: string) {
    setError(null);
    setRemovingId(affiliationId);
    try {
      await removal.mutateAsync(affiliationId);
      notify({ messageKey: 'register.affiliations.removed', values: { organisation: organisationName } });
    } catch (caught) {
      setError(problemText(t, caught));
    } finally {
      setRemovingId(null);
    }
  }

  return (
    <Stack component="section" aria-labelledby="affiliations-title" gap="sm">
      <Title order={2} id="affiliations-title">
        {t('register.affiliations.title')}
      </Title>
      <FormErrorAlert message={error} />
      {person.affiliations.length === 0 ? (
        <Text>{t('register.affiliations.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped aria-labelledby="affiliations-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('register.affiliations.organisation')}</Table.Th>
                <Table.Th scope="col">{t('register.affiliations.jobTitle')}</Table.Th>
                <Table.Th scope="col">{t('register.affiliations.staffColumn')}</Table.Th>
                <Table.Th scope="col">{t('register.affiliations.period')}</Table.Th>
                {canChange && <Table.Th scope="col">{t('register.common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {person.affiliations.map((affiliation) => (
                <Table.Tr key={affiliation.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/members/organisations/${affiliation.organisationId}`}>
                      {affiliation.organisationName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{affiliation.title ?? '—'}</Table.Td>
                  <Table.Td>
                    {affiliation.isStaff ? t('register.common.yes') : t('register.common.no')}
                  </Table.Td>
                  <Table.Td>
                    {affiliation.startsOn || affiliation.endsOn
                      ? `${formatDay(affiliation.startsOn)} – ${formatDay(affiliation.endsOn)}`
                      : '—'}
                  </Table.Td>
                  {canChange && (
                    <Table.Td>
                      <Button
                        variant="outline"
                        color="red.9"
                        size="xs"
                        loading={removingId === affiliation.id}
                        aria-label={t('register.affiliations.removeNamed', {
                          organisation: affiliation.organisationName,
                        })}
                        onClick={() => void remove(affiliation.id, affiliation.organisationName)}
                      >
                        {t('register.affiliations.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canChange && !person.erasedAt && <AffiliationForm personId={person.id} />}
    </Stack>
  );
}
