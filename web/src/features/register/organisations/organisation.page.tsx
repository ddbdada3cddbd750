import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { QueryFailure } from '../../../components/query-failure.tsx';
import type { OrganisationInput } from '../../../../../common/register.schemas.ts';
import { updateOrganisation, type OrganisationDetail, type OrganisationView } from '../register.api.ts';
import { StaleVersionDialog } from '../../../components/stale-version.dialog.tsx';
import { useVersionedSave } from '../../../components/versioned-save.hook.ts';
import { useMembershipsQuery, useOrganisationQuery, useRegisterMutation } from '../register.queries.ts';
import { AddMembershipForm } from '../shared/add-membership.form.tsx';
import { MembershipBriefsTable } from '../shared/membership-briefs.table.tsx';
import { useEditToggle } from '../shared/edit-toggle.hook.ts';
import { useRegisterAccess } from '../shared/register-access.ts';
import { useRegisterFormat } from '../shared/register-format.ts';
import { OrganisationForm } from './organisation.form.tsx';
import { OrganisationRecordView } from './organisation-record.view.tsx';

/** What the organisation form sends for a record as it stands. */
function organisationInputOf(organisation: OrganisationView): OrganisationInput {
  return {
    name: organisation.name,
    kind: organisation.kind,
    aliases: organisation.aliases,
    email: organisation.email,
    notes: organisation.notes,
  };
}

/** The organisation's form on the version it was opened on; a stale save opens the dialog. */
function EditOrganisationForm({
  organisation,
  save,
  onSaved,
  onCancel,
}: {
  organisation: OrganisationView;
  save: (input: OrganisationInput, version: number) => Promise<OrganisationView>;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [base, setBase] = useState(organisation);
  const versioned = useVersionedSave({
    base,
    inputOf: organisationInputOf,
    save,
    onSaved: (saved: OrganisationView) => {
      setBase(saved);
      onSaved();
    },
    onReloaded: setBase,
  });
  return (
    <>
      <OrganisationForm
        key={`${base.id}-${base.version}`}
        organisation={base}
        submitLabel={t('register.common.save')}
        onSubmit={versioned.submit}
        onCancel={onCancel}
      />
      <StaleVersionDialog
        conflict={versioned.conflict}
        fieldLabel={(field) => t(`register.organisation.${field}`)}
        isReapplying={versioned.isReapplying}
        onReload={versioned.reload}
        onReapply={() => void versioned.reapply()}
      />
    </>
  );
}

/** An organisation: its record, the people who speak for it, its memberships. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const query = useOrganisationQuery(organisationId);
  usePageTitle(query.isSuccess ? query.data.name : t('register.organisation.title'));

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <Stack>
        <Title order={1}>{t('register.organisation.title')}</Title>
        <QueryFailure error={query.error} />
        <Anchor component={Link} to="/members/organisations">
          {t('register.organisation.backToList')}
        </Anchor>
      </Stack>
    );
  }
  return <OrganisationDetails organisation={query.data} />;
}

function OrganisationDetails({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const update = useRegisterMutation(({ input, version }: { input: OrganisationInput; version: number }) =>
    updateOrganisation(organisation.id, input, version),
  );
  const { notify } = useNotice();
  const access = useRegisterAccess();
  const format = useRegisterFormat();
  const { isEditing, sectionRef, buttonRef, start: startEditing, stop: stopEditing } = useEditToggle();

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>{organisation.name}</Title>
        <Text>{format.kind(organisation.kind)}</Text>
      </Stack>
      <Stack component="section" aria-labelledby="organisation-record-title" gap="sm" ref={sectionRef}>
        <Group justify="space-between" maw={720}>
          <Title order={2} id="organisation-record-title">
            {t('register.organisation.recordTitle')}
          </Title>
          {access.canChange && !isEditing && (
            <Button variant="default" ref={buttonRef} onClick={startEditing}>
              {t('register.common.edit')}
            </Button>
          )}
        </Group>
        {isEditing && access.canChange ? (
          <EditOrganisationForm
            key={organisation.id}
            organisation={organisation}
            save={(input, version) => update.mutateAsync({ input, version })}
            onSaved={() => {
              stopEditing();
              notify({ messageKey: 'register.organisation.saved' });
            }}
            onCancel={stopEditing}
          />
        ) : (
          <OrganisationRecordView organisation={organisation} />
        )}
      </Stack>
      <Stack component="section" aria-labelledby="organisation-people-title" gap="sm">
        <Title order={2} id="organisation-people-title">
          {t('register.organisation.peopleTitle')}
        </Title>
        {organisation.people.length === 0 ? (
          <Text>{t('register.organisation.noPeople')}</Text>
        ) : (
          <Table withTableBorder striped aria-labelledby="organisation-people-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('register.organisation.person')}</Table.Th>
                <Table.Th scope="col">{t('register.affiliations.jobTitle')}</Table.Th>
                <Table.Th scope="col">{t('register.affiliations.staffColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organisation.people.map((person) => (
                <Table.Tr key={`${person.personId}-${person.title ?? ''}`}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/members/persons/${person.personId}`}>
                      {person.displayName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{person.title ?? '—'}</Table.Td>
                  <Table.Td>{person.isStaff ? t('register.common.yes') : t('register.common.no')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <OrganisationMemberships organisation={organisation} canChange={access.canChange} />
    </Stack>
  );
}

function OrganisationMemberships({
  organisation,
  canChange,
}: {
  organisation: OrganisationDetail;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  // The API has no filter by organisation: all memberships are read and this one's kept.
  const query = useMembershipsQuery({});
  const memberships = (query.data ?? []).filter(
    (membership) => membership.organisationId === organisation.id,
  );

  return (
    <Stack component="section" aria-labelledby="organisation-memberships-title" gap="sm">
      <Title order={2} id="organisation-memberships-title">
        {t('register.memberships.title')}
      </Title>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && (
        <MembershipBriefsTable
          memberships={memberships.sort((a, b) => b.year - a.year)}
          label={t('register.memberships.ofOrganisation', { name: organisation.name })}
          memberName={organisation.name}
        />
      )}
      {canChange && <AddMembershipForm holder={{ organisationId: organisation.id }} kind="organisation" />}
    </Stack>
  );
}
