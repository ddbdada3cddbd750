import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  mandateInputSchema,
  mandateUpdateSchema,
  type MandateUpdate,
} from '../../../../common/votes.schemas.ts';
import { StaleVersionDialog } from '../../components/stale-version.dialog.tsx';
import { useVersionedSave } from '../../components/versioned-save.hook.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { formSchema, textFields } from '../../components/form-schema.ts';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { MandateFields, mandateOfFields } from './mandate-fields.tsx';
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

const mandateFieldNames = ['role', 'titleForm', 'startsOn', 'endsOn'] as const;

/** The add and edit forms' buttons and refusal: what no field names is shown above the buttons. */
function FormFooter({ formError, children }: { formError: string | null; children: ReactNode }) {
  return (
    <>
      {formError && <FormErrorAlert message={formError} />}
      <Group gap="xs">{children}</Group>
    </>
  );
}

/** What the mandate form sends for a mandate as it stands. */
function mandateUpdateOf(mandate: Mandate): MandateUpdate {
  return {
    role: mandate.role,
    titleForm: mandate.titleForm,
    startsOn: mandate.startsOn,
    endsOn: mandate.endsOn,
  };
}

const mandateFieldLabels = {
  role: 'votes.board.role',
  titleForm: 'votes.board.titleForm',
  startsOn: 'votes.board.since',
  endsOn: 'votes.board.until',
} as const;

/** Corrects a mandate on the version the editor opened; a stale save opens the dialog. */
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
  const write = useBoardMutation();
  const [base, setBase] = useState(mandate);
  const versioned = useVersionedSave({
    base,
    inputOf: mandateUpdateOf,
    save: (input: MandateUpdate, version: number) =>
      write.mutateAsync(() => editMandate(mandate.id, input, version)) as Promise<Mandate>,
    onSaved: onDone,
    onReloaded: setBase,
  });
  return (
    <>
      <MandateForm
        key={base.version}
        mandate={base}
        roles={roles}
        onSubmit={versioned.submit}
        onCancel={onDone}
      />
      <StaleVersionDialog
        conflict={versioned.conflict}
        fieldLabel={(field) =>
          field in mandateFieldLabels
            ? t(mandateFieldLabels[field as keyof typeof mandateFieldLabels])
            : field
        }
        isReapplying={versioned.isReapplying}
        onReload={versioned.reload}
        onReapply={() => void versioned.reapply()}
      />
    </>
  );
}

function MandateForm({
  mandate,
  roles,
  onSubmit,
  onCancel,
}: {
  mandate: Mandate;
  roles: BoardRole[];
  onSubmit: (input: MandateUpdate) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: formSchema(textFields(mandateFieldNames), mandateOfFields, mandateUpdateSchema),
    initialValues: {
      role: mandate.role,
      titleForm: mandate.titleForm ?? '',
      startsOn: mandate.startsOn,
      endsOn: mandate.endsOn ?? '',
    },
    onSubmit,
  });
  return (
    <form
      noValidate
      aria-label={t('votes.board.editOf', { name: mandate.printedLine })}
      onSubmit={(event) => void form.handleSubmit(event)}
    >
      <Stack gap="xs">
        <Group align="flex-start" wrap="wrap">
          <MandateFields roles={roles} field={form.inputProps} />
        </Group>
        <FormFooter formError={form.formError}>
          <Button type="submit" size="xs" loading={form.isSubmitting}>
            {t('votes.board.save')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('votes.board.cancel')}
          </Button>
        </FormFooter>
      </Stack>
    </form>
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
  const write = useBoardMutation();
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  const form = useSchemaForm({
    schema: formSchema(
      textFields(['personId', ...mandateFieldNames]),
      ({ personId, ...fields }) => ({ personId, ...mandateOfFields(fields) }),
      mandateInputSchema,
    ),
    initialValues: { personId: '', role: 'board_member', titleForm: '', startsOn: at, endsOn: '' },
    onSubmit: async (input) => {
      await write.mutateAsync(() => addMandate(input));
      setPerson(null);
      form.setField('personId', '');
    },
  });
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      noValidate
      aria-labelledby="new-mandate-title"
      onSubmit={(event) => void form.handleSubmit(event)}
    >
      <Stack gap="xs">
        <Title order={2} size="h4" id="new-mandate-title">
          {t('votes.board.newMandate')}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <PersonPicker
            label={t('votes.board.person')}
            value={person}
            onChange={(picked) => {
              setPerson(picked);
              form.setField('personId', picked?.id ?? '');
            }}
            error={form.mantine.errors.personId as string | undefined}
          />
        </Group>
        <Group align="flex-start" wrap="wrap">
          <MandateFields roles={roles} field={form.inputProps} />
        </Group>
        <FormFooter formError={form.formError}>
          <Button type="submit" loading={form.isSubmitting}>
            {t('votes.board.addMandate')}
          </Button>
        </FormFooter>
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
