import {
  Alert,
  Button,
  Group,
  Input,
  List,
  NativeSelect,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportProgress, useImportProgress } from './import-progress.tsx';
import { ImportReport, ImportReportSummary } from './import-report.tsx';
import {
  checkImport,
  commitImport,
  importFields,
  uploadImportFile,
  type ImportMapping,
  type ImportReportResponse,
  type ImportResultResponse,
  type UploadResponse,
} from './register-import.api.ts';
import { importErrorText } from './register-import.texts.ts';

type Run = 'uploading' | 'checking' | 'importing' | null;

function sameMapping(a: ImportMapping, b: ImportMapping): boolean {
  return importFields.every((field) => (a[field] ?? '') === (b[field] ?? ''));
}

/** Upload, map the columns, check (dry run), then import: each step answers before the next is offered. */
export function FileImportSection() {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<UploadResponse | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [report, setReport] = useState<{ mapping: ImportMapping; value: ImportReportResponse } | null>(null);
  const [result, setResult] = useState<ImportResultResponse | null>(null);
  const [run, setRun] = useState<Run>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useImportProgress(upload?.importId ?? null, run === 'checking' || run === 'importing');

  const isChecked =
    report !== null && report.value.rejected.length === 0 && sameMapping(report.mapping, mapping) && !result;

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setRun('uploading');
    setError(null);
    setUpload(null);
    setReport(null);
    setResult(null);
    try {
      const uploaded = await uploadImportFile(file);
      setUpload(uploaded);
      setMapping(uploaded.suggestedMapping as ImportMapping);
    } catch (caught) {
      setError(importErrorText(t, caught));
    } finally {
      setRun(null);
    }
  }

  async function check() {
    if (!upload) return;
    const checkedMapping = { ...mapping };
    setRun('checking');
    setError(null);
    setResult(null);
    try {
      setReport({ mapping: checkedMapping, value: await checkImport(upload.importId, checkedMapping) });
    } catch (caught) {
      setReport(null);
      setError(importErrorText(t, caught));
    } finally {
      setRun(null);
    }
  }

  async function importFile() {
    if (!upload || !report) return;
    setRun('importing');
    setError(null);
    try {
      setResult(await commitImport(upload.importId, report.mapping));
    } catch (caught) {
      setError(importErrorText(t, caught));
    } finally {
      setRun(null);
    }
  }

  const columnOptions = [
    { value: '', label: t('registerImport.mapping.unused') },
    ...(upload?.columns ?? []).map((column) => ({ value: column, label: column })),
  ];

  return (
    <Stack gap="md" component="section" aria-labelledby={`${inputId}-title`}>
      <Title order={2} id={`${inputId}-title`}>
        {t('registerImport.file.title')}
      </Title>
      <Text>{t('registerImport.file.intro')}</Text>
      <form onSubmit={(event) => void send(event)}>
        <Group align="flex-end">
          <Input.Wrapper
            id={inputId}
            label={t('registerImport.file.input')}
            description={t('registerImport.file.hint')}
          >
            <input
              id={inputId}
              aria-describedby={`${inputId}-description`}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
              style={{ display: 'block', marginTop: 4 }}
            />
          </Input.Wrapper>
          <Button type="submit" disabled={!file || run !== null} loading={run === 'uploading'}>
            {t('registerImport.file.upload')}
          </Button>
        </Group>
      </form>

      <div aria-live="polite">
        {error && (
          <Alert color="red" variant="light" title={t('registerImport.errorTitle')}>
            {error}
          </Alert>
        )}
        {result && (
          <Alert color="green" variant="light" title={t('registerImport.done.title')}>
            {t('registerImport.done.body', {
              newPersons: result.newPersons,
              newOrganisations: result.newOrganisations,
              newAffiliations: result.newAffiliations,
              newMemberships: result.newMemberships,
              updatedPersons: result.updatedPersons,
            })}
          </Alert>
        )}
        {report && run === null && !result && <ImportReportSummary report={report.value} />}
      </div>

      {upload && (
        <Stack gap="md">
          <Text>
            {upload.rowCount === null
              ? t('registerImport.file.uploadedSheet', {
                  name: upload.fileName ?? '',
                  columns: upload.columns.length,
                })
              : t('registerImport.file.uploaded', {
                  name: upload.fileName ?? '',
                  count: upload.rowCount,
                  columns: upload.columns.length,
                })}
          </Text>
          <Title order={3}>{t('registerImport.mapping.title')}</Title>
          <Text data-import="source">{t(`registerImport.sources.${upload.source}`)}</Text>
          <Text size="sm">{t('registerImport.mapping.intro')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {importFields.map((field) => (
              <NativeSelect
                key={field}
                label={t(`registerImport.fields.${field}`)}
                data={columnOptions}
                value={mapping[field] ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setMapping((previous) => ({ ...previous, [field]: value === '' ? undefined : value }));
                }}
              />
            ))}
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('registerImport.mapping.defaults')}
          </Text>
          {upload.ignoredColumns.length > 0 && (
            <Stack gap={4} data-import="ignored">
              <Text size="sm">{t('registerImport.ignored.title')}</Text>
              <List size="sm">
                {upload.ignoredColumns.map((entry) => (
                  <List.Item key={entry.column}>
                    {t('registerImport.ignored.item', {
                      column: entry.column,
                      reason: t(`registerImport.ignored.reasons.${entry.reason}`),
                    })}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}

          <Title order={4}>{t('registerImport.mapping.sample')}</Title>
          {/* A wide file scrolls sideways: the keyboard reaches it too. */}
          <ScrollArea type="auto" viewportProps={{ tabIndex: 0 }}>
            <Table striped withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  {upload.columns.map((column, index) => (
                    <Table.Th key={`${column}-${index}`} scope="col">
                      {column}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {upload.sampleRows.map((row, rowIndex) => (
                  <Table.Tr key={rowIndex}>
                    {row.map((cell, index) => (
                      <Table.Td key={index}>{cell}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>

          <Group>
            <Button onClick={() => void check()} loading={run === 'checking'} disabled={run !== null}>
              {t('registerImport.check')}
            </Button>
            <Button
              onClick={() => void importFile()}
              loading={run === 'importing'}
              disabled={!isChecked || run !== null}
              aria-describedby={`${inputId}-commit-hint`}
            >
              {t('registerImport.commit')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed" id={`${inputId}-commit-hint`}>
            {t('registerImport.commitHint')}
          </Text>
          {(run === 'checking' || run === 'importing') && (
            <ImportProgress
              phase={run}
              processed={progress?.processed ?? 0}
              total={progress?.total ?? upload.rowCount}
            />
          )}
          {report && run === null && <ImportReport report={report.value} />}
        </Stack>
      )}
    </Stack>
  );
}
