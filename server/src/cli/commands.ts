import fs from 'node:fs';
import path from 'node:path';
import { emailSchema, passwordSchema } from '../../../common/auth.schemas.ts';
import { formatLongDate, formatMoney } from '../../../common/format.ts';
import { isLanguage, type Language } from '../../../common/i18n/messages.ts';
import { membershipStatuses, statusLabels } from '../../../common/memberships.ts';
import { minutesFormats, type MinutesFormat } from '../../../common/minutes.schemas.ts';
import { summaryQuerySchema } from '../../../common/register.schemas.ts';
import { budgetYearSchema } from '../../../common/budget.schemas.ts';
import { checkBudget } from '../domains/budget/budget.service.ts';
import { listCategories } from '../domains/memberships/categories.service.ts';
import { membershipSummary } from '../domains/memberships/memberships.service.ts';
import { boardComposition } from '../domains/votes/board.service.ts';
import { listResolutions } from '../domains/votes/resolutions.service.ts';
import { renderMinutesFile } from '../domains/minutes/minutes.service.ts';
import { startBackupSchedule } from '../backup/schedule.ts';
import { ArchiveError, restoreArchive, verifyArchive, writeArchive } from '../backup/archive.ts';
import { RecordError } from '../../../common/crypto/record.ts';
import { verifyRecordFile } from '../crypto/verify-record.ts';
import { loadConfig } from '../config.ts';
import { loadDemo } from '../db/seed/demo.ts';
import { createAdministrator } from '../domains/accounts/accounts.service.ts';
import { resetTwoFactor } from '../domains/accounts/two-factor.service.ts';
import { countUsers } from '../domains/accounts/users.repository.ts';
import { requireAssembly } from '../domains/assemblies/assemblies.service.ts';
import { AppError } from '../http/app-error.ts';
import { translate } from '../i18n/translate.ts';
import { openRuntime, type Runtime } from '../runtime.ts';
import { promptSecret } from './prompt.ts';

export class UsageError extends Error {}

/** The language a command prints in: `--lang fr` or `--lang en`, French by default. */
export function cliLanguage(value: string | undefined): Language {
  if (value === undefined) return 'fr';
  if (!isLanguage(value)) throw new UsageError(`--lang: "${value}" is not fr or en`);
  return value;
}

/** A command's options that every printing command takes. */
interface PrintOptions {
  lang?: string;
}

/** What a command returns: a JSON document for --json, and lines for a person. */
export interface CommandResult {
  json: unknown;
  text: string;
  /** Bytes that are the whole output (`--out -`): written to standard output instead of text or JSON. */
  stdout?: Buffer;
}

export async function withRuntime<T>(action: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime();
  try {
    return await action(runtime);
  } finally {
    await runtime.close();
  }
}

export async function migrateCommand(options: PrintOptions = {}): Promise<CommandResult> {
  const lang = cliLanguage(options.lang);
  return withRuntime(async (runtime) => ({
    json: { database: runtime.database.engine, location: runtime.database.location, migrated: true },
    text: translate(lang, 'cli:migrated', {
      engine: runtime.database.engine,
      location: runtime.database.location,
    }),
  }));
}

async function readAdministratorPassword(lang: Language): Promise<string> {
  const fromEnvironment = process.env.QUORUM_ADMIN_PASSWORD;
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) {
    throw new UsageError(
      'no password: set QUORUM_ADMIN_PASSWORD, or run the command in a terminal to type it',
    );
  }
  const password = await promptSecret(translate(lang, 'cli:password_prompt'));
  const confirmation = await promptSecret(translate(lang, 'cli:password_confirmation'));
  if (password !== confirmation) throw new UsageError('the two passwords differ');
  return password;
}

