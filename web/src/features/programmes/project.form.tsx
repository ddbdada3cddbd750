import { Button, Group, MultiSelect, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  projectInputSchema,
  projectStatuses,
  projectStatusLabels,
  type ProgrammeYearView,
} from '../../../../common/programmes.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { formSchema } from '../../components/form-schema.ts';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { useOrganisationsQuery } from '../register/register.queries.ts';
import { useAddProjectMutation } from './programmes.queries.ts';

const year = z
  .string()
  .trim()
  .regex(/^\d{4}$/, 'invalid_year');
const optionalText = (text: string) => (text.trim() === '' ? null : text.trim());

const projectFormSchema = formSchema(
  z
    .object({
      programme: z.string().min(1, 'required'),
      year,
      endYear: year.or(z.literal('')),
      title: z.string().trim().min(1, 'required'),
      status: z.enum(projectStatuses),
      place: z.string(),
      link: z
        .string()
        .trim()
        .regex(/^(https?:\/\/\S+)?$/, 'invalid_link'),
      partnerIds: z.array(z.string()),
    })
    .refine((values) => values.endYear === '' || Number(values.endYear) >= Number(values.year), {
      message: 'before_start',
      path: ['endYear'],
    }),
  (values) => ({
    ...values,
    year: Number(values.year),
    endYear: values.endYear === '' ? null : Number(values.endYear),
    place: optionalText(values.place),
    link: optionalText(values.link),
  }),
  projectInputSchema,
);

/**
 * Adds a project to a programme with its partners chosen from the register's organisations. The
 * server saves it whole or not at all and answers the project's year, which the page then shows.
 * The page gives it a new `key` when its year changes, so that the year typed starts from it.
 */
export function ProjectForm({
  year: pageYear,
  programmes,
  onSaved,
}: {
  year: number;
  programmes: { code: string; name: string }[];
  onSaved: (view: ProgrammeYearView) => void;
}) {
  const { t } = useTranslation();
  const organisationsQuery = useOrganisationsQuery('');
  const organisations = useMemo(
    () => (organisationsQuery.data ?? []).map((entry) => ({ value: entry.id, label: entry.name })),
    [organisationsQuery.data],
  );
  const add = useAddProjectMutation();
  const form = useSchemaForm({
    schema: projectFormSchema,
    initialValues: {
      programme: programmes[0]?.code ?? '',
      year: String(pageYear),
      endYear: '',
      title: '',
      status: 'planned',
      place: '',
      link: '',
      partnerIds: [] as string[],
    },
    onSubmit: async (input) => {
      const view = await add.mutateAsync(input);
      form.mantine.setValues({ title: '', place: '', link: '', endYear: '', partnerIds: [] });
      onSaved(view);
    },
  });
  const formTitle = t('programmes.form.title');

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-label={formTitle}
      maw={1000}
      noValidate
    >
      <Stack gap="xs">
        <Title order={2} size="h4">
          {formTitle}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('programmes.form.programme')}
            data={programmes.map((entry) => ({ value: entry.code, label: entry.name }))}
            maw={260}
            {...form.inputProps('programme')}
          />
          <TextInput
            label={t('programmes.form.year')}
            inputMode="numeric"
            required
            maw={120}
            {...form.inputProps('year')}
          />
          <TextInput
            label={t('programmes.form.endYear')}
            inputMode="numeric"
            maw={140}
            {...form.inputProps('endYear')}
          />
          <NativeSelect
            label={t('programmes.form.status')}
            data={projectStatuses.map((value) => ({ value, label: projectStatusLabels[value] }))}
            maw={160}
            {...form.inputProps('status')}
          />
        </Group>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('programmes.form.projectTitle')}
            required
            w={360}
            {...form.inputProps('title')}
          />
          <TextInput label={t('programmes.form.place')} maw={220} {...form.inputProps('place')} />
          <TextInput label={t('programmes.form.link')} type="url" maw={300} {...form.inputProps('link')} />
        </Group>
        <MultiSelect
          label={t('programmes.form.partners')}
          description={t('programmes.form.partnersHint')}
          data={organisations}
          searchable
          clearable
          nothingFoundMessage={t('programmes.form.noOrganisation')}
          maw={700}
          {...form.inputProps('partnerIds')}
        />
        <FormErrorAlert message={form.formError} />
        <Group>
          <Button type="submit" loading={form.isSubmitting}>
            {t('programmes.form.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
