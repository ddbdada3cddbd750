import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  projectStatuses,
  projectStatusLabels,
  type ProgrammeYearView,
  type ProjectStatus,
} from '../../../../common/programmes.schemas.ts';
import { api } from '../../api/client.ts';
import { formFailure, type FormFailure } from '../budget/form-errors.ts';
import { searchOrganisations } from '../register/register.api.ts';

const yearPattern = /^\d{4}$/;

/**
 * Adds a project to a programme with its partners chosen from the register's organisations. The
 * server saves it whole or not at all and answers the project's year, which the page then shows.
 * The page gives it a new `key` when its year changes, so that the year typed starts from it.
 */
export function ProjectForm({
  year,
  programmes,
  onSaved,
}: {
  year: number;
  programmes: { code: string; name: string }[];
  onSaved: (view: ProgrammeYearView) => void;
}) {
  const { t } = useTranslation();
  const [programme, setProgramme] = useState(programmes[0]?.code ?? '');
  const [projectYear, setProjectYear] = useState(String(year));
  const [endYear, setEndYear] = useState('');
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState<ProjectStatus>('planned');
  const [place, setPlace] = useState('');
  const [link, setLink] = useState('');
  const [partnerIds, setPartnerIds] = useState<string[]>([]);
  const [organisations, setOrganisations] = useState<{ value: string; label: string }[]>([]);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isSaving, setSaving] = useState(false);
  const formTitle = t('programmes.form.title');

  useEffect(() => {
    searchOrganisations().then(
      (list) => setOrganisations(list.map((entry) => ({ value: entry.id, label: entry.name }))),
      () => setOrganisations([]),
    );
  }, []);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields: Record<string, string> = {};
    if (programme === '') fields.programme = t('errors.fields.required');
    if (!yearPattern.test(projectYear.trim())) fields.year = t('programmes.form.badYear');
    if (endYear.trim() !== '' && !yearPattern.test(endYear.trim()))
      fields.endYear = t('programmes.form.badYear');
    else if (endYear.trim() !== '' && Number(endYear) < Number(projectYear))
      fields.endYear = t('budget.refusals.before_start');
    if (title.trim() === '') fields.title = t('errors.fields.required');
    if (link.trim() !== '' && !/^https?:\/\/\S+$/.test(link.trim()))
      fields.link = t('programmes.form.badLink');
    if (Object.keys(fields).length > 0) {
      setFailure({ fields, detail: null });
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    try {
      const view = await api.post<ProgrammeYearView>('/api/projects', {
        programme,
        year: Number(projectYear),
        endYear: endYear.trim() === '' ? null : Number(endYear),
        title: title.trim(),
        status,
        place: place.trim() === '' ? null : place.trim(),
        link: link.trim() === '' ? null : link.trim(),
        partnerIds,
      });
      setFailure(null);
      setTitle('');
      setPlace('');
      setLink('');
      setEndYear('');
      setPartnerIds([]);
      onSaved(view);
    } catch (error) {
      setFailure(
        formFailure(t, error, [
          'programme',
          'year',
          'endYear',
          'title',
          'status',
          'place',
          'link',
          'partnerIds',
        ]),
      );
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } finally {
      setSaving(false);
    }
  };
  const errorOf = (field: string) =>
    failure?.fields[field] ??
    Object.entries(failure?.fields ?? {}).find(([name]) => name.startsWith(`${field}.`))?.[1];

  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} aria-label={formTitle} maw={1000} noValidate>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {formTitle}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <NativeSelect
            label={t('programmes.form.programme')}
            value={programme}
            onChange={(event) => setProgramme(event.currentTarget.value)}
            data={programmes.map((entry) => ({ value: entry.code, label: entry.name }))}
            error={errorOf('programme')}
            maw={260}
          />
          <TextInput
            label={t('programmes.form.year')}
            value={projectYear}
            onChange={(event) => setProjectYear(event.currentTarget.value)}
            error={errorOf('year')}
            inputMode="numeric"
            required
            maw={120}
          />
          <TextInput
            label={t('programmes.form.endYear')}
            value={endYear}
            onChange={(event) => setEndYear(event.currentTarget.value)}
            error={errorOf('endYear')}
            inputMode="numeric"
            maw={140}
          />
          <NativeSelect
            label={t('programmes.form.status')}
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as ProjectStatus)}
            data={projectStatuses.map((value) => ({ value, label: projectStatusLabels[value] }))}
            error={errorOf('status')}
            maw={160}
          />
        </Group>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('programmes.form.projectTitle')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errorOf('title')}
            required
            w={360}
          />
          <TextInput
            label={t('programmes.form.place')}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
            error={errorOf('place')}
            maw={220}
          />
          <TextInput
            label={t('programmes.form.link')}
            value={link}
            onChange={(event) => setLink(event.currentTarget.value)}
            error={errorOf('link')}
            type="url"
            maw={300}
          />
        </Group>
        <MultiSelect
          label={t('programmes.form.partners')}
          description={t('programmes.form.partnersHint')}
          data={organisations}
          value={partnerIds}
          onChange={setPartnerIds}
          error={errorOf('partnerIds')}
          searchable
          clearable
          nothingFoundMessage={t('programmes.form.noOrganisation')}
          maw={700}
        />
        {failure?.detail && <Alert color="red">{failure.detail}</Alert>}
        <Group>
          <Button type="submit" loading={isSaving}>
            {t('programmes.form.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
