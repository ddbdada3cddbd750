import {
  Autocomplete,
  Button,
  Checkbox,
  FileInput,
  Group,
  Image,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  associationPatchSchema,
  maxLogoBytes,
  type AssociationPatch,
} from '../../../../common/association.schemas.ts';
import { problemText } from '../../api/problem-text.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { formSchema, textFields } from '../../components/form-schema.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { useNotice } from '../../components/notice.context.tsx';
import { usePageTitle } from '../../components/page-title.hook.ts';
import { QueryFailure } from '../../components/query-failure.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { SettingsNavigation } from '../../components/settings-navigation.tsx';
import { StaleVersionDialog } from '../../components/stale-version.dialog.tsx';
import { useVersionedSave } from '../../components/versioned-save.hook.ts';
import {
  patchAssociation,
  removeLogo,
  setTwoFactorRequirement,
  uploadLogo,
  type Association,
} from './association.api.ts';
import { useAssociationMutation, useAssociationQuery } from './association.queries.ts';

const fieldNames = [
  'name',
  'shortName',
  'legalForm',
  'address',
  'postcode',
  'city',
  'rnaNumber',
  'siret',
  'foundingYear',
  'timeZone',
  'locale',
  'mailSenderName',
  'mailSenderAddress',
] as const;

const identitySchema = formSchema(
  textFields(fieldNames),
  (values) => ({
    ...values,
    foundingYear:
      values.foundingYear.trim() === ''
        ? null
        : /^\d{4}$/.test(values.foundingYear.trim())
          ? Number(values.foundingYear.trim())
          : -1,
  }),
  associationPatchSchema,
);

const legalFormKeys = ['law1901', 'law1908', 'publicUtility', 'approved'] as const;

/** The administrator's page for the association's identity: what its documents and pages say of it. */
export function AssociationPage() {
  const { t } = useTranslation();
  usePageTitle(t('association.title'));
  const query = useAssociationQuery();

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('association.title')}</Title>
        <SettingsNavigation />
      </Stack>
      {query.isPending && <LoadingState />}
      {query.isError && <QueryFailure error={query.error} />}
      {query.isSuccess && (
        <>
          <EditIdentityForm association={query.data} />
          <LogoSection association={query.data} />
          <TwoFactorRequirementSection association={query.data} />
        </>
      )}
    </Stack>
  );
}

/** What the identity form sends for the association as it stands. */
function identityOf(association: Association): AssociationPatch {
  return {
    name: association.name,
    shortName: association.shortName,
    legalForm: association.legalForm,
    address: association.address,
    postcode: association.postcode,
    city: association.city,
    rnaNumber: association.rnaNumber,
    siret: association.siret,
    foundingYear: association.foundingYear,
    timeZone: association.timeZone,
    locale: association.locale,
  };
}

/** The identity form on the version it was opened on; a stale save opens the dialog. */
function EditIdentityForm({ association }: { association: Association }) {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const save = useAssociationMutation(patchAssociation);
  const [base, setBase] = useState(association);
  const versioned = useVersionedSave({
    base,
    inputOf: identityOf,
    save: (changes: AssociationPatch, version: number) => save.mutateAsync({ changes, version }),
    onSaved: (saved: Association) => {
      setBase(saved);
      notify({ messageKey: 'association.saved' });
    },
    onReloaded: setBase,
  });
  return (
    <>
      <IdentityForm key={base.version} association={base} onSubmit={versioned.submit} />
      <StaleVersionDialog
        conflict={versioned.conflict}
        fieldLabel={(field) => t(`association.fields.${field}`)}
        isReapplying={versioned.isReapplying}
        onReload={versioned.reload}
        onReapply={() => void versioned.reapply()}
      />
    </>
  );
}

