import { Button, Checkbox, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { z } from 'zod';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { personInputSchema, type PersonInput } from '../../../../../common/register.schemas.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../../components/schema-form.hook.ts';
import type { PersonView } from '../register.api.ts';
import { formSchema, textFields } from '../../../components/form-schema.ts';
import { formatDay } from '../shared/register-format.ts';
import { RequiredNote } from '../shared/required-note.tsx';
import { CustomFieldsFieldset } from '../../register-fields/custom-fields.fieldset.tsx';

const personFormSchema = formSchema(
  textFields([
    'civility',
    'firstName',
    'lastName',
    'usualName',
    'email',
    'phone',
    'addressLine',
    'postalCode',
    'city',
    'country',
    'notes',
    'hasEmailConsent',
  ]).extend({ customFields: z.record(z.string(), z.string()) }),
  (values) => ({ ...values, hasEmailConsent: values.hasEmailConsent === 'true' }),
  personInputSchema,
);

function personValues(person: PersonView | undefined) {
  return {
    civility: person?.civility ?? '',
    firstName: person?.firstName ?? '',
    lastName: person?.lastName ?? '',
    usualName: person?.usualName ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    addressLine: person?.addressLine ?? '',
    postalCode: person?.postalCode ?? '',
    city: person?.city ?? '',
    country: person?.country ?? '',
    notes: person?.notes ?? '',
    hasEmailConsent: person?.emailConsentAt ? 'true' : 'false',
    customFields: person?.customFields ?? {},
  };
}

interface PersonFormProps {
  /** The record being changed; a new person when absent. */
  person?: PersonView;
  submitLabel: string;
  isReadOnly?: boolean;
  /** A member changing their own record: staff's notes are shown but kept as they are. */
  isOwnRecord?: boolean;
  onSubmit: (input: PersonInput) => Promise<void>;
  /** Leaves the form, nothing saved (a "Cancel" beside the button). */
  onCancel?: () => void;
}

/** Every field of a person, for a new record, a change by staff, or a member's own record. */
export function PersonForm({
  person,
  submitLabel,
  isReadOnly = false,
  isOwnRecord = false,
  onSubmit,
  onCancel,
}: PersonFormProps) {
  const { t } = useTranslation();
  const initialValues = useMemo(() => personValues(person), [person]);
  const form = useSchemaForm({ schema: personFormSchema, initialValues, onSubmit });
  const field = (name: Exclude<keyof typeof initialValues, 'customFields'>) => ({
    ...form.inputProps(name),
    readOnly: isReadOnly,
  });
  const consentAt = person?.emailConsentAt;

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack>
        {!isReadOnly && <RequiredNote which="person" />}
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('register.person.civility')} autoComplete="off" {...field('civility')} />
          <TextInput
            label={t('register.person.firstName')}
            autoComplete="off"
            required
            {...field('firstName')}
          />
          <TextInput
            label={t('register.person.lastName')}
            autoComplete="off"
            required
            {...field('lastName')}
          />
        </SimpleGrid>
        <TextInput
          label={t('register.person.usualName')}
          autoComplete="off"
          maw={400}
          {...field('usualName')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('register.person.email')} type="email" autoComplete="off" {...field('email')} />
          <TextInput label={t('register.person.phone')} type="tel" autoComplete="off" {...field('phone')} />
        </SimpleGrid>
        <Checkbox
          label={t('register.person.emailConsent')}
          description={
            consentAt
              ? t('register.person.emailConsentSince', { date: formatDay(consentAt) })
              : t(isOwnRecord ? 'register.me.emailConsentHint' : 'register.person.emailConsentHint')
          }
          name="hasEmailConsent"
          checked={form.values.hasEmailConsent === 'true'}
          disabled={isReadOnly}
          onChange={(event) => form.setField('hasEmailConsent', String(event.currentTarget.checked))}
        />
        <TextInput label={t('register.person.addressLine')} autoComplete="off" {...field('addressLine')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('register.person.postalCode')} autoComplete="off" {...field('postalCode')} />
          <TextInput label={t('register.person.city')} autoComplete="off" {...field('city')} />
          <TextInput label={t('register.person.country')} autoComplete="off" {...field('country')} />
        </SimpleGrid>
        <Textarea
          label={t('register.person.notes')}
          autosize
          minRows={2}
          maxRows={8}
          readOnly={isReadOnly || isOwnRecord}
          description={isOwnRecord ? t('register.me.notesHint') : undefined}
          name="notes"
          value={form.values.notes}
          error={form.inputProps('notes').error}
          onChange={(event) => form.setField('notes', event.currentTarget.value)}
        />
        {/* The association's own fields are the staff's: a member's own record does not ask for them. */}
        <CustomFieldsFieldset
          owner="person"
          legend={t('register.person.customFields')}
          values={form.values.customFields}
          errors={form.mantine.errors}
          isReadOnly={isReadOnly}
          isEnabled={!isOwnRecord}
          onChange={(values) => form.setField('customFields', values)}
        />
        {!isReadOnly && (
          <Group>
            <Button type="submit" loading={form.isSubmitting}>
              {submitLabel}
            </Button>
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                {t('register.common.cancel')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </form>
  );
}