export async function adminCreateCommand(
  options: { email: string; name: string } & PrintOptions,
): Promise<CommandResult> {
  const lang = cliLanguage(options.lang);
  const email = emailSchema.safeParse(options.email);
  if (!email.success) throw new UsageError(`--email: "${options.email}" is not an e-mail address`);
  if (!options.name.trim()) throw new UsageError('--name: a name is required');
  const password = passwordSchema.safeParse(await readAdministratorPassword(lang));
  if (!password.success) throw new UsageError('password: at least 10 characters');
  return withRuntime(async (runtime) => {
    const user = await createAdministrator(runtime, {
      email: email.data,
      name: options.name.trim(),
      password: password.data,
    });
    return {
      json: { user: { id: user.id, email: user.email, name: user.name, role: user.role } },
      text: translate(lang, 'cli:administrator_created', {
        name: user.name,
        email: user.email,
        url: runtime.config.publicUrl,
      }),
    };
  });
}

/** For an administrator who lost their device and their recovery codes. */
export async function adminResetTwoFactorCommand(
  options: { email: string } & PrintOptions,
): Promise<CommandResult> {
  const lang = cliLanguage(options.lang);
  const email = emailSchema.safeParse(options.email);
  if (!email.success) throw new UsageError(`--email: "${options.email}" is not an e-mail address`);
  return withRuntime(async (runtime) => {
    const user = await resetTwoFactor(runtime, { email: email.data });
    return {
      json: { user: { id: user.id, email: user.email, hasTwoFactor: false } },
      text: translate(lang, 'cli:two_factor_reset', { email: user.email }),
    };
  });
}

export async function demoCommand(options: PrintOptions = {}): Promise<CommandResult> {
  const lang = cliLanguage(options.lang);
  return withRuntime(async (runtime) => {
    const summary = await loadDemo(runtime.database.db);
    return {
      json: summary,
      text: translate(lang, 'cli:demo_loaded', { ...summary }),
    };
  });
}

export async function backupCommand(
  file: string,
  options: PrintOptions & { verify?: boolean } = {},
): Promise<CommandResult> {
  const lang = cliLanguage(options.lang);
  if (options.verify) {
    const summary = await verifyArchive(file);
    const rows = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    const key = summary.sha256 ? 'cli:backup_verified' : 'cli:backup_verified_without_checksum';
    return {
      json: { ...summary, verified: true },
      text: translate(lang, key, { ...summary, rows }),
    };
  }
  return withRuntime(async (runtime) => {
    const summary = await writeArchive(runtime.database, file);
    const total = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    return {
      json: summary,
      text: translate(lang, 'cli:backup_written', {
        file: summary.file,
        rows: total,
        schema: summary.schema,
      }),
    };
  });
}

export async function restoreCommand(file: string, options: PrintOptions = {}): Promise<CommandResult> {
  const lang = cliLanguage(options.lang);
  return withRuntime(async (runtime) => {
    const summary = await restoreArchive(runtime.database, file);
    const total = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    return {
      json: { ...summary, database: runtime.database.engine },
      text: translate(lang, 'cli:backup_restored', {
        engine: runtime.database.engine,
        location: runtime.database.location,
        rows: total,
      }),
    };
  });
}

