import { Alert, Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { staffFigureInputSchema } from '../../../../common/staff.schemas.ts';
import { figurePrecisions, parseTeamFte } from '../../../../common/staff.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { formSchema } from '../../components/form-schema.ts';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { recordStaffFigure } from './staff.api.ts';
import { useStaffMutation } from './staff.queries.ts';

/** A count typed by a person: a whole number, or nothing. */
const count = z
  .string()
  .trim()
  .regex(/^\d{0,6}$/, 'invalid_count');

const figureFormSchema = formSchema(
  z.object({
    onDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_day'),
    precision: z.enum(figurePrecisions),
    headcount: count,
    fte: z.string().refine((text) => parseTeamFte(text) !== null, 'not_an_fte'),
    interns: count,
    source: z.string(),
  }),
  (values) => ({
    ...values,
    headcount: values.headcount.trim() === '' ? null : Number(values.headcount),
    interns: values.interns.trim() === '' ? 0 : Number(values.interns),
    fte: values.fte.trim(),
    source: values.source.trim() === '' ? null : values.source.trim(),
  }),
  staffFigureInputSchema,
);

const initialValues = { onDay: '', precision: 'day', headcount: '', fte: '', interns: '0', source: '' };

/** Records a figure of the history ("8,64 ETP en avril 2017"), replacing the one of that day. */
export function StaffFigureForm() {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const record = useStaffMutation(recordStaffFigure);
  const form = useSchemaForm({
    schema: figureFormSchema,
    initialValues,
    onSubmit: async (input) => {
      setSaved(null);
      const history = await record.mutateAsync(input);
      const figure = history.figures.find(
        (entry) => entry.kind === 'recorded' && entry.onDay === input.onDay,
      );
      setSaved(
        t('staff.forms.figure.saved', { label: figure?.label ?? input.onDay, fte: figure?.fte ?? input.fte }),
      );
    },
  });
  const title = t('staff.forms.figure.title');

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-label={title}
      maw={1000}
      noValidate
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('staff.forms.figure.onDay')}
            required
            maw={180}
            {...form.inputProps('onDay')}
          />
          <NativeSelect
            label={t('staff.forms.figure.precision')}
            data={figurePrecisions.map((value) => ({
              value,
              label: t(`staff.forms.figure.precisions.${value}`),
            }))}
            maw={200}
            {...form.inputProps('precision')}
          />
          <TextInput
            label={t('staff.forms.figure.headcount')}
            inputMode="numeric"
            maw={140}
            {...form.inputProps('headcount')}
          />
          <TextInput
            label={t('staff.forms.fte')}
            description={t('staff.forms.figure.fteHint')}
            inputMode="decimal"
            required
            maw={160}
            {...form.inputProps('fte')}
          />
          <TextInput
            label={t('staff.forms.figure.interns')}
            inputMode="numeric"
            maw={120}
            {...form.inputProps('interns')}
          />
        </Group>
        <TextInput label={t('staff.forms.figure.source')} maw={600} {...form.inputProps('source')} />
        <FormErrorAlert message={form.formError} />
        {saved && (
          <Alert color="green" role="status">
            {saved}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={form.isSubmitting}>
            {t('staff.forms.figure.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
