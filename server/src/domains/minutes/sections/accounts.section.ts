import { formatMoney, type Locale } from '../../../../../common/format.ts';
import { heading, list, paragraph, type Block } from '../../../../../common/documents/blocks.ts';
import { annualAccounts } from '../../budget/annual-accounts.service.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { unlessMissing, yearOf } from './absent.ts';

/** "- 14 071 €" as the reference prints a loss; "-€14,071" in English. */
function signedMoney(cents: number, lang: Locale): string {
  if (cents >= 0 || lang === 'en') return formatMoney(cents, lang);
  return `- ${formatMoney(-cents, lang)}`;
}

/**
 * The closed year's accounts the assembly approves: result, equity, balance-sheet total, the
 * provision reversal and the shares of products, from the recorded accounts and the year's actual.
 */
registerSectionKind({
  kind: 'accounts',
  label: { fr: 'Comptes de l’exercice', en: 'Annual accounts' },
  defaultPosition: 70,
  async build(context, assembly, lang) {
    const year = yearOf(assembly.held_on) - 1;
    const accounts = await unlessMissing(() => annualAccounts(context, year));
    if (!accounts) return [];
    const isFr = lang === 'fr';
    const money = (cents: number) => formatMoney(cents, lang);
    const blocks: Block[] = [heading(2, isFr ? `Bilan comptable ${year}` : `${year} accounts`)];
    const resultCents = accounts.recorded?.resultCents ?? accounts.actual?.resultCents ?? null;
    const figures: string[] = [];
    if (resultCents !== null)
      figures.push(
        isFr
          ? `Le résultat annuel s’élève à ${signedMoney(resultCents, lang)}${resultCents < 0 ? ' (perte)' : ''}.`
          : `The result for the year is ${signedMoney(resultCents, lang)}${resultCents < 0 ? ' (loss)' : ''}.`,
      );
    if (accounts.recorded) {
      figures.push(
        isFr
          ? `Les fonds propres de l’association s’élèvent à ${money(accounts.recorded.equityCents)}.`
          : `The association’s equity amounts to ${money(accounts.recorded.equityCents)}.`,
        isFr
          ? `Le total du bilan s’élève à ${money(accounts.recorded.balanceSheetTotalCents)}.`
          : `The balance-sheet total is ${money(accounts.recorded.balanceSheetTotalCents)}.`,
      );
    }
    if (accounts.actual && accounts.actual.provisionReversalCents > 0)
      figures.push(
        isFr
          ? `La reprise de provision pour risques s’élève à ${money(accounts.actual.provisionReversalCents)}.`
          : `The reversal of the provision for risks amounts to ${money(accounts.actual.provisionReversalCents)}.`,
      );
    blocks.push(...figures.map((sentence) => paragraph(sentence)));
    if (accounts.actual) {
      blocks.push(heading(3, isFr ? `Compte de résultat ${year}` : `Income statement ${year}`), {
        type: 'key_value',
        entries: [
          [isFr ? 'Produits' : 'Products', money(accounts.actual.productsCents)],
          [isFr ? 'Charges' : 'Charges', money(accounts.actual.chargesCents)],
          [isFr ? 'Résultat' : 'Result', signedMoney(accounts.actual.resultCents, lang)],
        ],
      });
    }
    if (accounts.shares.length > 0)
      blocks.push(
        paragraph(isFr ? 'Part des produits :' : 'Share of products:'),
        list(
          accounts.shares.map((share) => {
            const amount = share.amountCents === null ? '' : ` (${money(share.amountCents)})`;
            return isFr
              ? `${share.label} : ${share.share}${amount}`
              : `${share.label}: ${share.share.replace(',', '.').replace(' %', '%')}${amount}`;
          }),
        ),
      );
    return blocks;
  },
});
