import {
  Button,
  Group,
  NativeSelect,
  Pill,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { organisationKinds } from '../../../../../common/organisations.ts';
import { organisationInputSchema, type OrganisationInput } from '../../../../../common/register.schemas.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useSchemaForm } from '../../../components/schema-form.hook.ts';
import type { OrganisationView } from '../register.api.ts';
import { formSchema, textFields } from '../../../components/form-schema.ts';
import { useRegisterFormat } from '../shared/register-format.ts';
import { RequiredNote } from '../shared/required-note.tsx';
import { CustomFieldsFieldset } from '../../register-fields/custom-fields.fieldset.tsx';

// Aliases travel through the form as one line each: the form state holds strings only.
const aliasSeparator = '\n';

const organisationFormSchema = formSchema(
  textFields(['name', 'kind', 'aliases', 'email', 'notes']).extend({
    customFields: z.record(z.string(), z.string()),
  }),
  (values) => ({ ...values, aliases: values.aliases.split(aliasSeparator).filter(Boolean) }),
  organisationInputSchema,
);

function organisationValues(organisation: OrganisationView | undefined) {
  return {
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? 'municipality',
    aliases: (organisation?.aliases ?? []).join(aliasSeparator),
    email: organisation?.email ?? '',
    notes: organisation?.notes ?? '',
    customFields: organisation?.customFields ?? {},
  };
}

interface OrganisationFormProps {
  organisation?: OrganisationView;
  submitLabel: string;
  isReadOnly?: boolean;
  onSubmit: (input: OrganisationInput) => Promise<void>;
  /** Leaves the form, nothing saved (a "Cancel" beside the button). */
  onCancel?: () => void;
}

/** Name, kind, the other names it goes by ("CU Dunkerque"), e-mail and notes. */
export function OrganisationForm({
  organisation,
  submitLabel,
  isReadOnly = false,
  onSubmit,
  onCancel,
}: OrganisationFormProps) {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const initialValues = useMemo(() => organisationValues(organisation), [organisation]);
  const form = useSchemaForm({ schema: organisationFormSchema, initialValues, onSubmit });
  const aliases = form.values.aliases ? form.values.aliases.split(aliasSeparator) : [];

  return (
    <form noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <Stack>
        {!isReadOnly && <RequiredNote which="organisation" />}
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('register.organisation.name')}
            autoComplete="off"
            required
            readOnly={isReadOnly}
            {...form.inputProps('name')}
          />
          <NativeSelect
            label={t('register.organisation.kind')}
            data={organisationKinds.map((kind) => ({ value: kind, label: format.kind(kind) }))}
            required
            disabled={isReadOnly}
            {...form.inputProps('kind')}
          />
        </SimpleGrid>
        <TagsInput
          label={t('register.organisation.aliases')}
          description={isReadOnly ? undefined : t('register.organisation.aliasesHint')}
          name="aliases"
          value={aliases}
          readOnly={isReadOnly}
          error={form.inputProps('aliases').error}
          onChange={(values) =>
            form.setField('aliases', values.map((value) => value.trim()).join(aliasSeparator))
          }
          splitChars={[';']}
          renderPill={({ value, onRemove }) => (
            <Pill
              withRemoveButton={!isReadOnly}
              onRemove={onRemove}
              // Mantine hides the remove button from keyboards and screen readers; each alias is removable here.
              removeButtonProps={{
                'aria-hidden': false,
                tabIndex: 0,
                'aria-label': t('register.organisation.removeAlias', { alias: value ?? '' }),
              }}
            >
              {value}
            </Pill>
          )}
          clearable={!isReadOnly}
        />
        <TextInput
          label={t('register.organisation.email')}
          type="email"
          autoComplete="off"
          readOnly={isReadOnly}
          {...form.inputProps('email')}
        />
        <Textarea
          label={t('register.organisation.notes')}
          autosize
          minRows={2}
          maxRows={8}
          readOnly={isReadOnly}
          name="notes"
          value={form.values.notes}
          error={form.inputProps('notes').error}
          onChange={(event) => form.setField('notes', event.currentTarget.value)}
        />
        <CustomFieldsFieldset
          owner="organisation"
          legend={t('register.organisation.customFields')}
          values={form.values.customFields}
          errors={form.mantine.errors}
          isReadOnly={isReadOnly}
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
