import { Command } from 'commander';
import {
  adminCreateCommand,
  adminResetTwoFactorCommand,
  cliLanguage,
  backupCommand,
  budgetCheckCommand,
  demoCommand,
  describeError,
  membersSummaryCommand,
  voteResultsCommand,
  verifyRecordCommand,
  migrateCommand,
  minutesCommand,
  restoreCommand,
  serveCommand,
  type CommandResult,
} from './cli/commands.ts';

const languageHelp = 'fr (default) or en: the language of the messages';

/** `--lang` for an error message: an unknown language words it in French (the usage error says why). */
function safeLanguage(value: string | undefined) {
  try {
    return cliLanguage(value);
  } catch {
    return 'fr';
  }
}

/** Prints one JSON document (--json) or the text for a person; errors go to stderr, exit code 1. */
function output(action: (...args: never[]) => Promise<CommandResult>) {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const { json, lang } = command.opts<{ json?: boolean; lang?: string }>();
    const isJson = Boolean(json);
    try {
      const result = await action(...(args.slice(0, -1) as never[]));
      if (result.stdout) {
        process.stdout.write(result.stdout);
        return;
      }
      process.stdout.write(isJson ? `${JSON.stringify(result.json)}\n` : `${result.text}\n`);
    } catch (error) {
      const described = describeError(error, safeLanguage(lang));
      if (isJson) process.stdout.write(`${JSON.stringify({ error: described })}\n`);
      process.stderr.write(`quorum: ${described.message}\n`);
      process.exitCode = 1;
    }
  };
}

export function buildCli(): Command {
  const program = new Command('quorum')
    .description('Quorum: register, fees, budget, general assemblies, votes and minutes of an association.')
    .showHelpAfterError();

  program
    .command('serve')
    .description('start the web server (PORT, HOST, DATABASE_URL…: see README)')
    .option('--lang <lang>', languageHelp)
    .action(async (options: { lang?: string }) => {
      try {
        await serveCommand(options);
      } catch (error) {
        process.stderr.write(`quorum: ${describeError(error, safeLanguage(options.lang)).message}\n`);
        process.exitCode = 1;
      }
    });

  program
    .command('migrate')
    .description('bring the database to the latest schema')
    .option('--lang <lang>', languageHelp)
    .option('--json', 'print one JSON document')
    .action(output((options: { lang?: string }) => migrateCommand(options)));

  const admin = program.command('admin').description('manage accounts');
  admin
    .command('create')
    .description('create an administrator (password from QUORUM_ADMIN_PASSWORD or typed in the terminal)')
    .requiredOption('--email <email>', 'their e-mail address, used to sign in')
    .requiredOption('--name <name>', 'their name')
    .option('--lang <lang>', languageHelp)
    .option('--json', 'print one JSON document')
    .action(output((options: { email: string; name: string; lang?: string }) => adminCreateCommand(options)));
  admin
    .command('reset-2fa')
    .description('remove two-factor sign-in from an account whose owner lost their device and recovery codes')
    .requiredOption('--email <email>', 'the account’s e-mail address')
    .option('--lang <lang>', languageHelp)
    .option('--json', 'print one JSON document')
    .action(output((options: { email: string; lang?: string }) => adminResetTwoFactorCommand(options)));

  program
    .command('demo')
    .description('load La 27e Région, the association of the reference minutes (idempotent)')
    .option('--lang <lang>', languageHelp)
    .option('--json', 'print one JSON document')
    .action(output((options: { lang?: string }) => demoCommand(options)));

  const members = program.command('members').description('the register of members');
  members
    .command('summary')
    .description('memberships per category and status on a date, and the fee income expected')
    .requiredOption('--year <year>', 'membership year, e.g. 2024')
    .requiredOption('--at <date>', 'the day to count on, e.g. 2024-06-15')
    .option('--lang <lang>', languageHelp)
    .option('--json', 'print one JSON document')
    .action(output((options: { year: string; at: string; lang?: string }) => membersSummaryCommand(options)));

  const budget = program.command('budget').description('budgets and accounts');
  budget
    .command('check')
    .description(
      'each side’s totals computed and declared, the balance, and every declared figure that differs from its lines',
    )
    .argument('<year>', 'budget year, e.g. 2024')
    .option('--lang <lang>', languageHelp)
    .option('--json', 'print one JSON document')
    .action(output((year: string, options: { lang?: string }) => budgetCheckCommand(year, options)));

  program
    .command('minutes')
    .description('write the minutes of an assembly (signed minutes as they were signed)')
    .argument('<assembly>', 'the assembly, e.g. ag-2024')
    .requiredOption('--format <format>', 'md, html, pdf or docx')
    .option(
      '--lang <lang>',
      'fr or en: the language of the minutes (default: the association’s) and of the messages',
    )
    .option('--version <number>', 'a version of the minutes (default: the latest)')
    .requiredOption('--out <file>', 'the file to write, or - for standard output')
    .option('--json', 'print one JSON document')
    .action(
      output((slug: string, options: { format: string; lang?: string; out: string; version?: string }) =>
        minutesCommand(slug, options),
      ),
    );

  const votes = program.command('votes').description('resolutions, polls and the board');
  votes
    .command('results')
    .description(
      'each resolution of an assembly with its outcome as the minutes word it, and the board that day',
    )
    .requiredOption('--assembly <slug>', 'the assembly, e.g. ag-2024')
    .option('--lang <lang>', languageHelp)
    .option('--json', 'print one JSON document')
    .action(output((options: { assembly: string; lang?: string }) => voteResultsCommand(options)));
  votes
    .command('verify')
    .description(
      "check an encrypted poll's public record from the file alone: the trustees' key ceremony, every ballot's proofs, the tally, the decryptions and the result",
    )
    .argument('<record>', 'the record, e.g. record.json downloaded from /api/polls/<id>/record.json')
    .option('--lang <lang>', languageHelp)
    .option('--json', 'print one JSON document')
    .action(output((file: string, options: { lang?: string }) => verifyRecordCommand(file, options)));

  program
    .command('backup')
    .description(
      'write the whole database, as one snapshot, to an archive that any engine can restore (or check one with --verify)',
    )
    .argument('<file>', 'archive to write, e.g. quorum-2026-11-29.qarchive (with --verify: to check)')
    .option('--verify', 'check that FILE is whole and unchanged (its checksums), without restoring it')
    .option('--lang <lang>', languageHelp)
    .option('--json', 'print one JSON document')
    .action(
      output((file: string, options: { lang?: string; verify?: boolean }) => backupCommand(file, options)),
    );

  program
    .command('restore')
    .description('load an archive into an empty database (SQLite or PostgreSQL, from DATABASE_URL)')
    .argument('<file>', 'archive written by quorum backup')
    .option('--lang <lang>', languageHelp)
    .option('--json', 'print one JSON document')
    .action(output((file: string, options: { lang?: string }) => restoreCommand(file, options)));

  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildCli().parseAsync(argv);
}
