import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assemblyKinds,
  assemblyUpdateSchema,
  type AssemblyUpdate,
} from '../../../../../common/assemblies.schemas.ts';
import { formatLongDate } from '../../../../../common/format.ts';
import { fieldText, issueCode, problemFieldTexts, problemText } from '../../../api/problem-text.ts';
import { focusFirstInvalidField } from '../../../components/schema-form.hook.ts';
import { StaleVersionDialog } from '../../../components/stale-version.dialog.tsx';
import { useVersionedSave } from '../../../components/versioned-save.hook.ts';
import { PersonPicker } from '../../votes/person-picker.tsx';
import { updateAssembly, type Assembly } from '../assemblies.api.ts';
import { assemblyKeys } from '../assemblies.queries.ts';
import { AgendaEditor, newAgendaDraft, type AgendaDraft } from '../list/agenda-editor.fieldset.tsx';

type Field =
  'kind' | 'title' | 'heldOn' | 'place' | 'videoLink' | 'plannedStart' | 'plannedEnd' | 'membershipYear';
type Person = { id: string; name: string };

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

function draftsOf(assembly: Assembly): AgendaDraft[] {
  return assembly.agenda.map((item) => ({
    ...newAgendaDraft(),
    id: item.id,
    kind: item.kind,
    title: item.title,
    presenter: item.presenter ?? '',
    plannedMinutes: item.plannedMinutes === null ? '' : String(item.plannedMinutes),
  }));
}

const personOf = (person: { personId: string; name: string } | null): Person | null =>
  person ? { id: person.personId, name: person.name } : null;

/** What the form sends for an assembly as it stands, as the form's own input parses. */
function changesOf(assembly: Assembly): AssemblyUpdate {
  const input = {
    kind: assembly.kind,
    title: assembly.title,
    heldOn: assembly.heldOn,
    place: assembly.place,
    videoLink: assembly.videoLink,
    plannedStart: assembly.plannedStart,
    plannedEnd: assembly.plannedEnd,
    membershipYear: assembly.membershipYear,
    chairPersonId: assembly.chair?.personId ?? null,
    secretaryPersonId: assembly.secretary?.personId ?? null,
    scrutineerPersonIds: assembly.scrutineers.map((person) => person.personId),
    agenda: assembly.agenda.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      presenter: item.presenter,
      plannedMinutes: item.plannedMinutes,
    })),
  };
  const parsed = assemblyUpdateSchema.safeParse(input);
  return parsed.success ? parsed.data : (input as AssemblyUpdate);
}

const assemblyFieldLabels = {
  kind: 'assemblies.create.kind',
  title: 'assemblies.create.title',
  heldOn: 'assemblies.create.heldOn',
  place: 'assemblies.create.place',
  videoLink: 'assemblies.edit.videoLink',
  plannedStart: 'assemblies.create.plannedStart',
  plannedEnd: 'assemblies.create.plannedEnd',
  membershipYear: 'assemblies.create.membershipYear',
  chairPersonId: 'assemblies.edit.chair',
  secretaryPersonId: 'assemblies.edit.secretary',
  scrutineerPersonIds: 'assemblies.edit.scrutineers',
  agenda: 'assemblies.create.agenda',
} as const;

/**
 * "Modifier l'assemblée" on the version it opened: when someone saved the assembly in between,
 * nothing is saved and the dialog offers to reload or to re-apply this change.
 */
