import { Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerFieldInputSchema, registerFieldOwners } from '../../../../common/register-fields.schemas.ts';
import { problemText } from '../../api/problem-text.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { formSchema, textFields } from '../../components/form-schema.ts';
import { QueryFailure } from '../../components/query-failure.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { SettingsNavigation } from '../../components/settings-navigation.tsx';
import { addRegisterField, archiveRegisterField, removeRegisterField } from './register-fields.api.ts';
import { useRegisterFieldMutation, useRegisterFieldsQuery } from './register-fields.queries.ts';

/**
 * The fields the association adds to its register (text, date, or a choice): shown on each
 * person's form and record, read by the import from a column of the same name, written by the export.
 */
export function RegisterFieldsPage() {
  const { t } = useTranslation();
  const query = useRegisterFieldsQuery();
  const [error, setError] = useState<string | null>(null);
  const archive = useRegisterFieldMutation(archiveRegisterField);
  const removal = useRegisterFieldMutation(removeRegisterField);
  const onError = (problem: unknown) => setError(problemText(t, problem));

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={1}>{t('registerFields.title')}</Title>
        <SettingsNavigation />
      </Stack>
      <Text maw={760}>{t('registerFields.intro')}</Text>
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && query.data.fields.length === 0 && <Text>{t('registerFields.none')}</Text>}
      {query.isSuccess && query.data.fields.length > 0 && (
        <Table withTableBorder striped aria-label={t('registerFields.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('registerFields.code')}</Table.Th>
              <Table.Th scope="col">{t('registerFields.label')}</Table.Th>
              <Table.Th scope="col">{t('registerFields.type')}</Table.Th>
              <Table.Th scope="col">{t('registerFields.appliesTo')}</Table.Th>
              <Table.Th scope="col">{t('registerFields.values')}</Table.Th>
              <Table.Th scope="col">{t('registerFields.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.fields.map((field) => (
              <Table.Tr key={field.code} data-register-field={field.code}>
                <Table.Td>{field.code}</Table.Td>
                <Table.Td>
                  {field.label}
                  {field.isArchived && ` (${t('registerFields.archived')})`}
                </Table.Td>
                <Table.Td>
                  {t(`registerFields.types.${field.type}`)}
                  {field.type === 'choice' && ` : ${field.options.join(', ')}`}
                </Table.Td>
                <Table.Td>{t(`registerFields.owners.${field.appliesTo}`)}</Table.Td>
                <Table.Td>{field.valueCount}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => {
                        setError(null);
                        archive.mutate({ code: field.code, isArchived: !field.isArchived }, { onError });
                      }}
                    >
                      {field.isArchived ? t('registerFields.restore') : t('registerFields.archive')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      color="red"
                      aria-label={t('registerFields.removeOne', { label: field.label })}
                      onClick={() => {
                        setError(null);
                        removal.mutate(field.code, { onError });
                      }}
                    >
                      {t('registerFields.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {error && <FormErrorAlert message={error} />}
      <AddRegisterFieldForm />
    </Stack>
  );
}

function AddRegisterFieldForm() {
  const { t } = useTranslation();
  const add = useRegisterFieldMutation(addRegisterField);
  const form = useSchemaForm({
    schema: formSchema(
      textFields(['code', 'labelFr', 'labelEn', 'type', 'appliesTo', 'options']),
      ({ options, ...values }) => ({
        ...values,
        options: options
          .split(/[;\n]/)
          .map((option) => option.trim())
          .filter(Boolean),
      }),
      registerFieldInputSchema,
    ),
    initialValues: { code: '', labelFr: '', labelEn: '', type: 'text', appliesTo: 'person', options: '' },
    onSubmit: async (input) => {
      await add.mutateAsync(input);
      form.reset();
    },
  });
  const title = t('registerFields.add');
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
        <Title order={2} size="h4">
          {title}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('registerFields.code')}
            description={t('registerFields.codeHint')}
            required
            maw={200}
            {...form.inputProps('code')}
          />
          <TextInput label={t('registerFields.labelFr')} required {...form.inputProps('labelFr')} />
          <TextInput label={t('registerFields.labelEn')} required {...form.inputProps('labelEn')} />
          <NativeSelect
            label={t('registerFields.type')}
            data={(['text', 'date', 'choice'] as const).map((type) => ({
              value: type,
              label: t(`registerFields.types.${type}`),
            }))}
            {...form.inputProps('type')}
          />
          <NativeSelect
            label={t('registerFields.appliesTo')}
            data={registerFieldOwners.map((owner) => ({
              value: owner,
              label: t(`registerFields.owners.${owner}`),
            }))}
            {...form.inputProps('appliesTo')}
          />
          {form.values.type === 'choice' && (
            <TextInput
              label={t('registerFields.options')}
              description={t('registerFields.optionsHint')}
              {...form.inputProps('options')}
            />
          )}
        </Group>
        {form.formError && <FormErrorAlert message={form.formError} />}
        <Group>
          <Button type="submit" loading={form.isSubmitting}>
            {t('registerFields.addSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
