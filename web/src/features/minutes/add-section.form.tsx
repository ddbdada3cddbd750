import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { writtenSectionInputSchema } from '../../../../common/minutes.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { useNotice } from '../../components/notice.context.tsx';
import { useSchemaForm } from '../../components/schema-form.hook.ts';
import { useAssembly } from '../assemblies/assembly-layout.tsx';
import { addWrittenSection } from './minutes.api.ts';
import { useMinutesMutation } from './minutes.queries.ts';

const initialValues = { title: '', markdown: '' };

/** A written section added to a draft before the closing, its text written afterwards like any other. */
export function AddSectionForm() {
  const { t } = useTranslation();
  const { notify } = useNotice();
  const { assembly } = useAssembly();
  const write = useMinutesMutation(assembly.slug);
  const form = useSchemaForm({
    schema: writtenSectionInputSchema,
    initialValues,
    onSubmit: async (input) => {
      await write.mutateAsync(() => addWrittenSection(assembly.slug, input));
      form.reset();
      notify({ messageKey: 'minutes.notices.added' });
    },
  });
  return (
    <Paper withBorder p="md">
      <form
        noValidate
        aria-labelledby="add-section-title"
        onSubmit={(event) => void form.handleSubmit(event)}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="add-section-title">
            {t('minutes.add.title')}
          </Title>
          <Text size="sm">{t('minutes.add.help')}</Text>
          <FormErrorAlert message={form.formError} />
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('minutes.add.sectionTitle')}
              required
              miw={280}
              {...form.inputProps('title')}
            />
            <Button type="submit" loading={form.isSubmitting}>
              {t('minutes.add.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
