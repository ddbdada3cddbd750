import { formatLongDate, formatMoney, type Locale } from '../../../../../common/format.ts';
import type { MembershipCategoryView } from '../../../../../common/membership-categories.schemas.ts';
import {
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
import { listCategories } from '../../memberships/categories.service.ts';
import { getFeeGrid, membershipSummary } from '../../memberships/memberships.service.ts';
import { yearRates } from '../../memberships/rates.service.ts';
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

/** How the minutes count a category's members: its own words, else its plural (persons: their memberships). */
function countedAs(category: MembershipCategoryView, lang: Locale, count: number): string {
  const own = lang === 'en' ? category.countedAsEn : category.countedAsFr;
  if (own) return own;
  const singular = lang === 'en' ? category.labelEn : category.labelFr;
  const plural = lang === 'en' ? category.pluralEn : category.pluralFr;
  const words = lowerFirst(count === 1 ? singular : plural);
  return category.kind === 'person'
    ? translate(lang, 'minutes:memberships_counted_persons', { plural: words, count })
    : words;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);

/**
 * The memberships block: counts and names on the assembly's day, category by category in the
 * association's order and words (organisations named, persons counted), a category with no member
 * that day left out; then the year's rates and the fee table. Nothing at all: no section.
 */
registerSectionKind({
  kind: 'memberships',
  defaultPosition: 100,
  meetingKinds: ['ordinary'],
  async build(context, assembly, lang) {
    const year = assembly.membership_year;
    const day = assembly.held_on;
    const [summary, categories, rates] = await Promise.all([
      membershipSummary(context, { year, at: day }),
      listCategories(context.database.db, lang),
      yearRates(context.database.db, year, lang),
    ]);
    const count = (category: MembershipCategory, statuses: readonly MembershipStatus[]) =>
      summary.counts
        .filter((entry) => entry.category === category && statuses.includes(entry.status))
        .reduce((sum, entry) => sum + entry.count, 0);
    const names = await namesByStatus(context, year, day);
    const say = (key: string, params: Record<string, string | number> = {}) =>
      translate(lang, `minutes:${key}`, params);
    const lines: Inline[][] = [];
    for (const category of categories) {
      const code = category.code;
      const validated = count(code, ['validated']);
      const pending = count(code, pendingStatuses);
      const what = countedAs(category, lang, validated || pending);
      if (category.hasPartner) {
        const statuses = statusesIn(summary.counts, code).sort(
          (a, b) => Number(b === 'validated') - Number(a === 'validated'),
        );
        const all = count(code, statuses);
        if (all > 0)
          lines.push([
            bold(say('memberships_cross', { count: all, what })),
            text(
              say('memberships_cross_detail', {
                statuses: statuses
                  .map(
                    (status) =>
                      `${count(code, [status])} ${statusWord(status, count(code, [status]), lang)}${within(names(code, [status]))}`,
                  )
                  .join(', '),
              }),
            ),
          ]);
      } else if (category.kind === 'organisation') {
        if (validated > 0)
          lines.push([
            bold(say('memberships_legal_validated', { count: validated, what })),
            text(
              say('memberships_legal_validated_rest', {
                count: validated,
                names: within(names(code, ['validated'])),
              }),
            ),
          ]);
        if (pending > 0)
          lines.push([
            bold(
              say(validated > 0 ? 'memberships_legal_pending' : 'memberships_legal_pending_alone', {
                count: pending,
                what,
              }),
            ),
            text(`${within(names(code, pendingStatuses))}.`),
          ]);
      } else if (validated + pending > 0) {
        lines.push([
          bold(say('memberships_done', { count: validated, what })),
          ...(pending > 0
            ? [
                text(say('memberships_and')),
                bold(say('memberships_waiting', { count: pending })),
                text(say('memberships_waiting_rest')),
              ]
            : [text('.')]),
        ]);
      }
    }
    const grid = await feeGridOf(context, year);
    const hasMembers = (code: string) =>
      summary.counts.some((entry) => entry.category === code && entry.count > 0);
    const gridParts = categories.flatMap((category) => {
      const ofCategory = rates.categories.find((entry) => entry.category === category.code);
      const full = grid.get(category.code);
      const others = (ofCategory?.rates ?? []).map((rate) =>
        say(`fee_rate_${rate.kind}`, {
          amount: formatMoney(rate.amountCents, lang),
          conditions: rate.conditions ? say('fee_rate_conditions', { conditions: rate.conditions }) : '',
        }),
      );
      if (!hasMembers(category.code) || ((full ?? 0) === 0 && others.length === 0)) return [];
      const plural = lowerFirst(category.plural);
      const main =
        full !== undefined && full > 0
          ? say('fee_part', { amount: formatMoney(full, lang), plural })
          : say('fee_part_without_full', { plural });
      return [others.length > 0 ? `${main}${say('fee_part_rates', { rates: others.join(' ; ') })}` : main];
    });
    if (lines.length === 0 && gridParts.length === 0) return [];
    const blocks: Block[] = [
      heading(2, say('memberships_heading', { year })),
      paragraph(say('memberships_on_day', { day: formatLongDate(day, lang, context.association.timeZone) })),
    ];
    if (lines.length > 0) blocks.push(list(lines));
    if (gridParts.length > 0)
      blocks.push(paragraph(say('fee_grid', { year, parts: joinParts(gridParts, say('memberships_and')) })));
    blocks.push(feeTable(categories, summary, grid, count, lang));
    return blocks;
  },
});

/** "a, b et c". */
function joinParts(parts: string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')}${and}${parts.at(-1)}`;
}

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
  categories: readonly MembershipCategoryView[],
  summary: { expected_income_cents: Record<MembershipCategory, number> },
  grid: Map<string, number>,
  count: (category: MembershipCategory, statuses: readonly MembershipStatus[]) => number,
  lang: Locale,
): Block {
  const say = (key: string) => translate(lang, `minutes:${key}`);
  const income = (code: string) => summary.expected_income_cents[code] ?? 0;
  const rows = categories
    .filter(({ code }) => grid.has(code) || count(code, ['validated', ...pendingStatuses]) > 0)
    .map(({ code, label }) => [
      label,
      grid.has(code) ? formatMoney(grid.get(code)!, lang) : '',
      String(count(code, ['validated'])),
      String(count(code, pendingStatuses)),
      formatMoney(income(code), lang),
    ]);
  const total = categories.reduce((sum, { code }) => sum + income(code), 0);
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