export function EditAssemblyForm({ assembly, onDone }: { assembly: Assembly; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(assembly);
  const save = useMutation({
    mutationFn: ({ changes, version }: { changes: AssemblyUpdate; version: number }) =>
      updateAssembly(assembly.slug, changes, version),
    onSuccess: (updated) => {
      queryClient.setQueryData(assemblyKeys.detail(assembly.slug), updated);
      void queryClient.invalidateQueries({ queryKey: assemblyKeys.of(assembly.slug) });
      void queryClient.invalidateQueries({ queryKey: assemblyKeys.list });
    },
  });
  const versioned = useVersionedSave({
    base,
    inputOf: changesOf,
    save: (changes: AssemblyUpdate, version: number) => save.mutateAsync({ changes, version }),
    onSaved: onDone,
    onReloaded: setBase,
  });
  return (
    <>
      <AssemblyFields
        key={base.version}
        assembly={base}
        isSaving={save.isPending}
        onSubmit={versioned.submit}
        onCancel={onDone}
      />
      <StaleVersionDialog
        conflict={versioned.conflict}
        fieldLabel={(field) =>
          field in assemblyFieldLabels
            ? t(assemblyFieldLabels[field as keyof typeof assemblyFieldLabels])
            : field
        }
        isReapplying={versioned.isReapplying}
        onReload={versioned.reload}
        onReapply={() => void versioned.reapply()}
      />
    </>
  );
}

/** What, when, where, the video link, the session's officers and the agenda. */
function AssemblyFields({
  assembly,
  isSaving,
  onSubmit,
  onCancel,
}: {
  assembly: Assembly;
  isSaving: boolean;
  onSubmit: (changes: AssemblyUpdate) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({
    kind: assembly.kind,
    title: assembly.title,
    heldOn: assembly.heldOn,
    place: assembly.place,
    videoLink: assembly.videoLink ?? '',
    plannedStart: assembly.plannedStart,
    plannedEnd: assembly.plannedEnd ?? '',
    membershipYear: String(assembly.membershipYear),
  });
  const [chair, setChair] = useState<Person | null>(personOf(assembly.chair));
  const [secretary, setSecretary] = useState<Person | null>(personOf(assembly.secretary));
  const [scrutineers, setScrutineers] = useState<Person[]>(
    assembly.scrutineers.map((person) => ({ id: person.personId, name: person.name })),
  );
  const [pickedScrutineer, setPickedScrutineer] = useState<Person | null>(null);
  const [agenda, setAgenda] = useState<AgendaDraft[]>(() => draftsOf(assembly));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const field = (name: Field) => ({
    name,
    value: values[name],
    error: errors[name] || undefined,
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      setValues((previous) => ({ ...previous, [name]: value }));
      setErrors((previous) => ({ ...previous, [name]: '' }));
    },
  });

  async function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = assemblyUpdateSchema.safeParse({
      kind: values.kind,
      title: values.title,
      heldOn: values.heldOn,
      place: values.place,
      videoLink: optional(values.videoLink),
      plannedStart: values.plannedStart,
      plannedEnd: optional(values.plannedEnd),
      membershipYear: values.membershipYear.trim(),
      chairPersonId: chair?.id ?? null,
      secretaryPersonId: secretary?.id ?? null,
      scrutineerPersonIds: scrutineers.map((person) => person.id),
      agenda: agenda.map((item) => ({
        ...(item.id ? { id: item.id } : {}),
        kind: item.kind,
        title: item.title,
        presenter: optional(item.presenter),
        plannedMinutes: optional(item.plannedMinutes) === null ? null : Number(item.plannedMinutes.trim()),
      })),
    });
    if (!parsed.success) {
      const worded: Record<string, string> = {};
      for (const issue of parsed.error.issues)
        worded[issue.path.map(String).join('.')] ??= fieldText(t, { message: issueCode(issue) });
      setErrors(worded);
      focusFirstInvalidField(form.current);
      return;
    }
    setErrors({});
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      const fieldErrors = problemFieldTexts(t, error);
      if (Object.keys(fieldErrors).length > 0) {
        setErrors(fieldErrors);
        focusFirstInvalidField(form.current);
      } else setFormError(problemText(t, error));
    }
  }

  // Times already recorded move with the day (server side, same clock time): said before saving.
  const isMovingTimes =
    !assembly.isDeletable && /^\d{4}-\d{2}-\d{2}$/.test(values.heldOn) && values.heldOn !== assembly.heldOn;
  const locale = i18n.language === 'en' ? 'en' : 'fr';

  const kindOptions = assemblyKinds.map((kind) => ({ value: kind, label: t(`assemblies.kinds.${kind}`) }));

  return (
    <form
      ref={form}
      noValidate
      aria-labelledby="edit-assembly-title"
      onSubmit={(event) => void handleSubmit(event)}
    >
      <Stack>
        <Text component="h2" fw={700} size="xl" id="edit-assembly-title">
          {t('assemblies.edit.title')}
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
          <NativeSelect label={t('assemblies.create.kind')} data={kindOptions} miw={220} {...field('kind')} />
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
          <TextInput
            label={t('assemblies.create.membershipYear')}
            description={t('assemblies.create.membershipYearHint')}
            inputMode="numeric"
            required
            w={200}
            {...field('membershipYear')}
          />
        </Group>
        {isMovingTimes && (
          <Alert color="blue" variant="light" role="status">
            {t('assemblies.edit.timesMoved', { date: formatLongDate(values.heldOn, locale) })}
          </Alert>
        )}
        <TextInput label={t('assemblies.create.place')} required maw={520} {...field('place')} />
        <TextInput
          label={t('assemblies.edit.videoLink')}
          description={t('assemblies.edit.videoLinkHint')}
          type="url"
          maw={520}
          {...field('videoLink')}
        />
        <Group align="flex-end" wrap="wrap">
          <PersonPicker
            label={t('assemblies.edit.chair')}
            value={chair}
            onChange={setChair}
            error={errors.chairPersonId}
          />
        </Group>
        <Group align="flex-end" wrap="wrap">
          <PersonPicker
            label={t('assemblies.edit.secretary')}
            value={secretary}
            onChange={setSecretary}
            error={errors.secretaryPersonId}
          />
        </Group>
        <Stack gap="xs" component="section" aria-labelledby="edit-scrutineers-title">
          <Text component="h3" fw={700} id="edit-scrutineers-title">
            {t('assemblies.edit.scrutineers')}
          </Text>
          {scrutineers.length === 0 && <Text size="sm">{t('assemblies.edit.noScrutineers')}</Text>}
          <Stack component="ul" gap={4} m={0} pl="md">
            {scrutineers.map((person) => (
              <li key={person.id}>
                <Group gap="sm">
                  <Text>{person.name}</Text>
                  <Button
                    size="compact-sm"
                    variant="outline"
                    color="red.9"
                    aria-label={t('assemblies.edit.removeScrutineer', { name: person.name })}
                    onClick={() =>
                      setScrutineers((previous) => previous.filter((entry) => entry.id !== person.id))
                    }
                  >
                    {t('assemblies.create.remove')}
                  </Button>
                </Group>
              </li>
            ))}
          </Stack>
          <Group align="flex-end" wrap="wrap">
            <PersonPicker
              label={t('assemblies.edit.scrutineer')}
              value={pickedScrutineer}
              onChange={setPickedScrutineer}
            />
            <Button
              variant="default"
              disabled={!pickedScrutineer}
              onClick={() => {
                const picked = pickedScrutineer;
                if (picked && !scrutineers.some((person) => person.id === picked.id))
                  setScrutineers((previous) => [...previous, picked]);
                setPickedScrutineer(null);
              }}
            >
              {t('assemblies.edit.addScrutineer')}
            </Button>
          </Group>
        </Stack>
        <AgendaEditor items={agenda} errors={errors} onChange={setAgenda} />
        <Group>
          <Button type="submit" loading={isSaving}>
            {t('assemblies.edit.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('assemblies.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
