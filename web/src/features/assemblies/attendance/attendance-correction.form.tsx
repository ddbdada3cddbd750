import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceCorrectionSchema } from '../../../../../common/assemblies.schemas.ts';
import { fieldText, issueCode, problemFieldTexts, problemText } from '../../../api/problem-text.ts';
import type { AttendanceSheet, SheetRow } from '../attendance.api.ts';
import { useAssemblyFormat } from '../shared/assembly-format.ts';

type Field = 'arrivedAt' | 'leftAt' | 'votesFrom' | 'membershipId';

/**
 * Corrects a row of the sheet after the fact: arrival and departure times, the vote the person carries
 * (a member checked in without it) and from when it counts (joined or renewed during the meeting).
 */
export function AttendanceCorrectionForm({
  row,
  sheet,
  onSave,
  onCancel,
}: {
  row: SheetRow;
  sheet: AttendanceSheet;
  onSave: (correction: Record<string, string | null>) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useAssemblyFormat();
  const name = row.administrativeName ?? t('assemblies.attendance.unnamed');
  const [values, setValues] = useState<Record<Field, string>>({
    arrivedAt: row.arrivedAt ? format.instantTime(row.arrivedAt) : '',
    leftAt: row.leftAt ? format.instantTime(row.leftAt) : '',
    votesFrom: row.votesFrom ? format.instantTime(row.votesFrom) : '',
    membershipId: row.membershipId ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const field = (key: Field) => ({
    value: values[key],
    error: errors[key] || undefined,
    onChange: (event: { currentTarget: { value: string } }) => {
      const { value } = event.currentTarget;
      setValues((previous) => ({ ...previous, [key]: value }));
    },
  });
  const voteOptions = [
    { value: '', label: t('assemblies.roles.guest') },
    ...sheet.votingMembers.map((member) => ({ value: member.membershipId, label: member.memberName })),
  ];

  async function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const input = {
      ...(row.status === 'present' || row.status === 'remote'
        ? { arrivedAt: values.arrivedAt || null, leftAt: values.leftAt || null }
        : {}),
      votesFrom: values.votesFrom || null,
      ...(values.membershipId !== (row.membershipId ?? '')
        ? { membershipId: values.membershipId || null }
        : {}),
    };
    const parsed = attendanceCorrectionSchema.safeParse(input);
    if (!parsed.success) {
      const worded: Record<string, string> = {};
      for (const issue of parsed.error.issues)
        worded[issue.path.map(String).join('.')] ??= fieldText(t, { message: issueCode(issue) });
      setErrors(worded);
      return;
    }
    setErrors({});
    setIsSaving(true);
    try {
      await onSave(input);
    } catch (error) {
      const fieldErrors = problemFieldTexts(t, error);
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else setFormError(problemText(t, error));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <form noValidate aria-labelledby="correction-title" onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="sm">
          <Text component="h3" fw={700} id="correction-title">
            {t('assemblies.times.correctionTitle', { name })}
          </Text>
          {formError && (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          )}
          <Group align="flex-start" wrap="wrap">
            {(row.status === 'present' || row.status === 'remote') && (
              <>
                <TextInput
                  label={t('assemblies.times.arrivedAt')}
                  type="time"
                  w={150}
                  {...field('arrivedAt')}
                />
                <TextInput label={t('assemblies.times.leftAt')} type="time" w={150} {...field('leftAt')} />
              </>
            )}
            {row.role !== 'staff' && (
              <NativeSelect
                label={t('assemblies.attendance.role')}
                data={voteOptions}
                miw={240}
                {...field('membershipId')}
              />
            )}
            <TextInput
              label={t('assemblies.times.votesFrom')}
              description={t('assemblies.times.votesFromHint')}
              type="time"
              w={220}
              {...field('votesFrom')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={isSaving}>
              {t('assemblies.times.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('assemblies.times.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
