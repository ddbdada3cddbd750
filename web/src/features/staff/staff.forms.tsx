import { Alert, Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contractKinds,
  contractLabels,
  figurePrecisions,
  parseFte,
  parseTeamFte,
  staffFunctionLabels,
  staffFunctions,
  type ContractKind,
  type FigurePrecision,
  type StaffFunction,
} from '../../../../common/staff.ts';
import { formFailure, type FormFailure } from '../budget/form-errors.ts';
import { addStaffMember, recordStaffFigure } from './staff.api.ts';

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function focusFirstError(form: HTMLFormElement) {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** Adds an employee or an intern; the page reloads its figures once the server has saved it. */
export function AddStaffMemberForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [staffFunction, setStaffFunction] = useState<StaffFunction>('research');
  const [contract, setContract] = useState<ContractKind>('permanent');
  const [startOn, setStartOn] = useState('');
  const [endOn, setEndOn] = useState('');
  const [fte, setFte] = useState('1');
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const title = t('staff.forms.member.title');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields: Record<string, string> = {};
    if (displayName.trim() === '') fields.displayName = t('errors.fields.required');
    if (!dayPattern.test(startOn)) fields.startOn = t('staff.forms.badDay');
    if (endOn !== '' && !dayPattern.test(endOn)) fields.endOn = t('staff.forms.badDay');
    else if (endOn !== '' && endOn < startOn) fields.endOn = t('budget.refusals.before_start');
    if (parseFte(fte) === null) fields.fte = t('budget.refusals.not_an_fte');
    setSaved(null);
    if (Object.keys(fields).length > 0) {
      setFailure({ fields, detail: null });
      focusFirstError(form);
      return;
    }
    setSaving(true);
    try {
      const member = await addStaffMember({
        displayName: displayName.trim(),
        jobTitle: jobTitle.trim() === '' ? null : jobTitle.trim(),
        function: staffFunction,
        contract,
        startOn,
        endOn: endOn === '' ? null : endOn,
        fte: fte.trim(),
      });
      setFailure(null);
      setDisplayName('');
      setJobTitle('');
      setEndOn('');
      setSaved(t('staff.forms.member.saved', { name: member.displayName, fte: member.fte }));
      onSaved();
    } catch (error) {
      setFailure(
        formFailure(t, error, ['displayName', 'jobTitle', 'function', 'contract', 'startOn', 'endOn', 'fte']),
      );
      focusFirstError(form);
    } finally {
      setSaving(false);
    }
  };
  const errorOf = (field: string) => failure?.fields[field];

  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} aria-label={title} maw={1000} noValidate>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('staff.name')}
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={errorOf('displayName')}
            required
            maw={220}
          />
          <TextInput
            label={t('staff.jobTitle')}
            value={jobTitle}
            onChange={(event) => setJobTitle(event.currentTarget.value)}
            error={errorOf('jobTitle')}
            maw={240}
          />
          <NativeSelect
            label={t('staff.forms.member.function')}
            value={staffFunction}
            onChange={(event) => setStaffFunction(event.currentTarget.value as StaffFunction)}
            data={staffFunctions.map((value) => ({ value, label: staffFunctionLabels[value] }))}
            error={errorOf('function')}
            maw={300}
          />
          <NativeSelect
            label={t('staff.contract')}
            value={contract}
            onChange={(event) => setContract(event.currentTarget.value as ContractKind)}
            data={contractKinds.map((value) => ({ value, label: contractLabels[value] }))}
            error={errorOf('contract')}
            maw={160}
          />
        </Group>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('staff.forms.member.startOn')}
            value={startOn}
            onChange={(event) => setStartOn(event.currentTarget.value)}
            error={errorOf('startOn')}
            required
            maw={180}
          />
          <TextInput
            type="date"
            label={t('staff.forms.member.endOn')}
            value={endOn}
            onChange={(event) => setEndOn(event.currentTarget.value)}
            error={errorOf('endOn')}
            maw={180}
          />
          <TextInput
            label={t('staff.forms.fte')}
            description={t('staff.forms.fteHint')}
            value={fte}
            onChange={(event) => setFte(event.currentTarget.value)}
            error={errorOf('fte')}
            inputMode="decimal"
            required
            maw={160}
          />
        </Group>
        {failure?.detail && <Alert color="red">{failure.detail}</Alert>}
        {saved && (
          <Alert color="green" role="status">
            {saved}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={isSaving}>
            {t('staff.forms.member.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Reads a count typed by a person: a whole number, or null when the field is left empty. */
function parseCount(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

/** Records a figure of the history ("8,64 ETP en avril 2017"), replacing the one of that day. */
export function StaffFigureForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [onDay, setOnDay] = useState('');
  const [precision, setPrecision] = useState<FigurePrecision>('day');
  const [headcount, setHeadcount] = useState('');
  const [fte, setFte] = useState('');
  const [interns, setInterns] = useState('0');
  const [source, setSource] = useState('');
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const title = t('staff.forms.figure.title');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields: Record<string, string> = {};
    const headcountValue = parseCount(headcount);
    const internsValue = parseCount(interns);
    if (!dayPattern.test(onDay)) fields.onDay = t('staff.forms.badDay');
    if (headcountValue === 'invalid') fields.headcount = t('staff.forms.badCount');
    if (internsValue === 'invalid') fields.interns = t('staff.forms.badCount');
    if (parseTeamFte(fte) === null) fields.fte = t('budget.refusals.not_an_fte');
    setSaved(null);
    if (Object.keys(fields).length > 0 || headcountValue === 'invalid' || internsValue === 'invalid') {
      setFailure({ fields, detail: null });
      focusFirstError(form);
      return;
    }
    setSaving(true);
    try {
      const history = await recordStaffFigure({
        onDay,
        precision,
        headcount: headcountValue,
        fte: fte.trim(),
        interns: internsValue ?? 0,
        source: source.trim() === '' ? null : source.trim(),
      });
      const figure = history.figures.find((entry) => entry.kind === 'recorded' && entry.onDay === onDay);
      setFailure(null);
      setSaved(t('staff.forms.figure.saved', { label: figure?.label ?? onDay, fte: figure?.fte ?? fte }));
      onSaved();
    } catch (error) {
      setFailure(formFailure(t, error, ['onDay', 'precision', 'headcount', 'fte', 'interns', 'source']));
      focusFirstError(form);
    } finally {
      setSaving(false);
    }
  };
  const errorOf = (field: string) => failure?.fields[field];

  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} aria-label={title} maw={1000} noValidate>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('staff.forms.figure.onDay')}
            value={onDay}
            onChange={(event) => setOnDay(event.currentTarget.value)}
            error={errorOf('onDay')}
            required
            maw={180}
          />
          <NativeSelect
            label={t('staff.forms.figure.precision')}
            value={precision}
            onChange={(event) => setPrecision(event.currentTarget.value as FigurePrecision)}
            data={figurePrecisions.map((value) => ({
              value,
              label: t(`staff.forms.figure.precisions.${value}`),
            }))}
            error={errorOf('precision')}
            maw={200}
          />
          <TextInput
            label={t('staff.forms.figure.headcount')}
            value={headcount}
            onChange={(event) => setHeadcount(event.currentTarget.value)}
            error={errorOf('headcount')}
            inputMode="numeric"
            maw={140}
          />
          <TextInput
            label={t('staff.forms.fte')}
            description={t('staff.forms.figure.fteHint')}
            value={fte}
            onChange={(event) => setFte(event.currentTarget.value)}
            error={errorOf('fte')}
            inputMode="decimal"
            required
            maw={160}
          />
          <TextInput
            label={t('staff.forms.figure.interns')}
            value={interns}
            onChange={(event) => setInterns(event.currentTarget.value)}
            error={errorOf('interns')}
            inputMode="numeric"
            maw={120}
          />
        </Group>
        <TextInput
          label={t('staff.forms.figure.source')}
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
          error={errorOf('source')}
          maw={600}
        />
        {failure?.detail && <Alert color="red">{failure.detail}</Alert>}
        {saved && (
          <Alert color="green" role="status">
            {saved}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={isSaving}>
            {t('staff.forms.figure.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
