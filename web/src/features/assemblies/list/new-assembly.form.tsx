import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assemblyInputSchema, assemblyKinds } from '../../../../../common/assemblies.schemas.ts';
import { defaultMembershipYear } from '../../../../../common/memberships.ts';
import { dayIn } from '../../../../../common/time-zones.ts';
import { useAssociation } from '../../association/association.context.tsx';
import type { Assembly } from '../assemblies.api.ts';
import { useCreateAssemblyMutation, useMembershipYearsQuery } from '../assemblies.queries.ts';
import { fieldText, issueCode, problemFieldTexts, problemText } from '../../../api/problem-text.ts';
import { focusFirstInvalidField } from '../../../components/schema-form.hook.ts';
import { AgendaEditor, newAgendaDraft, type AgendaDraft } from './agenda-editor.fieldset.tsx';

type Field =
  'slug' | 'kind' | 'title' | 'heldOn' | 'place' | 'plannedStart' | 'plannedEnd' | 'membershipYear';

function initialValues(): Record<Field, string> {
  return {
    slug: '',
    kind: 'ordinary',
    title: '',
    heldOn: '',
    place: '',
    plannedStart: '14:00',
    plannedEnd: '',
    membershipYear: '',
  };
}

/** This year if it has memberships, else the nearest year that has: an assembly on a year without members counts nobody. */
function useSuggestedMembershipYear(): string {
  const association = useAssociation();
  const years = useMembershipYearsQuery();
  const currentYear = Number(dayIn(association?.timeZone ?? 'Europe/Paris').slice(0, 4));
  return String(defaultMembershipYear(years.data ?? [], currentYear));
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

/** What the API takes, from what was typed; the shared schema then says what is wrong. */
function toInput(values: Record<Field, string>, agenda: AgendaDraft[]) {
  return {
    slug: values.slug.trim(),
    kind: values.kind,
    title: values.title,
    heldOn: values.heldOn,
    place: values.place,
    plannedStart: values.plannedStart,
    plannedEnd: optional(values.plannedEnd),
    membershipYear: values.membershipYear.trim(),
    agenda: agenda.map((item) => ({
      kind: item.kind,
      title: item.title,
      presenter: optional(item.presenter),
      plannedMinutes: optional(item.plannedMinutes) === null ? null : Number(item.plannedMinutes.trim()),
    })),
  };
}

/** "Nouvelle assemblée": identity, date, place, times, membership year and the agenda. */
export function NewAssemblyForm({ onCreated }: { onCreated: (assembly: Assembly) => void }) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [typedValues, setValues] = useState(initialValues);
  const suggestedYear = useSuggestedMembershipYear();
  const [isYearTyped, setIsYearTyped] = useState(false);
  const values = isYearTyped ? typedValues : { ...typedValues, membershipYear: suggestedYear };
  const [agenda, setAgenda] = useState<AgendaDraft[]>(() => [newAgendaDraft()]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const create = useCreateAssemblyMutation();

  const field = (name: Field) => ({
    name,
    value: values[name],
    error: errors[name] || undefined,
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      if (name === 'membershipYear') setIsYearTyped(true);
      setValues((previous) => ({ ...previous, [name]: value }));
      setErrors((previous) => ({ ...previous, [name]: '' }));
    },
  });

  async function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = assemblyInputSchema.safeParse(toInput(values, agenda));
    if (!parsed.success) {
      const worded: Record<string, string> = {};
      for (const issue of parsed.error.issues)
        worded[issue.path.map(String).join('.')] ??= fieldText(t, { message: issueCode(issue) });
      setErrors(worded);
      focusFirstInvalidField(form.current);
      return;
    }
    setErrors({});
    setIsSubmitting(true);
    try {
      onCreated(await create.mutateAsync(parsed.data));
    } catch (error) {
      const fieldErrors = problemFieldTexts(t, error);
      if (Object.keys(fieldErrors).length > 0) {
        setErrors(fieldErrors);
        focusFirstInvalidField(form.current);
      } else setFormError(problemText(t, error));
    } finally {
      setIsSubmitting(false);
    }
  }

  const kindOptions = assemblyKinds.map((kind) => ({ value: kind, label: t(`assemblies.kinds.${kind}`) }));

  return (
    <form
      ref={form}
      noValidate
      aria-labelledby="new-assembly-title"
      onSubmit={(event) => void handleSubmit(event)}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('assemblies.create.requiredNote')}
        </Text>
        {formError && (
          <Alert color="red" variant="light" role="alert">
            <Text fw={500}>{formError}</Text>
          </Alert>
        )}
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('assemblies.create.title')}
            required
            style={{ flex: '2 1 320px' }}
            {...field('title')}
          />
          <NativeSelect
            label={t('assemblies.create.kind')}
            data={kindOptions}
            required
            miw={220}
            {...field('kind')}
          />
        </Group>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('assemblies.create.slug')}
            description={t('assemblies.create.slugHint')}
            required
            autoComplete="off"
            miw={240}
            {...field('slug')}
          />
          <TextInput
            label={t('assemblies.create.membershipYear')}
            description={t('assemblies.create.membershipYearHint')}
            inputMode="numeric"
            required
            w={200}
            {...field('membershipYear')}
          />
        </Group>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('assemblies.create.heldOn')}
            type="date"
            required
            w={200}
            {...field('heldOn')}
          />
          <TextInput
            label={t('assemblies.create.plannedStart')}
            type="time"
            required
            w={160}
            {...field('plannedStart')}
          />
          <TextInput label={t('assemblies.create.plannedEnd')} type="time" w={160} {...field('plannedEnd')} />
        </Group>
        <TextInput label={t('assemblies.create.place')} required maw={520} {...field('place')} />
        <AgendaEditor items={agenda} errors={errors} onChange={setAgenda} />
        <Button type="submit" loading={isSubmitting} style={{ alignSelf: 'flex-start' }}>
          {t('assemblies.create.submit')}
        </Button>
      </Stack>
    </form>
  );
}
