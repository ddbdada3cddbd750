import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { useNotice } from '../../../components/notice.context.tsx';
import { usePageTitle } from '../../../components/page-title.hook.ts';
import { errorCodeMessage } from '../../../i18n/error-messages.ts';
import { PersonForm } from '../persons/person-form.tsx';
import { fetchMyPerson, myExportUrl, updateMyPerson } from '../register.api.ts';
import { MembershipBriefsTable } from '../shared/membership-briefs.table.tsx';
import { useResource } from '../shared/use-resource.hook.ts';

/** What a member or guest sees of the register: their own record, which they may correct and download. */
export function MyDataPage() {
  const { t } = useTranslation();
  const { notify } = useNotice();
  usePageTitle(t('register.me.title'));
  const { state, replace } = useResource(fetchMyPerson);

  return (
    <Stack gap="xl">
      <Title order={1}>{t('register.me.title')}</Title>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'failed' &&
        (state.code === 'no_person_for_account' ? (
          <Alert color="blue" variant="light">
            <Text>{t('register.me.notLinked')}</Text>
          </Alert>
        ) : (
          <Alert color="red">{errorCodeMessage(t, state.code)}</Alert>
        ))}
      {state.status === 'ready' && (
        <>
          <Text>{t('register.me.intro')}</Text>
          <Stack component="section" aria-labelledby="my-record-title" gap="sm">
            <Title order={2} id="my-record-title">
              {t('register.me.recordTitle')}
            </Title>
            <PersonForm
              key={state.data.id}
              person={state.data}
              isReadOnly={state.data.erasedAt !== null}
              isOwnRecord
              submitLabel={t('register.common.save')}
              onSubmit={async (input) => {
                replace(await updateMyPerson(input));
                notify({ messageKey: 'register.me.saved' });
              }}
            />
          </Stack>
          {state.data.memberships.length > 0 && (
            <Stack component="section" aria-labelledby="my-memberships-title" gap="sm">
              <Title order={2} id="my-memberships-title">
                {t('register.memberships.title')}
              </Title>
              <MembershipBriefsTable
                memberships={state.data.memberships}
                label={t('register.me.membershipsLabel')}
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
