import { Button, NativeSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { majorities } from '../../../../common/assemblies.schemas.ts';
import { resolutionInputSchema, voteMethods } from '../../../../common/votes.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { formSchema, textFields } from '../../components/form-schema.ts';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import type { Assembly } from '../assemblies/assemblies.api.ts';
import { createResolution } from './votes.api.ts';
import { useVotesMutation } from './votes.queries.ts';

const fields = ['agendaItemId', 'title', 'text', 'textEn', 'note', 'majority', 'method'] as const;

/** The typed strings read into a resolution: an empty English wording, note or majority is left out. */
const newResolutionSchema = formSchema(
  textFields(fields),
  (values) => ({
    agendaItemId: values.agendaItemId,
    title: values.title,
    text: values.text,
    textEn: values.textEn.trim() || null,
    note: values.note.trim() || null,
    majority: values.majority || undefined,
    method: values.method,
  }),
  resolutionInputSchema,
);

/**
 * A resolution put to the vote on a deliberative item: its wording in French and, for the English
 * minutes, in English; a note printed after the outcome; the majority when it is not the statutes'.
 */
export function NewResolutionForm({ assembly, onCreated }: { assembly: Assembly; onCreated: () => void }) {
  const { t } = useTranslation();
  const create = useVotesMutation(assembly.slug);
  const items = assembly.agenda.filter((item) => item.kind === 'deliberative');
  const initialValues = {
    agendaItemId: items[0]?.id ?? '',
    title: '',
    text: '',
    textEn: '',
    note: '',
    majority: '',
    method: 'show_of_hands',
  };
  const form = useSchemaForm({
    schema: newResolutionSchema,
    initialValues,
    onSubmit: async (input) => {
      await create.mutateAsync(() => createResolution(assembly.slug, input));
      form.reset();
      onCreated();
    },
  });
  if (items.length === 0) return null;
  return (
    <form
      onSubmit={(event) => void form.handleSubmit(event)}
      aria-labelledby="new-resolution-title"
      noValidate
    >
      <Stack gap="xs">
        <Title order={3} size="h4" id="new-resolution-title">
          {t('votes.newResolution')}
        </Title>
        <NativeSelect
          label={t('votes.agendaItem')}
          data={items.map((item) => ({ value: item.id, label: `${item.position}. ${item.title}` }))}
          {...form.inputProps('agendaItemId')}
        />
        <TextInput label={t('votes.resolutionTitle')} required {...form.inputProps('title')} />
        <Textarea
          label={t('votes.resolutionText')}
          description={t('votes.resolutionTextHint')}
          autosize
          minRows={2}
          required
          {...form.inputProps('text')}
        />
        <Textarea
          label={t('votes.resolutionTextEn')}
          description={t('votes.resolutionTextEnHint')}
          autosize
          minRows={1}
          {...form.inputProps('textEn')}
        />
        <Textarea
          label={t('votes.resolutionNote')}
          description={t('votes.resolutionNoteHint')}
          autosize
          minRows={1}
          {...form.inputProps('note')}
        />
        <NativeSelect
          label={t('votes.majority')}
          data={[
            { value: '', label: t('votes.majorityOfStatutes') },
            ...majorities.map((value) => ({ value, label: t(`votes.majorities.${value}`) })),
          ]}
          {...form.inputProps('majority')}
        />
        <NativeSelect
          label={t('votes.method')}
          data={voteMethods.map((value) => ({ value, label: t(`votes.methods.${value}`) }))}
          {...form.inputProps('method')}
        />
        <FormErrorAlert message={form.formError} />
        <Button type="submit" loading={form.isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('votes.addResolution')}
        </Button>
      </Stack>
    </form>
  );
}
