import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { titleForms, type TitleForm } from '../../../../common/votes.schemas.ts';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { formRefusal, problemText } from '../../api/problem-text.ts';
import { useIsStaff } from '../assemblies/shared/require-staff.tsx';
import { PersonPicker } from './person-picker.tsx';
import { addBoardRole, addMandate, editMandate, type BoardRole, type Mandate } from './votes.api.ts';
import { useBoardMutation, useBoardQuery, useBoardRolesQuery } from './votes.queries.ts';

type Locale = 'fr' | 'en';

function useLocale(): Locale {
  return useTranslation().i18n.language.startsWith('en') ? 'en' : 'fr';
}

/** Places a refusal on the form's fields; what no field names is shown above the button. */
function useRefusal(fields: readonly string[]) {
  const { t } = useTranslation();
  const write = useBoardMutation();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [detail, setDetail] = useState<string | null>(null);
  const submit = async (action: () => Promise<unknown>) => {
    setErrors({});
    setDetail(null);
    try {
      await write.mutateAsync(action);
      return true;
    } catch (caught) {
      const refusal = formRefusal(t, caught, fields);
      setErrors(refusal.fields);
      setDetail(refusal.detail);
      return false;
    }
  };
  return { errors, detail, submit, busy: write.isPending };
}

function RoleFields({
  roles,
  role,
  setRole,
  titleForm,
  setTitleForm,
  errors,
}: {
  roles: BoardRole[];
  role: string;
  setRole: (role: string) => void;
  titleForm: TitleForm | '';
  setTitleForm: (form: TitleForm | '') => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <NativeSelect
        label={t('votes.board.role')}
        value={role}
        error={errors.role}
        onChange={(event) => setRole(event.currentTarget.value)}
        data={roles.map((entry) => ({ value: entry.code, label: entry.labels[locale].neutral }))}
      />
      <NativeSelect
        label={t('votes.board.titleForm')}
        value={titleForm}
        onChange={(event) => setTitleForm(event.currentTarget.value as TitleForm | '')}
        data={[
          { value: '', label: t('votes.board.titleForms.unset') },
          ...titleForms.map((form) => ({ value: form, label: t(`votes.board.titleForms.${form}`) })),
        ]}
      />
    </>
  );
}

