import { Button, Checkbox, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { affiliationInputSchema } from '../../../../../common/register.schemas.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../../components/schema-form.hook.ts';
import { useNotice } from '../../../components/notice.context.tsx';
import { addAffiliation, type AffiliationInput } from '../register.api.ts';
import { usePersonMutation } from '../register.queries.ts';
import { formSchema, textFields } from '../../../components/form-schema.ts';
import { OrganisationPicker } from '../shared/organisation-picker.tsx';
import { RequiredNote } from '../shared/required-note.tsx';

const initialValues = { organisationId: '', title: '', isStaff: 'false', startsOn: '', endsOn: '' };

const affiliationFormSchema = formSchema(
  textFields(['organisationId', 'title', 'isStaff', 'startsOn', 'endsOn']),
  (values) => ({
    ...values,
    isStaff: values.isStaff === 'true',
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
  }),
  affiliationInputSchema,
);

/** Says that the person speaks for an organisation, with a title ("Représentante de la ville de Mulhouse"). */
export function AffiliationForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const add = usePersonMutation((input: AffiliationInput) => addAffiliation(personId, input));
  const { notify } = useNotice();
  const form = useSchemaForm({
    schema: affiliationFormSchema,
    initialValues,
    onSubmit: async (input) => {
      await add.mutateAsync(input);
      form.reset();
      notify({ messageKey: 'register.affiliations.added' });
    },
  });

  return (
    <form
      noValidate
      aria-labelledby="add-affiliation-title"
      onSubmit={(event) => void form.handleSubmit(event)}
    >
      <Stack gap="sm">
        <Title order={3} id="add-affiliation-title">
          {t('register.affiliations.addTitle')}
        </Title>
        <RequiredNote which="affiliation" />
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OrganisationPicker
            label={t('register.affiliations.organisation')}
            description={t('register.picker.hint')}
            name="organisationId"
            required
            value={form.values.organisationId}
            error={form.inputProps('organisationId').error}
            onChange={(organisationId) => form.setField('organisationId', organisationId)}
          />
          <TextInput
            label={t('register.affiliations.jobTitle')}
            autoComplete="off"
            {...form.inputProps('title')}
          />
          <TextInput
            label={t('register.affiliations.startsOn')}
            type="date"
            {...form.inputProps('startsOn')}
          />
          <TextInput label={t('register.affiliations.endsOn')} type="date" {...form.inputProps('endsOn')} />
        </SimpleGrid>
        <Checkbox
          label={t('register.affiliations.isStaff')}
          name="isStaff"
          checked={form.values.isStaff === 'true'}
          onChange={(event) => form.setField('isStaff', String(event.currentTarget.checked))}
        />
        <Button type="submit" loading={form.isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('register.affiliations.add')}
        </Button>
      </Stack>
    </form>
  );
}
