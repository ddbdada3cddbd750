import fs from 'node:fs';
import path from 'node:path';
import { emailSchema, passwordSchema } from '../../../common/auth.schemas.ts';
import { formatLongDate, formatMoney } from '../../../common/format.ts';
import {
  categoryLabels,
  membershipCategories,
  membershipStatuses,
  statusLabels,
} from '../../../common/memberships.ts';
import { minutesFormats, type MinutesFormat } from '../../../common/minutes.schemas.ts';
import { summaryQuerySchema } from '../../../common/register.schemas.ts';
import { budgetYearSchema } from '../../../common/budget.schemas.ts';
import { checkBudget } from '../domains/budget/budget.service.ts';
import { membershipSummary } from '../domains/memberships/memberships.service.ts';
import { boardComposition } from '../domains/votes/board.service.ts';
import { listResolutions } from '../domains/votes/resolutions.service.ts';
import { renderMinutesFile } from '../domains/minutes/minutes.service.ts';
import { ArchiveError, restoreArchive, writeArchive } from '../backup/archive.ts';
import { loadConfig } from '../config.ts';
import { loadDemo } from '../db/seed/demo.ts';
import { createAdministrator } from '../domains/accounts/accounts.service.ts';
import { countUsers } from '../domains/accounts/users.repository.ts';
import { AppError } from '../http/app-error.ts';
import { openRuntime, type Runtime } from '../runtime.ts';
import { promptSecret } from './prompt.ts';

export class UsageError extends Error {}

/** What a command returns: a JSON document for --json, and lines for a person. */
export interface CommandResult {
  json: unknown;
  text: string;
}

export async function withRuntime<T>(action: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime();
  try {
    return await action(runtime);
  } finally {
    await runtime.close();
  }
}

export async function migrateCommand(): Promise<CommandResult> {
  return withRuntime(async (runtime) => ({
    json: { database: runtime.database.engine, location: runtime.database.location, migrated: true },
    text: `Base ${runtime.database.engine} à jour (${runtime.database.location}).`,
  }));
}

async function readAdministratorPassword(): Promise<string> {
  const fromEnvironment = process.env.QUORUM_ADMIN_PASSWORD;
  if (fromEnvironment) return fromEnvironment;
  if (!process.stdin.isTTY) {
    throw new UsageError(
      'no password: set QUORUM_ADMIN_PASSWORD, or run the command in a terminal to type it',
    );
  }
  const password = await promptSecret('Mot de passe (10 caractères au moins) : ');
  const confirmation = await promptSecret('Confirmez le mot de passe : ');
  if (password !== confirmation) throw new UsageError('the two passwords differ');
  return password;
}

export async function adminCreateCommand(options: { email: string; name: string }): Promise<CommandResult> {
  const email = emailSchema.safeParse(options.email);
  if (!email.success) throw new UsageError(`--email: "${options.email}" is not an e-mail address`);
  if (!options.name.trim()) throw new UsageError('--name: a name is required');
  const password = passwordSchema.safeParse(await readAdministratorPassword());
  if (!password.success) throw new UsageError('password: at least 10 characters');
  return withRuntime(async (runtime) => {
    const user = await createAdministrator(runtime, {
      email: email.data,
      name: options.name.trim(),
      password: password.data,
    });
    return {
      json: { user: { id: user.id, email: user.email, name: user.name, role: user.role } },
      text: `Administrateur créé : ${user.name} <${user.email}>. Connectez-vous sur ${runtime.config.publicUrl}/signin`,
    };
  });
}

export async function demoCommand(): Promise<CommandResult> {
  return withRuntime(async (runtime) => {
    const summary = await loadDemo(runtime.database.db);
    return {
      json: summary,
      text: `Démo chargée : ${summary.association}, ${summary.persons} personnes, ${summary.organisations} organisations, ${summary.affiliations} rattachements (${summary.staff} salariés).`,
    };
  });
}

export async function backupCommand(file: string): Promise<CommandResult> {
  return withRuntime(async (runtime) => {
    const summary = await writeArchive(runtime.database, file);
    const total = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    return {
      json: summary,
      text: `Sauvegarde écrite : ${summary.file} (${total} lignes, schéma ${summary.schema}).`,
    };
  });
}

export async function restoreCommand(file: string): Promise<CommandResult> {
  return withRuntime(async (runtime) => {
    const summary = await restoreArchive(runtime.database, file);
    const total = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    return {
      json: { ...summary, database: runtime.database.engine },
      text: `Sauvegarde restaurée dans ${runtime.database.engine} (${runtime.database.location}) : ${total} lignes.`,
    };
  });
}

/** Runs the server until SIGINT or SIGTERM. */
export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  // The web server's modules load only for `serve`, so other commands start fast.
  const { buildApp } = await import('../app.ts');
  const runtime = await openRuntime({ config });
  const app = await buildApp(runtime, { serveWeb: true });
  const stop = async () => {
    await app.close();
    await runtime.close();
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  const users = await countUsers(runtime.database.db);
  process.stdout.write(
    `Quorum est prêt : ${config.publicUrl} (base ${runtime.database.engine} : ${runtime.database.location})\n`,
  );
  if (users === 0) {
    process.stdout.write(
      'Aucun compte encore. Créez le premier administrateur :\n  npx quorum admin create --email vous@example.org --name "Votre nom"\n',
    );
  }
}