function MandateEditor({
  mandate,
  roles,
  onDone,
}: {
  mandate: Mandate;
  roles: BoardRole[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState(mandate.role);
  const [titleForm, setTitleForm] = useState<TitleForm | ''>(mandate.titleForm ?? '');
  const [startsOn, setStartsOn] = useState(mandate.startsOn);
  const [endsOn, setEndsOn] = useState(mandate.endsOn ?? '');
  const { errors, detail, submit, busy } = useRefusal(['role', 'titleForm', 'startsOn', 'endsOn']);
  return (
    <Stack
      component="form"
      gap="xs"
      aria-label={t('votes.board.editOf', { name: mandate.printedLine })}
      onSubmit={(event) => {
        event.preventDefault();
        void submit(() =>
          editMandate(mandate.id, { role, titleForm: titleForm || null, startsOn, endsOn: endsOn || null }),
        ).then((isSaved) => isSaved && onDone());
      }}
    >
      <Group align="flex-start" wrap="wrap">
        <RoleFields
          roles={roles}
          role={role}
          setRole={setRole}
          titleForm={titleForm}
          setTitleForm={setTitleForm}
          errors={errors}
        />
        <TextInput
          type="date"
          label={t('votes.board.since')}
          value={startsOn}
          error={errors.startsOn}
          onChange={(event) => setStartsOn(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('votes.board.until')}
          value={endsOn}
          error={errors.endsOn}
          onChange={(event) => setEndsOn(event.currentTarget.value)}
        />
      </Group>
      {detail && (
        <Alert color="red" variant="light" role="alert">
          {detail}
        </Alert>
      )}
      <Group gap="xs">
        <Button type="submit" size="xs" loading={busy}>
          {t('votes.board.save')}
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('votes.board.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function MandatesTable({
  mandates,
  caption,
  roles,
  isStaff,
}: {
  mandates: Mandate[];
  caption: string;
  roles: BoardRole[];
  isStaff: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Table striped withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('votes.board.name')}</Table.Th>
          <Table.Th scope="col">{t('votes.board.role')}</Table.Th>
          <Table.Th scope="col">{t('votes.board.since')}</Table.Th>
          <Table.Th scope="col">{t('votes.board.until')}</Table.Th>
          {isStaff && <Table.Th scope="col">{t('votes.board.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {mandates.map((mandate) =>
          editing === mandate.id ? (
            <Table.Tr key={mandate.id}>
              <Table.Td colSpan={5}>
                <Text fw={600}>{mandate.printedLine}</Text>
                <MandateEditor mandate={mandate} roles={roles} onDone={() => setEditing(null)} />
              </Table.Td>
            </Table.Tr>
          ) : (
            <Table.Tr key={mandate.id}>
              <Table.Td>{mandate.printedLine}</Table.Td>
              <Table.Td>{mandate.roleLabel[locale]}</Table.Td>
              <Table.Td>{mandate.startsOn}</Table.Td>
              <Table.Td>{mandate.endsOn ?? '—'}</Table.Td>
              {isStaff && (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('votes.board.editOf', { name: mandate.printedLine })}
                    onClick={() => setEditing(mandate.id)}
                  >
                    {t('votes.board.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ),
        )}
      </Table.Tbody>
    </Table>
  );
}

function NewMandateForm({ roles, at }: { roles: BoardRole[]; at: string }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  const [role, setRole] = useState('board_member');
  const [titleForm, setTitleForm] = useState<TitleForm | ''>('');
  const [startsOn, setStartsOn] = useState(at);
  const [endsOn, setEndsOn] = useState('');
  const { errors, detail, submit, busy } = useRefusal(['personId', 'role', 'startsOn', 'endsOn']);
  return (
    <Paper withBorder p="md">
      <Stack
        component="form"
        gap="xs"
        aria-labelledby="new-mandate-title"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(() =>
            addMandate({
              personId: person?.id ?? '',
              role,
              titleForm: titleForm || null,
              startsOn,
              endsOn: endsOn || null,
            }),
          ).then((isSaved) => isSaved && setPerson(null));
        }}
      >
        <Title order={2} size="h4" id="new-mandate-title">
          {t('votes.board.newMandate')}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <PersonPicker
            label={t('votes.board.person')}
            value={person}
            onChange={setPerson}
            error={errors.personId}
          />
        </Group>
        <Group align="flex-start" wrap="wrap">
          <RoleFields
            roles={roles}
            role={role}
            setRole={setRole}
            titleForm={titleForm}
            setTitleForm={setTitleForm}
            errors={errors}
          />
          <TextInput
            type="date"
            label={t('votes.board.since')}
            value={startsOn}
            error={errors.startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('votes.board.until')}
            value={endsOn}
            error={errors.endsOn}
            onChange={(event) => setEndsOn(event.currentTarget.value)}
          />
        </Group>
        {detail && (
          <Alert color="red" variant="light" role="alert">
            {detail}
          </Alert>
        )}
        <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
          {t('votes.board.addMandate')}
        </Button>
      </Stack>
    </Paper>
  );
}

const formsOrder = ['masculine', 'feminine', 'neutral'] as const;

function NewRoleForm() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const empty = { masculine: '', feminine: '', neutral: '' };
  const [labels, setLabels] = useState({ fr: empty, en: empty });
  const { errors, detail, submit, busy } = useRefusal(['code', 'labels']);
  return (
    <Paper withBorder p="md">
      <Stack
        component="form"
        gap="xs"
        aria-labelledby="new-role-title"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(() => addBoardRole({ code, labels })).then((isSaved) => {
            if (isSaved) {
              setCode('');
              setLabels({ fr: empty, en: empty });
            }
          });
        }}
      >
        <Title order={2} size="h4" id="new-role-title">
          {t('votes.board.newRole')}
        </Title>
        <TextInput
          label={t('votes.board.roleCode')}
          description={t('votes.board.roleCodeHint')}
          value={code}
          error={errors.code}
          onChange={(event) => setCode(event.currentTarget.value)}
          w={260}
          required
        />
        {(['fr', 'en'] as const).map((language) => (
          <Group key={language} align="flex-start" wrap="wrap">
            {formsOrder.map((form) => (
              <TextInput
                key={form}
                label={t(`votes.board.roleLabels.${language}.${form}`)}
                value={labels[language][form]}
                error={errors[`labels.${language}.${form}`]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setLabels((previous) => ({
                    ...previous,
                    [language]: { ...previous[language], [form]: value },
                  }));
                }}
                required
              />
            ))}
          </Group>
        ))}
        {detail && (
          <Alert color="red" variant="light" role="alert">
            {detail}
          </Alert>
        )}
        <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
          {t('votes.board.addRole')}
        </Button>
      </Stack>
    </Paper>
  );
}

/**
 * /board: the board and the délégué général on a day, as the minutes present them; the secretary
 * and the administrator add and correct mandates (role, title form, dates) and add roles.
 */
export function BoardPage() {
  const { t } = useTranslation();
  usePageTitle(t('votes.board.title'));
  const isStaff = useIsStaff();
  const [at, setAt] = useState(() => new Date().toISOString().slice(0, 10));
  const query = useBoardQuery(at);
  const roles = useBoardRolesQuery().data ?? [];
  return (
    <Stack gap="lg">
      <Title order={1}>{t('votes.board.title')}</Title>
      <TextInput
        type="date"
        label={t('votes.board.at')}
        value={at}
        onChange={(event) => event.currentTarget.value && setAt(event.currentTarget.value)}
        maw={220}
      />
      {query.isError && <Text c="red">{problemText(t, query.error)}</Text>}
      {query.isSuccess && (
        <>
          {query.data.board.length === 0 ? (
            <Text>{t('votes.board.empty')}</Text>
          ) : (
            <MandatesTable
              mandates={query.data.board}
              roles={roles}
              isStaff={isStaff}
              caption={t('votes.board.composition', { count: query.data.board.length })}
            />
          )}
          {query.data.executiveDirectors.length > 0 && (
            <MandatesTable
              mandates={query.data.executiveDirectors}
              roles={roles}
              isStaff={isStaff}
              caption={t('votes.board.executiveDirector')}
            />
          )}
        </>
      )}
      {isStaff && roles.length > 0 && <NewMandateForm roles={roles} at={at} />}
      {isStaff && <NewRoleForm />}
    </Stack>
  );
}
