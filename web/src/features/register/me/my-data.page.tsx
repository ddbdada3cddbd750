import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { QueryFailure } from '../../../components/query-failure.tsx';
import { problemCode } from '../../../api/problem-text.ts';
import type { PersonInput } from '../../../../../common/register.schemas.ts';
import { EditPersonForm } from '../persons/edit-person.form.tsx';
import { myExportUrl, updateMyPerson } from '../register.api.ts';
import { useMyPersonQuery, usePersonMutation } from '../register.queries.ts';
import { MembershipBriefsTable } from '../shared/membership-briefs.table.tsx';

/** What a member or guest sees of the register: their own record, which they may correct and download. */
export function MyDataPage() {
  const { t } = useTranslation();
  const { notify } = useNotice();
  usePageTitle(t('register.me.title'));
  const query = useMyPersonQuery();
  const update = usePersonMutation(({ input, version }: { input: PersonInput; version: number }) =>
    updateMyPerson(input, version),
  );

  return (
    <Stack gap="xl">
      <Title order={1}>{t('register.me.title')}</Title>
      {query.isPending && <LoadingState />}
      {query.isError &&
        (problemCode(query.error) === 'no_person_for_account' ? (
          <Alert color="blue" variant="light">
            <Text>{t('register.me.notLinked')}</Text>
          </Alert>
        ) : (
          <QueryFailure error={query.error} />
        ))}
      {query.isSuccess && (
        <>
          <Text>{t('register.me.intro')}</Text>
          <Stack component="section" aria-labelledby="my-record-title" gap="sm">
            <Title order={2} id="my-record-title">
              {t('register.me.recordTitle')}
            </Title>
            <EditPersonForm
              key={query.data.id}
              person={query.data}
              isReadOnly={query.data.erasedAt !== null}
              isOwnRecord
              submitLabel={t('register.common.save')}
              save={(input, version) => update.mutateAsync({ input, version })}
              onSaved={() => notify({ messageKey: 'register.me.saved' })}
            />
          </Stack>
          {query.data.memberships.length > 0 && (
            <Stack component="section" aria-labelledby="my-memberships-title" gap="sm">
              <Title order={2} id="my-memberships-title">
                {t('register.memberships.title')}
              </Title>
              <MembershipBriefsTable
                memberships={query.data.memberships}
                label={t('register.me.membershipsLabel')}
                memberName={query.data.displayName}
                isLinked={false}
              />
            </Stack>
          )}
          <Stack component="section" aria-labelledby="my-export-title" gap="sm">
            <Title order={2} id="my-export-title">
              {t('register.me.exportTitle')}
            </Title>
            <Text>{t('register.me.exportIntro')}</Text>
            <Button
              component="a"
              href={myExportUrl}
              download
              variant="default"
              style={{ alignSelf: 'flex-start' }}
            >
              {t('register.me.export')}
            </Button>
          </Stack>
        </>
      )}
    </Stack>
  );
}
