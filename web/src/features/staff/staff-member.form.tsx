import { Alert, Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { staffMemberInputSchema } from '../../../../common/staff.schemas.ts';
import { contractKinds, formatFte, parseFte } from '../../../../common/staff.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { formSchema } from '../../components/form-schema.ts';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { addStaffMember } from './staff.api.ts';
import { useStaffFunctionsQuery, useStaffMutation } from './staff.queries.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_day');
const optionalText = (text: string) => (text.trim() === '' ? null : text.trim());

const memberFormSchema = formSchema(
  z
    .object({
      displayName: z.string().trim().min(1, 'required'),
      jobTitle: z.string(),
      function: z.string().min(1, 'required'),
      contract: z.enum(contractKinds),
      startOn: day,
      endOn: day.or(z.literal('')),
      fte: z.string().refine((text) => parseFte(text) !== null, 'not_an_fte'),
    })
    .refine((values) => values.endOn === '' || values.endOn >= values.startOn, {
      message: 'before_start',
      path: ['endOn'],
    }),
  (values) => ({
    ...values,
    jobTitle: optionalText(values.jobTitle),
    endOn: values.endOn === '' ? null : values.endOn,
    fte: values.fte.trim(),
  }),
  staffMemberInputSchema,
);

const initialValues = {
  displayName: '',
  jobTitle: '',
  function: '',
  contract: 'permanent',
  startOn: '',
  endOn: '',
  fte: '1',
};

/** Adds an employee or an intern; the team's figures are read again once the server has saved it. */
export function StaffMemberForm() {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const add = useStaffMutation(addStaffMember);
  const functions = useStaffFunctionsQuery().data?.functions ?? [];
  const form = useSchemaForm({
    schema: memberFormSchema,
    initialValues,
    onSubmit: async (input) => {
      setSaved(null);
      const member = await add.mutateAsync(input);
      form.mantine.setValues({ displayName: '', jobTitle: '', endOn: '' });
      setSaved(
        t('staff.forms.member.saved', {
          name: member.displayName,
          fte: formatFte(member.fteHundredths, i18n.language === 'en' ? 'en' : 'fr'),
        }),
      );
    },
  });
  const title = t('staff.forms.member.title');

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
          <TextInput label={t('staff.name')} required maw={220} {...form.inputProps('displayName')} />
          <TextInput label={t('staff.jobTitle')} maw={240} {...form.inputProps('jobTitle')} />
          <NativeSelect
            label={t('staff.forms.member.function')}
            data={[
              { value: '', label: t('staff.forms.member.chooseFunction') },
              ...functions.map((entry) => ({ value: entry.code, label: entry.label })),
            ]}
            required
            maw={300}
            {...form.inputProps('function')}
          />
          <NativeSelect
            label={t('staff.contract')}
            data={contractKinds.map((value) => ({ value, label: t(`staff.contracts.${value}`) }))}
            maw={160}
            {...form.inputProps('contract')}
          />
        </Group>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('staff.forms.member.startOn')}
            required
            maw={180}
            {...form.inputProps('startOn')}
          />
          <TextInput
            type="date"
            label={t('staff.forms.member.endOn')}
            maw={180}
            {...form.inputProps('endOn')}
          />
          <TextInput
            label={t('staff.forms.fte')}
            description={t('staff.forms.fteHint')}
            inputMode="decimal"
            required
            maw={160}
            {...form.inputProps('fte')}
          />
        </Group>
        <FormErrorAlert message={form.formError} />
        {saved && (
          <Alert color="green" role="status">
            {saved}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={form.isSubmitting}>
            {t('staff.forms.member.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
