import { formatLongDate, formatMoney, type Locale } from '../../../../../common/format.ts';
import {
  categoryLabels,
  membershipCategories,
  statusOn,
  statusLabels,
  type MembershipCategory,
  type MembershipStatus,
} from '../../../../../common/memberships.ts';
import { formatDisplayName } from '../../../../../common/names.ts';
import {
  bold,
  heading,
  list,
  paragraph,
  text,
  type Block,
  type Inline,
} from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { getFeeGrid, membershipSummary } from '../../memberships/memberships.service.ts';
import { membershipMembersOf } from '../minutes-data.ts';
import { registerSectionKind } from '../section-kinds.ts';

const pendingStatuses: readonly MembershipStatus[] = ['renewal_pending', 'validation_pending'];

/** Who is in each category and status on the day, by name, in the register's order. */
async function namesByStatus(context: Parameters<typeof membershipMembersOf>[0], year: number, day: string) {
  const { memberships, changes } = await membershipMembersOf(context, year);
  const history = new Map<string, { status: MembershipStatus; effectiveOn: string; recordedAt: string }[]>();
  for (const change of changes) {
    const list = history.get(change.membership_id) ?? [];
    list.push({
      status: change.status as MembershipStatus,
      effectiveOn: change.effective_on,
      recordedAt: change.recorded_at,
    });
    history.set(change.membership_id, list);
  }
  const names = new Map<string, string[]>();
  for (const membership of memberships) {
    const status = statusOn(history.get(membership.id) ?? [], day);
    if (!status) continue;
    const name =
      membership.organisation_name ??
      formatDisplayName({ firstName: membership.first_name ?? '', lastName: membership.last_name ?? '' });
    const key = `${membership.category}|${status}`;
    names.set(key, [...(names.get(key) ?? []), name]);
  }
  const collator = new Intl.Collator('fr');
  return (category: MembershipCategory, statuses: readonly MembershipStatus[]) =>
    statuses.flatMap((status) => names.get(`${category}|${status}`) ?? []).sort(collator.compare);
}

const within = (names: string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');

/** The "ADHÉSIONS 2017" block: counts and names on the assembly's day, then the fee grid. */
registerSectionKind({
  kind: 'memberships',
  defaultPosition: 100,
  meetingKinds: ['ordinary'],
  async build(context, assembly, lang) {
    const year = assembly.membership_year;
    const day = assembly.held_on;
    const summary = await membershipSummary(context, { year, at: day });
    const count = (category: MembershipCategory, statuses: readonly MembershipStatus[]) =>
      summary.counts
        .filter((entry) => entry.category === category && statuses.includes(entry.status))
        .reduce((sum, entry) => sum + entry.count, 0);
    const names = await namesByStatus(context, year, day);
    const say = (key: string, params: Record<string, string | number> = {}) =>
      translate(lang, `minutes:${key}`, params);
    const lines: Inline[][] = [];
    const validated = count('legal_entity', ['validated']);
    const pending = count('legal_entity', pendingStatuses);
    lines.push([
      bold(say('memberships_legal_validated', { count: validated })),
      text(say('memberships_legal_validated_rest', { names: within(names('legal_entity', ['validated'])) })),
    ]);
    if (pending > 0)
      lines.push([
        bold(say('memberships_legal_pending', { count: pending })),
        text(`${within(names('legal_entity', pendingStatuses))}.`),
      ]);
    const crossStatuses = statusesIn(summary.counts, 'cross_membership').sort(
      (a, b) => Number(b === 'validated') - Number(a === 'validated'),
    );
    const cross = count('cross_membership', crossStatuses);
    if (cross > 0)
      lines.push([
        bold(say('memberships_cross', { count: cross })),
        text(
          say('memberships_cross_detail', {
            statuses: crossStatuses
              .map(
                (status) =>
                  `${count('cross_membership', [status])} ${statusWord(status, count('cross_membership', [status]), lang)}${within(names('cross_membership', [status]))}`,
              )
              .join(', '),
          }),
        ),
      ]);
    for (const category of ['individual', 'qualified_person'] as const) {
      const done = count(category, ['validated']);
      const waiting = count(category, pendingStatuses);
      if (done + waiting === 0) continue;
      const what = say(`memberships_${category}`);
      lines.push([
        bold(say('memberships_done', { count: done, what })),
        text(say('memberships_and')),
        bold(say('memberships_waiting', { count: waiting })),
        text(say('memberships_waiting_rest')),
      ]);
    }
    const grid = await feeGridOf(context, year);
    const blocks: Block[] = [
      heading(2, say('memberships_heading', { year })),
      paragraph(say('memberships_on_day', { day: formatLongDate(day, lang, context.association.timeZone) })),
      list(lines),
    ];
    const legal = grid.get('legal_entity');
    const individual = grid.get('individual');
    if (legal !== undefined && individual !== undefined)
      blocks.push(
        paragraph(
          say('fee_grid', {
            year,
            legal: formatMoney(legal, lang),
            individual: formatMoney(individual, lang),
          }),
        ),
      );
    blocks.push(feeTable(summary, grid, count, lang));
    return blocks;
  },
});

function statusWord(status: MembershipStatus, count: number, lang: Locale): string {
  if (status === 'validated') return translate(lang, 'minutes:memberships_validated', { count });
  return statusLabels[lang][status].toLowerCase();
}

function statusesIn(
  counts: { category: string; status: MembershipStatus; count: number }[],
  category: string,
) {
  return counts
    .filter((entry) => entry.category === category && entry.count > 0)
    .map((entry) => entry.status);
}

/** The year's fee of each category the grid sets. */
async function feeGridOf(context: Parameters<typeof getFeeGrid>[0], year: number) {
  const { entries } = await getFeeGrid(context, year);
  return new Map(
    entries.flatMap((entry) =>
      entry.amountCents === null ? [] : [[entry.category, entry.amountCents] as const],
    ),
  );
}

function feeTable(
  summary: { expected_income_cents: Record<MembershipCategory, number> },
  grid: Map<string, number>,
  count: (category: MembershipCategory, statuses: readonly MembershipStatus[]) => number,
  lang: Locale,
): Block {
  const say = (key: string) => translate(lang, `minutes:${key}`);
  const rows = membershipCategories
    .filter((category) => grid.has(category) || count(category, ['validated', ...pendingStatuses]) > 0)
    .map((category) => [
      categoryLabels[lang][category],
      grid.has(category) ? formatMoney(grid.get(category)!, lang) : '',
      String(count(category, ['validated'])),
      String(count(category, pendingStatuses)),
      formatMoney(summary.expected_income_cents[category], lang),
    ]);
  const total = membershipCategories.reduce(
    (sum, category) => sum + summary.expected_income_cents[category],
    0,
  );
  return {
    type: 'table',
    header: [
      [
        'fee_table_category',
        'fee_table_fee',
        'fee_table_validated',
        'fee_table_pending',
        'fee_table_expected',
      ].map(say),
    ],
    rows: [...rows, [say('fee_table_total'), '', '', '', formatMoney(total, lang)]],
    align: ['left', 'right', 'right', 'right', 'right'],
  };
}
