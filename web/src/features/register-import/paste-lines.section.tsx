import { Alert, Badge, Button, Group, ScrollArea, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pasteLines, type PasteReportResponse } from './register-import.api.ts';
import { importErrorText, pasteReasonText } from './register-import.texts.ts';

type Entity = { id: string | null; name: string; isNew: boolean };

function EntityCell({ entity, path }: { entity: Entity | null; path: string }) {
  const { t } = useTranslation();
  if (!entity) return <>—</>;
  return (
    <Group gap={6} wrap="nowrap">
      {entity.id && !entity.isNew ? (
        <Link to={`${path}/${entity.id}`}>{entity.name}</Link>
      ) : (
        <span>{entity.name}</span>
      )}
      <Badge size="sm" variant="light" color={entity.isNew ? 'blue' : 'gray'}>
        {entity.isNew ? t('registerImport.paste.new') : t('registerImport.paste.existing')}
      </Badge>
    </Group>
  );
}

/** Attendance lines pasted as the minutes list them, matched to the register before anything is saved. */
export function PasteLinesSection() {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [report, setReport] = useState<{ text: string; value: PasteReportResponse } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(isDryRun: boolean) {
    setIsBusy(true);
    setError(null);
    try {
      const value = await pasteLines(text, isDryRun);
      setReport({ text, value });
    } catch (caught) {
      setError(importErrorText(t, caught));
    } finally {
      setIsBusy(false);
    }
  }

  const value = report?.value;
  const canSave = Boolean(value && !value.isWritten && value.rejected.length === 0 && report?.text === text);

  return (
    <Stack gap="md" component="section" aria-labelledby={`${id}-title`}>
      <Title order={2} id={`${id}-title`}>
        {t('registerImport.paste.title')}
      </Title>
      <Text>{t('registerImport.paste.intro')}</Text>
      <Textarea
        label={t('registerImport.paste.input')}
        description={t('registerImport.paste.example')}
        autosize
        minRows={6}
        maxRows={20}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <Group>
        <Button onClick={() => void run(true)} loading={isBusy} disabled={text.trim() === ''}>
          {t('registerImport.paste.analyse')}
        </Button>
        <Button color="green" onClick={() => void run(false)} disabled={!canSave || isBusy}>
          {t('registerImport.paste.save')}
        </Button>
      </Group>
      <div aria-live="polite">
        {error && (
          <Alert color="red" variant="light" title={t('registerImport.errorTitle')}>
            {error}
          </Alert>
        )}
        {value && (
          <Text fw={500}>
            {value.isWritten
              ? t('registerImport.paste.saved', {
                  newPersons: value.newPersons,
                  newOrganisations: value.newOrganisations,
                  newAffiliations: value.newAffiliations,
                })
              : t('registerImport.paste.summary', {
                  lines: value.lines.length + value.rejected.length,
                  matched: value.matchedPersons,
                  newPersons: value.newPersons,
                  newOrganisations: value.newOrganisations,
                  rejected: value.rejected.length,
                })}
          </Text>
        )}
      </div>
      {value && (
        <Stack gap="sm">
          <Title order={3}>{t('registerImport.paste.reportTitle')}</Title>
          {value.rejected.length > 0 && (
            <Alert color="red" variant="light" title={t('registerImport.paste.rejectedTitle')}>
              <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
                {value.rejected.map((rejection) => (
                  <li key={rejection.line}>
                    {t('registerImport.report.rowLabel', { row: rejection.line })} « {rejection.text} » :{' '}
                    {pasteReasonText(t, rejection.reason, rejection.message)}
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          <ScrollArea type="auto">
            <Table striped withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('registerImport.paste.line')}</Table.Th>
                  <Table.Th scope="col">{t('registerImport.paste.person')}</Table.Th>
                  <Table.Th scope="col">{t('registerImport.paste.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('registerImport.paste.titleColumn')}</Table.Th>
                  <Table.Th scope="col">{t('registerImport.paste.link')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {value.lines.map((line) => (
                  <Table.Tr key={line.line}>
                    <Table.Td>{line.line}</Table.Td>
                    <Table.Td>
                      <EntityCell entity={line.person} path="/members/persons" />
                    </Table.Td>
                    <Table.Td>
                      <EntityCell entity={line.organisation} path="/members/organisations" />
                    </Table.Td>
                    <Table.Td>{line.title ?? line.label ?? '—'}</Table.Td>
                    <Table.Td>{t(`registerImport.paste.affiliation.${line.affiliation}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Stack>
      )}
    </Stack>
  );
}
