import { formatShare } from '../../../../../common/amounts.ts';
import { formatMoney } from '../../../../../common/format.ts';
import { bold, heading, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { parseMarkdown } from '../../../../../common/documents/markdown.ts';
import { translate } from '../../../i18n/translate.ts';
import { annualAccounts } from '../../budget/annual-accounts.service.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { unlessMissing, yearOf } from './absent.ts';

/** The result as a sentence: a surplus, a loss (its amount without sign) or break-even. */
function resultKey(cents: number): string {
  if (cents > 0) return 'accounts_result_profit';
  return cents < 0 ? 'accounts_result_loss' : 'accounts_result_balanced';
}

/**
 * The closed year's accounts the assembly approves: result, equity, balance-sheet total, the
 * provision reversal and the shares of products, from the recorded accounts and the year's actual.
 */
registerSectionKind({
  kind: 'accounts',
  defaultPosition: 70,
  meetingKinds: ['ordinary'],
  async build(context, assembly, lang) {
    const year = yearOf(assembly.held_on) - 1;
    const accounts = await unlessMissing(() => annualAccounts(context, year));
    if (!accounts) return [];
    const money = (cents: number) => formatMoney(cents, lang);
    const say = (key: string, params: Record<string, string | number> = {}) =>
      translate(lang, `minutes:${key}`, params);
    const blocks: Block[] = [heading(2, say('accounts_heading', { year }))];
    // A budget column with no figure is no actual: nothing of it is printed, and no result of 0 € invented.
    const actual =
      accounts.actual && (accounts.actual.productsCents !== 0 || accounts.actual.chargesCents !== 0)
        ? accounts.actual
        : null;
    if (!accounts.recorded && !actual) return [];
    const resultCents = accounts.recorded?.resultCents ?? actual?.resultCents ?? null;
    const figures: string[] = [];
    if (resultCents !== null)
      figures.push(say(resultKey(resultCents), { amount: money(Math.abs(resultCents)) }));
    if (accounts.recorded) {
      figures.push(
        say('accounts_equity', { amount: money(accounts.recorded.equityCents) }),
        say('accounts_balance_sheet_total', { amount: money(accounts.recorded.balanceSheetTotalCents) }),
      );
    }
    if (actual && actual.provisionReversalCents > 0)
      figures.push(say('accounts_provision_reversal', { amount: money(actual.provisionReversalCents) }));
    blocks.push(...figures.map((sentence) => paragraph(sentence)));
    // The notes (cash, where it is held, what explains the result) as the treasurer typed them.
    if (accounts.recorded?.notes)
      blocks.push(paragraph(bold(say('accounts_notes'))), ...parseMarkdown(accounts.recorded.notes));
    if (actual) {
      blocks.push(heading(3, say('income_statement_heading', { year })), {
        type: 'key_value',
        entries: [
          [say('products'), money(actual.productsCents)],
          [say('charges'), money(actual.chargesCents)],
          // In a table the sign stays, as a minus sign: "−14 071 €".
          [say('result'), money(actual.resultCents)],
        ],
      });
    }
    if (actual && accounts.shares.length > 0)
      blocks.push(
        paragraph(say('share_of_products')),
        list(
          accounts.shares.map((share) => {
            const amount = share.amountCents === null ? '' : ` (${money(share.amountCents)})`;
            return say('labelled', {
              label: share.label,
              value: `${formatShare(share.shareTenths, lang)}${amount}`,
            });
          }),
        ),
      );
    return blocks;
  },
});
