import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { safeCsvOptions } from '../../documents/csv.ts';
import { euroFormat, xlsxBytes, type XlsxRow } from '../../documents/xlsx-bytes.ts';
import { statusLabels } from '../../../../common/memberships.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { presentMembershipBrief } from '../register/persons.presenter.ts';
import { listCategories } from '../memberships/categories.service.ts';
import { listMembershipBriefsOf } from '../memberships/memberships.service.ts';
import { organisationsOfPersons } from '../register/persons.service.ts';
import { listRegisterFields, parseCustomFields } from '../register/register-fields.service.ts';
import { listPersonsPage } from './register-import.repository.ts';

/** The export's columns, in French as the association's staff read them. */
export const exportHeaders = [
  'Nom',
  'Prénom',
  'E-mail',
  'Téléphone',
  'Adresse',
  'Code postal',
  'Ville',
  'Pays',
  'Organisations',
  'Année',
  'Catégorie',
  'Statut',
  'Cotisation (€)',
  'Payé (€)',
  'Reste dû (€)',
] as const;

/**
 * One exported row: text, and euros as numbers (null when there is no membership that year), then
 * the usual name and the register's own fields (exportColumns).
 */
export type ExportRow = (string | number | null)[];

/** The money columns, written as amounts. */
const isAmountColumn = (index: number) => index >= 12 && index <= 14;

/** The export's headers: the fixed ones, the usual name, then each field of the register by its French label. */
export async function exportColumns(db: DbOrTransaction) {
  // The persons' fields, then the organisations' (their values joined as the organisations are).
  const all = await listRegisterFields(db, 'fr');
  const fields = [
    ...all.filter((field) => field.appliesTo === 'person'),
    ...all.filter((field) => field.appliesTo === 'organisation'),
  ];
  return { headers: [...exportHeaders, 'Nom d’usage', ...fields.map((field) => field.labelFr)], fields };
}

const pageSize = 1000;

/**
 * Every person of the register (merged records left out), by name, a page at a time: their
 * organisations, contact details and the membership of `year` if given, with its money.
 */
export async function* registerExportRows(db: DbOrTransaction, year?: number): AsyncGenerator<ExportRow> {
  let after: { last: string; first: string; id: string } | null = null;
  const { fields } = await exportColumns(db);
  const categoryLabels = new Map(
    (await listCategories(db, 'fr')).map((category) => [category.code, category.label]),
  );
  for (;;) {
    const persons = await listPersonsPage(db, after, pageSize);
    if (persons.length === 0) return;
    const ids = persons.map((person) => person.id);
    const organisations = await organisationsOfPersons(db, ids);
    const memberships = new Map(
      year === undefined
        ? []
        : (await listMembershipBriefsOf(db, { personIds: ids }, year)).map((row) => [
            row.person_id!,
            presentMembershipBrief(row),
          ]),
    );
    for (const person of persons) {
      const membership = memberships.get(person.id);
      yield [
        person.last_name,
        person.first_name,
        person.email ?? '',
        person.phone ?? '',
        person.address_line ?? '',
        person.postal_code ?? '',
        person.city ?? '',
        person.country ?? '',
        (organisations.get(person.id) ?? []).map((organisation) => organisation.name).join(' ; '),
        membership ? membership.year : null,
        membership ? (categoryLabels.get(membership.category) ?? membership.category) : '',
        membership?.status ? statusLabels.fr[membership.status] : '',
        membership ? membership.feeCents / 100 : null,
        membership ? membership.paidCents / 100 : null,
        membership ? membership.owedCents / 100 : null,
        person.usual_name ?? '',
        ...fields.map((field) =>
          field.appliesTo === 'person'
            ? (parseCustomFields(person.custom_fields ?? null)[field.code] ?? '')
            : (organisations.get(person.id) ?? [])
                .map((organisation) => organisation.customFields[field.code] ?? '')
                .filter(Boolean)
                .join(' ; '),
        ),
      ];
    }
    const last = persons.at(-1)!;
    after = { last: last.last_name, first: last.first_name, id: last.id };
  }
}

/** "5 000,50" would break spreadsheets reading numbers: CSV amounts are written "5000,50". */
function frenchAmount(euros: number | null): string {
  return euros === null ? '' : euros.toFixed(2).replace('.', ',');
}

async function recordExport(
  context: ServiceContext,
  options: { actor: SessionUser | null; format: 'csv' | 'xlsx'; year?: number | undefined },
) {
  await recordAuditEvent(context.database.db, {
    actorUserId: options.actor?.id ?? null,
    action: 'register.exported',
    subjectType: 'register',
    subjectId: null,
    details: { format: options.format, year: options.year ?? null },
  });
}

/**
 * The register as CSV, streamed page by page: UTF-8 with a byte order mark and ";" between
 * fields, which is what a French spreadsheet opens without asking.
 */
export async function exportRegisterCsv(
  context: ServiceContext,
  options: { actor: SessionUser | null; year?: number | undefined },
): Promise<Readable> {
  await recordExport(context, { ...options, format: 'csv' });
  const rows = registerExportRows(context.database.db, options.year);
  const source = Readable.from(
    (async function* () {
      for await (const row of rows) {
        yield row.map((value, index) =>
          isAmountColumn(index) ? frenchAmount(value as number | null) : value === null ? '' : String(value),
        );
      }
    })(),
  );
  const { headers } = await exportColumns(context.database.db);
  const output = stringify(safeCsvOptions({ delimiter: ';', bom: true, header: true, columns: headers }));
  source.on('error', (error) => output.destroy(error));
  return source.pipe(output);
}

/**
 * The register as an XLSX workbook, built in memory (a register of thousands of persons is a few
 * megabytes): texts as text, the year as a number, euros as amounts.
 */
export async function exportRegisterXlsx(
  context: ServiceContext,
  options: { actor: SessionUser | null; year?: number | undefined },
): Promise<Buffer> {
  await recordExport(context, { ...options, format: 'xlsx' });
  const { headers } = await exportColumns(context.database.db);
  const rows: XlsxRow[] = [];
  for await (const row of registerExportRows(context.database.db, options.year)) rows.push({ cells: row });
  return xlsxBytes({
    sheet: 'Registre',
    columns: headers.map((header, index) => ({
      header,
      width: isAmountColumn(index) ? 14 : index === 8 ? 40 : 18,
      ...(isAmountColumn(index) ? { format: euroFormat } : {}),
    })),
    rows,
  });
}
