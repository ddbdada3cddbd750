import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  staffFunctionInputSchema,
  staffFunctionLabelsSchema,
  type StaffFunctionLabels,
} from '../../../../common/staff.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { StaleVersionDialog } from '../../components/stale-version.dialog.tsx';
import { useVersionedSave } from '../../components/versioned-save.hook.ts';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { problemText } from '../../api/problem-text.ts';
import { QueryFailure } from '../../components/query-failure.tsx';
import {
  addStaffFunction,
  removeStaffFunction,
  renameStaffFunction,
  reorderStaffFunctions,
  type StaffFunctionView,
} from './staff.api.ts';
import { useStaffFunctionsQuery, useStaffMutation } from './staff.queries.ts';

/**
 * The association's own staff functions ("pôles"): the team is grouped by them on this page and in
 * the minutes. The treasurer rewords, adds and removes them (a function someone holds stays).
 */
export function StaffFunctionsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const query = useStaffFunctionsQuery();
  const [editing, setEditing] = useState<string | null>(null);
  const [removalError, setRemovalError] = useState<string | null>(null);
  const removal = useStaffMutation(removeStaffFunction);
  const reorder = useStaffMutation(reorderStaffFunctions);
  const move = (codes: string[], index: number, offset: number) => {
    const next = [...codes];
    const [moved] = next.splice(index, 1);
    next.splice(index + offset, 0, moved!);
    setRemovalError(null);
    reorder.mutate(next, { onError: (error) => setRemovalError(problemText(t, error)) });
  };

  return (
    <Stack component="section" aria-labelledby="staff-functions-title" gap="sm" maw={1000}>
      <Title order={2} id="staff-functions-title">
        {t('staff.functionList.title')}
      </Title>
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && query.data.functions.length === 0 && <Text>{t('staff.functionList.none')}</Text>}
      {query.isSuccess && query.data.functions.length > 0 && (
        <Table withTableBorder striped aria-labelledby="staff-functions-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('staff.functionList.code')}</Table.Th>
              <Table.Th scope="col">{t('staff.functionList.labelFr')}</Table.Th>
              <Table.Th scope="col">{t('staff.functionList.labelEn')}</Table.Th>
              <Table.Th scope="col">{t('staff.functionList.members')}</Table.Th>
              {canEdit && <Table.Th scope="col">{t('staff.functionList.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.functions.map((entry, index, all) =>
              editing === entry.code ? (
                <Table.Tr key={entry.code}>
                  <Table.Td colSpan={canEdit ? 5 : 4}>
                    <RenameFunctionForm entry={entry} onDone={() => setEditing(null)} />
                  </Table.Td>
                </Table.Tr>
              ) : (
                <Table.Tr key={entry.code} data-staff-function={entry.code}>
                  <Table.Td>{entry.code}</Table.Td>
                  <Table.Td>{entry.labelFr}</Table.Td>
                  <Table.Td>{entry.labelEn}</Table.Td>
                  <Table.Td>{entry.memberCount}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap="xs">
                        <Button
                          size="compact-sm"
                          variant="default"
                          disabled={index === 0 || reorder.isPending}
                          aria-label={t('staff.functionList.moveUp', { label: entry.label })}
                          onClick={() =>
                            move(
                              all.map((item) => item.code),
                              index,
                              -1,
                            )
                          }
                        >
                          ↑
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          disabled={index === all.length - 1 || reorder.isPending}
                          aria-label={t('staff.functionList.moveDown', { label: entry.label })}
                          onClick={() =>
                            move(
                              all.map((item) => item.code),
                              index,
                              1,
                            )
                          }
                        >
                          ↓
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setEditing(entry.code)}
                          aria-label={t('staff.functionList.renameOne', { label: entry.label })}
                        >
                          {t('staff.functionList.rename')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          color="red"
                          disabled={entry.memberCount > 0}
                          aria-label={t('staff.functionList.removeOne', { label: entry.label })}
                          onClick={() => {
                            setRemovalError(null);
                            removal.mutate(entry.code, {
                              onError: (error) => setRemovalError(problemText(t, error)),
                            });
                          }}
                        >
                          {t('staff.functionList.remove')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ),
            )}
          </Table.Tbody>
        </Table>
      )}
      {removalError && <FormErrorAlert message={removalError} />}
      {canEdit && <AddFunctionForm />}
    </Stack>
  );
}

const labelsOf = (entry: StaffFunctionView): StaffFunctionLabels => ({
  labelFr: entry.labelFr,
  labelEn: entry.labelEn,
});

/** New labels for a function on the version it was opened on; a stale save opens the dialog. */
function RenameFunctionForm({ entry, onDone }: { entry: StaffFunctionView; onDone: () => void }) {
  const { t } = useTranslation();
  const rename = useStaffMutation(renameStaffFunction);
  const [base, setBase] = useState(entry);
  const versioned = useVersionedSave({
    base,
    inputOf: labelsOf,
    save: async (labels: StaffFunctionLabels, version: number) => {
      const { functions } = await rename.mutateAsync({ code: entry.code, version, ...labels });
      return functions.find((saved) => saved.code === entry.code)!;
    },
    onSaved: onDone,
    onReloaded: setBase,
  });
  return (
    <>
      <LabelsForm key={base.version} entry={base} onSubmit={versioned.submit} onCancel={onDone} />
      <StaleVersionDialog
        conflict={versioned.conflict}
        fieldLabel={(field) => t(`staff.functionList.${field}`)}
        isReapplying={versioned.isReapplying}
        onReload={versioned.reload}
        onReapply={() => void versioned.reapply()}
      />
    </>
  );
}

function LabelsForm({
  entry,
  onSubmit,
  onCancel,
}: {
  entry: StaffFunctionView;
  onSubmit: (labels: StaffFunctionLabels) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: staffFunctionLabelsSchema,
    initialValues: { labelFr: entry.labelFr, labelEn: entry.labelEn },
    onSubmit,
  });
  return (
    <form
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-label={t('staff.functionList.renameOne', { label: entry.label })}
      noValidate
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('staff.functionList.labelFr')} required {...form.inputProps('labelFr')} />
        <TextInput label={t('staff.functionList.labelEn')} required {...form.inputProps('labelEn')} />
        <Button type="submit" loading={form.isSubmitting}>
          {t('staff.functionList.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('staff.functionList.cancel')}
        </Button>
      </Group>
      {form.formError && <FormErrorAlert message={form.formError} />}
    </form>
  );
}

function AddFunctionForm() {
  const { t } = useTranslation();
  const add = useStaffMutation(addStaffFunction);
  const form = useSchemaForm({
    schema: staffFunctionInputSchema,
    initialValues: { code: '', labelFr: '', labelEn: '' },
    onSubmit: async (input) => {
      await add.mutateAsync(input);
      form.reset();
    },
  });
  const title = t('staff.functionList.add');
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-label={title}
      noValidate
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('staff.functionList.code')}
            description={t('staff.functionList.codeHint')}
            required
            maw={220}
            {...form.inputProps('code')}
          />
          <TextInput label={t('staff.functionList.labelFr')} required {...form.inputProps('labelFr')} />
          <TextInput label={t('staff.functionList.labelEn')} required {...form.inputProps('labelEn')} />
        </Group>
        {form.formError && <FormErrorAlert message={form.formError} />}
        <Group>
          <Button type="submit" loading={form.isSubmitting}>
            {t('staff.functionList.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