export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof UsageError) return { code: 'usage', message: error.message };
  if (error instanceof ArchiveError) return { code: 'archive', message: error.message };
  if (error instanceof AppError) return { code: error.code, message: error.detail };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

export async function membersSummaryCommand(options: { year: string; at: string }): Promise<CommandResult> {
  const parsed = summaryQuerySchema.safeParse(options);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'year');
    throw new UsageError(
      `--${field}: "${options[field as 'year' | 'at']}" is not valid (year: 2017, at: 2017-06-21)`,
    );
  }
  return withRuntime(async (runtime) => {
    const summary = await membershipSummary(runtime, parsed.data);
    const rows = membershipCategories.map((category) => [
      categoryLabels.fr[category],
      ...membershipStatuses.map((status) =>
        String(summary.counts.find((c) => c.category === category && c.status === status)?.count ?? 0),
      ),
      formatMoney(summary.expected_income_cents[category]),
    ]);
    const header = [
      'Catégorie',
      ...membershipStatuses.map((status) => statusLabels.fr[status]),
      'Recette attendue',
    ];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => row[column]!.length)),
    );
    const line = (cells: string[]) =>
      cells
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  ');
    const text = [
      `Adhésions ${summary.year} au ${formatLongDate(summary.at)}`,
      line(header),
      ...rows.map(line),
    ].join('\n');
    return { json: summary, text };
  });
}

export async function budgetCheckCommand(yearText: string): Promise<CommandResult> {
  const parsed = budgetYearSchema.safeParse(yearText);
  if (!parsed.success) throw new UsageError(`year: "${yearText}" is not a year (e.g. 2017)`);
  return withRuntime(async (runtime) => {
    const check = await checkBudget(runtime, parsed.data);
    const money = (cents: number | null) => (cents === null ? '—' : formatMoney(cents));
    const lines = [`Budget ${check.year}`];
    for (const column of check.columns) {
      lines.push(
        `${column.label} : charges ${money(column.charges_cents)} (déclaré ${money(column.declared_charges_cents)}), produits ${money(column.products_cents)} (déclaré ${money(column.declared_products_cents)}) — ${column.balanced ? 'équilibré' : `déséquilibré de ${formatMoney(Math.abs(column.charges_cents - column.products_cents))}`}`,
      );
    }
    lines.push(
      check.differences.length === 0
        ? 'Aucun écart entre les chiffres déclarés et la somme de leurs lignes.'
        : `${check.differences.length} écarts entre un chiffre déclaré et la somme de ses lignes :`,
    );
    const labels = new Map(check.columns.map((column) => [column.key, column.label]));
    for (const difference of check.differences) {
      lines.push(
        `  ${difference.account.padEnd(5)} ${difference.label} [${labels.get(difference.column)}] : déclaré ${formatMoney(difference.declared_cents)}, calculé ${formatMoney(difference.computed_cents)}, écart ${formatMoney(difference.declared_cents - difference.computed_cents)}`,
      );
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
  if (options.lang !== undefined && options.lang !== 'fr' && options.lang !== 'en')
    throw new UsageError(`--lang: "${options.lang}" is not fr or en`);
  const version = options.version === undefined ? undefined : Number(options.version);
  if (version !== undefined && (!Number.isInteger(version) || version < 1))
    throw new UsageError(`--version: "${options.version}" is not a version number (1, 2…)`);
  const target = checkWritable(options.out);
  return withRuntime(async (runtime) => {
    const file = await renderMinutesFile(runtime, {
      actor: null,
      slug,
      format: options.format as MinutesFormat,
      lang: options.lang as 'fr' | 'en' | undefined,
      version,
    });
    writeWhole(target, file.body);
    return {
      json: { file: target, format: options.format, bytes: file.body.length },
      text: `Procès-verbal écrit : ${target} (${file.body.length} octets).`,
    };
  });
}

/** `quorum votes results --assembly SLUG`: each resolution's outcome as the minutes word it, and the board. */
export async function voteResultsCommand(options: {
  assembly: string;
  lang?: string;
}): Promise<CommandResult> {
  const lang = options.lang === 'en' ? 'en' : 'fr';
  return withRuntime(async (runtime) => {
    const resolutions = await listResolutions(runtime, options.assembly);
    const assembly = await runtime.database.db
      .selectFrom('assemblies')
      .select('held_on')
      .where('slug', '=', options.assembly)
      .executeTakeFirstOrThrow();
    const board = await boardComposition(runtime, assembly.held_on);
    const text = [
      ...resolutions.map(
        (resolution) =>
          `${resolution.title}\n  ${resolution.sentence?.[lang] ?? (lang === 'fr' ? 'non votée' : 'not voted')}`,
      ),
      '',
      ...board.board.map((mandate) => `- ${mandate.printedLine} — ${mandate.roleLabel[lang]}`),
      ...board.executiveDirectors.map((mandate) => `- ${mandate.printedLine} — ${mandate.roleLabel[lang]}`),
    ].join('\n');
    return { json: { resolutions, board }, text };
  });
}