/** Runs the server until SIGINT or SIGTERM. */
export async function serveCommand(options: PrintOptions = {}): Promise<void> {
  const lang = cliLanguage(options.lang);
  const config = loadConfig();
  // The web server's modules load only for `serve`, so other commands start fast.
  const { buildApp } = await import('../app.ts');
  const runtime = await openRuntime({ config });
  const app = await buildApp(runtime, { serveWeb: true });
  const backups = config.backup
    ? startBackupSchedule(runtime.database, config.backup, runtime.logger)
    : undefined;
  const stop = async () => {
    backups?.stop();
    await app.close();
    await runtime.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  const users = await countUsers(runtime.database.db);
  const ready = translate(lang, 'cli:server_ready', {
    url: config.publicUrl,
    engine: runtime.database.engine,
    location: runtime.database.location,
  });
  process.stdout.write(`${ready}\n`);
  if (users === 0) process.stdout.write(`${translate(lang, 'cli:no_account_yet')}\n`);
}

export function describeError(error: unknown, lang: Language = 'fr'): { code: string; message: string } {
  if (error instanceof UsageError) return { code: 'usage', message: error.message };
  if (error instanceof ArchiveError) return { code: 'archive', message: error.message };
  if (error instanceof RecordError) {
    return {
      code: `record_${error.problem}`,
      message: translate(lang, 'cli:record_refused', {
        reason: translate(lang, `cli:record_${error.problem}`),
        detail: error.detail ? ` (${error.detail})` : '',
      }),
    };
  }
  if (error instanceof AppError) return { code: error.code, message: error.detailIn(lang) };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

export async function membersSummaryCommand(
  options: { year: string; at: string } & PrintOptions,
): Promise<CommandResult> {
  const lang = cliLanguage(options.lang);
  const parsed = summaryQuerySchema.safeParse(options);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'year');
    throw new UsageError(
      `--${field}: "${options[field as 'year' | 'at']}" is not valid (year: 2024, at: 2024-06-15)`,
    );
  }
  return withRuntime(async (runtime) => {
    const summary = await membershipSummary(runtime, parsed.data);
    const categories = await listCategories(runtime.database.db, lang);
    const rows = categories.map(({ code, label }) => [
      label,
      ...membershipStatuses.map((status) =>
        String(summary.counts.find((c) => c.category === code && c.status === status)?.count ?? 0),
      ),
      formatMoney(summary.expected_income_cents[code] ?? 0, lang),
    ]);
    const header = [
      translate(lang, 'cli:members_category'),
      ...membershipStatuses.map((status) => statusLabels[lang][status]),
      translate(lang, 'cli:members_expected_income'),
    ];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => row[column]!.length)),
    );
    const line = (cells: string[]) =>
      cells
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  ');
    const text = [
      translate(lang, 'cli:members_title', { year: summary.year, day: formatLongDate(summary.at, lang) }),
      line(header),
      ...rows.map(line),
    ].join('\n');
    return { json: summary, text };
  });
}

export async function budgetCheckCommand(
  yearText: string,
  options: PrintOptions = {},
): Promise<CommandResult> {
  const lang = cliLanguage(options.lang);
  const parsed = budgetYearSchema.safeParse(yearText);
  if (!parsed.success) throw new UsageError(`year: "${yearText}" is not a year (e.g. 2024)`);
  return withRuntime(async (runtime) => {
    const check = await checkBudget(runtime, parsed.data);
    const money = (cents: number | null) => (cents === null ? '—' : formatMoney(cents, lang));
    const lines = [translate(lang, 'cli:budget_title', { year: check.year })];
    for (const column of check.columns) {
      const balance = column.balanced
        ? translate(lang, 'cli:budget_balanced')
        : translate(lang, 'cli:budget_unbalanced', {
            amount: money(Math.abs(column.charges_cents - column.products_cents)),
          });
      lines.push(
        translate(lang, 'cli:budget_column', {
          label: column.label,
          charges: money(column.charges_cents),
          declaredCharges: money(column.declared_charges_cents),
          products: money(column.products_cents),
          declaredProducts: money(column.declared_products_cents),
          balance,
        }),
      );
    }
    lines.push(
      check.differences.length === 0
        ? translate(lang, 'cli:budget_no_differences')
        : translate(lang, 'cli:budget_differences', { count: check.differences.length }),
    );
    const labels = new Map(check.columns.map((column) => [column.key, column.label]));
    for (const difference of check.differences) {
      const worded = translate(lang, 'cli:budget_difference', {
        label: difference.label,
        column: labels.get(difference.column) ?? difference.column,
        declared: money(difference.declared_cents),
        computed: money(difference.computed_cents),
        difference: money(difference.declared_cents - difference.computed_cents),
      });
      lines.push(`  ${difference.account.padEnd(5)} ${worded}`);
    }
    return { json: check, text: lines.join('\n') };
  });
}