function IdentityForm({
  association,
  onSubmit,
}: {
  association: Association;
  onSubmit: (changes: AssociationPatch) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    schema: identitySchema,
    initialValues: {
      name: association.name,
      shortName: association.shortName,
      legalForm: association.legalForm ?? '',
      address: association.address ?? '',
      postcode: association.postcode ?? '',
      city: association.city ?? '',
      rnaNumber: association.rnaNumber ?? '',
      siret: association.siret ?? '',
      foundingYear: association.foundingYear === null ? '' : String(association.foundingYear),
      timeZone: association.timeZone,
      locale: association.locale,
      mailSenderName: association.mailSenderName ?? '',
      mailSenderAddress: association.mailSenderAddress ?? '',
    },
    onSubmit,
  });
  const title = t('association.identity');

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-label={title}
      maw={900}
      noValidate
    >
      <Stack gap="sm">
        <Title order={2} size="h3">
          {title}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('association.fields.name')} required {...form.inputProps('name')} />
          <TextInput
            label={t('association.fields.shortName')}
            description={t('association.hints.shortName')}
            required
            {...form.inputProps('shortName')}
          />
          <Autocomplete
            label={t('association.fields.legalForm')}
            data={legalFormKeys.map((key) => t(`association.legalForms.${key}`))}
            {...form.inputProps('legalForm')}
          />
          <TextInput
            label={t('association.fields.foundingYear')}
            description={t('association.hints.foundingYear')}
            inputMode="numeric"
            maw={200}
            {...form.inputProps('foundingYear')}
          />
        </SimpleGrid>
        <Textarea
          label={t('association.fields.address')}
          autosize
          minRows={2}
          {...form.inputProps('address')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('association.fields.postcode')} maw={200} {...form.inputProps('postcode')} />
          <TextInput label={t('association.fields.city')} {...form.inputProps('city')} />
          <TextInput
            label={t('association.fields.rnaNumber')}
            description={t('association.hints.rnaNumber')}
            {...form.inputProps('rnaNumber')}
          />
          <TextInput
            label={t('association.fields.siret')}
            description={t('association.hints.siret')}
            inputMode="numeric"
            {...form.inputProps('siret')}
          />
          <TextInput
            label={t('association.fields.timeZone')}
            description={t('association.hints.timeZone')}
            required
            {...form.inputProps('timeZone')}
          />
          <NativeSelect
            label={t('association.fields.locale')}
            data={[
              { value: 'fr', label: t('association.locales.fr') },
              { value: 'en', label: t('association.locales.en') },
            ]}
            {...form.inputProps('locale')}
          />
        </SimpleGrid>
        <Title order={3} size="h4" mt="sm">
          {t('association.sender.title')}
        </Title>
        <Text size="sm">{t('association.sender.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('association.fields.mailSenderName')}
            description={t('association.hints.mailSenderName', { name: association.name })}
            {...form.inputProps('mailSenderName')}
          />
          <TextInput
            label={t('association.fields.mailSenderAddress')}
            description={t('association.hints.mailSenderAddress')}
            type="email"
            {...form.inputProps('mailSenderAddress')}
          />
        </SimpleGrid>
        <FormErrorAlert message={form.formError} />
        <Group>
          <Button type="submit" loading={form.isSubmitting}>
            {t('association.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function LogoSection({ association }: { association: Association }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const upload = useAssociationMutation(uploadLogo);
  const removal = useAssociationMutation(removeLogo);
  const onFile = (file: File | null) => {
    setError(null);
    if (file) upload.mutate(file, { onError: (failure) => setError(problemText(t, failure)) });
  };

  return (
    <Stack component="section" aria-labelledby="association-logo-title" gap="sm" maw={900}>
      <Title order={2} size="h3" id="association-logo-title">
        {t('association.logo.title')}
      </Title>
      <Text>{t('association.logo.description', { kilobytes: maxLogoBytes / 1024 })}</Text>
      {association.logoUrl ? (
        <Image
          src={association.logoUrl}
          alt={t('association.logo.alt', { name: association.name })}
          maw={240}
          fit="contain"
          data-association="logo"
        />
      ) : (
        <Text c="dimmed">{t('association.logo.none')}</Text>
      )}
      <Group align="flex-end">
        <FileInput
          label={t('association.logo.choose')}
          accept="image/png,image/jpeg"
          value={null}
          onChange={onFile}
          error={error}
          disabled={upload.isPending}
          maw={360}
          clearable={false}
        />
        {association.logoUrl && (
          <Button
            variant="default"
            onClick={() => {
              setError(null);
              removal.mutate(undefined, { onError: (failure) => setError(problemText(t, failure)) });
            }}
            loading={removal.isPending}
          >
            {t('association.logo.remove')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/**
 * Administrators and treasurers must sign in with a second factor. Turning it on needs the
 * administrator's own account to have one (the server refuses otherwise, naming the field).
 */
function TwoFactorRequirementSection({ association }: { association: Association }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const save = useAssociationMutation(setTwoFactorRequirement);
  return (
    <Stack component="section" aria-labelledby="association-two-factor-title" gap="sm" maw={900}>
      <Title order={2} size="h3" id="association-two-factor-title">
        {t('association.twoFactor.title')}
      </Title>
      <Text>{t('association.twoFactor.description')}</Text>
      <Checkbox
        label={t('association.twoFactor.label')}
        checked={association.twoFactorRequired}
        disabled={save.isPending}
        error={error}
        onChange={(event) => {
          setError(null);
          save.mutate(event.currentTarget.checked, {
            onError: (failure) => setError(problemText(t, failure)),
          });
        }}
      />
    </Stack>
  );
}
