import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { QueryFailure } from '../../../components/query-failure.tsx';
import { updatePerson, type PersonView } from '../register.api.ts';
import { usePersonMutation, usePersonQuery } from '../register.queries.ts';
import { AddMembershipForm } from '../shared/add-membership.form.tsx';
import { MembershipBriefsTable } from '../shared/membership-briefs.table.tsx';
import { useEditToggle } from '../shared/edit-toggle.hook.ts';
import { useRegisterAccess } from '../shared/register-access.ts';
import { formatDay } from '../shared/register-format.ts';
import { AffiliationsSection } from './affiliations.section.tsx';
import { EditPersonForm } from './edit-person.form.tsx';
import type { PersonInput } from '../../../../../common/register.schemas.ts';
import { PersonPrivacySection } from './person-privacy.section.tsx';
import { PersonRecordView } from './person-record.view.tsx';

/** A person of the register: the record, who they speak for, their memberships, their RGPD rights. */
export function PersonPage() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const query = usePersonQuery(personId);
  usePageTitle(query.data?.administrativeName ?? t('register.person.title'));

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <Stack>
        <Title order={1}>{t('register.person.title')}</Title>
        <QueryFailure error={query.error} />
        <Anchor component={Link} to="/members">
          {t('register.person.backToList')}
        </Anchor>
      </Stack>
    );
  }
  return <PersonDetails person={query.data} />;
}

function PersonDetails({ person }: { person: PersonView }) {
  const { t } = useTranslation();
  const update = usePersonMutation(({ input, version }: { input: PersonInput; version: number }) =>
    updatePerson(person.id, input, version),
  );
  const { notify } = useNotice();
  const access = useRegisterAccess();
  const isErased = person.erasedAt !== null;
  const canEdit = access.canChange && !isErased;
  const { isEditing, sectionRef, buttonRef, start: startEditing, stop: stopEditing } = useEditToggle();

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1}>{person.administrativeName}</Title>
          {isErased && (
            <Badge color="gray.8" variant="outline" tt="none" size="lg">
              {t('register.person.erasedBadge')}
            </Badge>
          )}
        </Group>
        {person.usualName && <Text>{t('register.person.knownAs', { name: person.usualName })}</Text>}
        {person.organisations.length > 0 && <Text>{person.organisations.join(', ')}</Text>}
      </Stack>
      {isErased && (
        <Alert color="gray" variant="light">
          {t('register.person.erasedNotice', { date: formatDay(person.erasedAt) })}
        </Alert>
      )}
      <Stack component="section" aria-labelledby="person-record-title" gap="sm" ref={sectionRef}>
        <Group justify="space-between" maw={720}>
          <Title order={2} id="person-record-title">
            {t('register.person.recordTitle')}
          </Title>
          {canEdit && !isEditing && (
            <Button variant="default" ref={buttonRef} onClick={startEditing}>
              {t('register.common.edit')}
            </Button>
          )}
        </Group>
        {isEditing && canEdit ? (
          <EditPersonForm
            key={`${person.id}-${person.erasedAt ?? ''}`}
            person={person}
            submitLabel={t('register.common.save')}
            save={(input, version) => update.mutateAsync({ input, version })}
            onSaved={() => {
              stopEditing();
              notify({ messageKey: 'register.person.saved' });
            }}
            onCancel={stopEditing}
          />
        ) : (
          <PersonRecordView person={person} />
        )}
      </Stack>
      <AffiliationsSection person={person} canChange={canEdit} />
      <Stack component="section" aria-labelledby="person-memberships-title" gap="sm">
        <Title order={2} id="person-memberships-title">
          {t('register.memberships.title')}
        </Title>
        <MembershipBriefsTable
          memberships={person.memberships}
          memberName={person.displayName}
          label={t('register.memberships.ofPerson', { name: person.administrativeName })}
        />
        {canEdit && <AddMembershipForm holder={{ personId: person.id }} kind="person" />}
      </Stack>
      <PersonPrivacySection person={person} access={access} />
    </Stack>
  );
}