/** Refuses an output path that cannot be written before any work, so nothing is left half-done. */
function checkWritable(file: string): string {
  const target = path.resolve(file);
  const directory = path.dirname(target);
  try {
    fs.accessSync(directory, fs.constants.W_OK);
  } catch {
    throw new UsageError(`--out: cannot write in ${directory} (missing folder or no permission)`);
  }
  if (fs.existsSync(target) && fs.statSync(target).isDirectory())
    throw new UsageError(`--out: ${target} is a folder, not a file`);
  return target;
}

/** Writes beside the target then renames: the file is whole or absent, never half-written. */
function writeWhole(target: string, body: Buffer) {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, body);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new UsageError(`--out: cannot write ${target} (${(error as Error).message})`);
  }
}

export async function minutesCommand(
  slug: string,
  options: { format: string; lang?: string; out: string; version?: string },
): Promise<CommandResult> {
  if (!(minutesFormats as readonly string[]).includes(options.format))
    throw new UsageError(`--format: "${options.format}" is not one of ${minutesFormats.join(', ')}`);
  const lang = options.lang === undefined ? undefined : cliLanguage(options.lang);
  const version = options.version === undefined ? undefined : Number(options.version);
  if (version !== undefined && (!Number.isInteger(version) || version < 1))
    throw new UsageError(`--version: "${options.version}" is not a version number (1, 2…)`);
  // "-" is standard output: the document itself is the command's output.
  const isStandardOutput = options.out === '-';
  const target = isStandardOutput ? '-' : checkWritable(options.out);
  return withRuntime(async (runtime) => {
    const file = await renderMinutesFile(runtime, {
      actor: null,
      slug,
      format: options.format as MinutesFormat,
      lang,
      version,
    });
    if (isStandardOutput)
      return { json: { format: options.format, bytes: file.body.length }, text: '', stdout: file.body };
    writeWhole(target, file.body);
    return {
      json: { file: target, format: options.format, bytes: file.body.length },
      text: translate(lang ?? 'fr', 'cli:minutes_written', { file: target, bytes: file.body.length }),
    };
  });
}

/** `quorum votes results --assembly SLUG`: each resolution's outcome as the minutes word it, and the board. */
export async function voteResultsCommand(options: {
  assembly: string;
  lang?: string;
}): Promise<CommandResult> {
  const lang = cliLanguage(options.lang);
  return withRuntime(async (runtime) => {
    const resolutions = await listResolutions(runtime, options.assembly);
    const assembly = await requireAssembly(runtime.database.db, options.assembly);
    const board = await boardComposition(runtime, assembly.held_on);
    const text = [
      ...resolutions.map(
        (resolution) =>
          `${resolution.title}\n  ${resolution.sentence?.[lang] ?? translate(lang, 'cli:not_voted')}`,
      ),
      '',
      ...board.board.map((mandate) => `- ${mandate.printedLine} — ${mandate.roleLabel[lang]}`),
      ...board.executiveDirectors.map((mandate) => `- ${mandate.printedLine} — ${mandate.roleLabel[lang]}`),
    ].join('\n');
    return { json: { resolutions, board }, text };
  });
}

/** Checks an encrypted poll's public record, from the file alone. */
export async function verifyRecordCommand(file: string, options: PrintOptions = {}): Promise<CommandResult> {
  const lang = cliLanguage(options.lang);
  const verified = await verifyRecordFile(file);
  return {
    json: { ...verified, verified: true },
    text: translate(lang, 'cli:record_verified', {
      ballots: verified.ballotCount,
      weight: verified.totalWeight,
      result: verified.result.map((item) => `${item.choice} ${item.count}`).join(', '),
      fingerprint: verified.fingerprint,
    }),
  };
}
