import type { Language } from '../../../../common/i18n/messages.ts';
import { hasMessage, translate } from '../../i18n/translate.ts';

/**
 * The quorum of a general assembly, from its statutes and the attendance sheet. Pure: the sheet
 * and the statutes come in, the figures and the sentence the minutes print come out.
 */
export interface QuorumRule {
  /** Share of voting members that must be present or represented, e.g. 1/4; null: no quorum. */
  share: { numerator: number; denominator: number } | null;
  doProxiesCount: boolean;
  doesRemoteCount: boolean;
}

export interface QuorumInput {
  votingMembers: number;
  /** Whether voting requires the fee paid: the statement then says "à jour de cotisation". */
  isFeeRequired?: boolean;
  present: number;
  remote: number;
  represented: number;
}

export interface QuorumResult {
  /** Whether the statutes ask for a quorum at this meeting at all. */
  isRequired: boolean;
  counted: number;
  required: number;
  /** Never true while no member can vote: "0 sur 0" is no quorum, whatever the share. */
  isReached: boolean;
  /**
   * How many members could vote: 0 says the membership year or the statutes leave no voter; null in a
   * quorum frozen before this figure was kept.
   */
  votingMembers: number | null;
  statement: { fr: string; en: string };
}

/** The statement in one language: "12 membres présents ou représentés sur 46 … ; quorum du quart : 12 ; atteint". */
function statementIn(
  language: Language,
  rule: QuorumRule,
  input: QuorumInput,
  counted: number,
  required: number | null,
): string {
  const presence = rule.doProxiesCount ? 'present_or_represented' : 'present';
  const standing = input.isFeeRequired === false ? 'entitled' : 'in_good_standing';
  const parts = {
    counted: translate(language, `assemblies:quorum_${presence}`, { count: counted }),
    outOf: translate(language, `assemblies:quorum_out_of_${standing}`, { count: input.votingMembers }),
  };
  if (!rule.share || required === null) return translate(language, 'assemblies:quorum_not_required', parts);
  const { numerator, denominator } = rule.share;
  const shareKey = `assemblies:quorum_share_${numerator}_${denominator}`;
  const share = hasMessage(shareKey)
    ? translate(language, shareKey)
    : translate(language, 'assemblies:quorum_share_fraction', { numerator, denominator });
  if (input.votingMembers === 0) return translate(language, 'assemblies:quorum_no_voting_members', { share });
  return translate(
    language,
    counted >= required ? 'assemblies:quorum_reached' : 'assemblies:quorum_not_reached',
    {
      ...parts,
      share,
      required,
    },
  );
}

export function computeQuorum(rule: QuorumRule, input: QuorumInput): QuorumResult {
  for (const [name, value] of Object.entries(input)) {
    if (typeof value === 'boolean') continue;
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
  }
  const counted =
    input.present + (rule.doesRemoteCount ? input.remote : 0) + (rule.doProxiesCount ? input.represented : 0);
  const statement = (required: number | null) => ({
    fr: statementIn('fr', rule, input, counted, required),
    en: statementIn('en', rule, input, counted, required),
  });
  if (!rule.share)
    return {
      isRequired: false,
      counted,
      required: 0,
      isReached: true,
      votingMembers: input.votingMembers,
      statement: statement(null),
    };
  const { numerator, denominator } = rule.share;
  if (!(numerator > 0 && denominator > 0 && numerator <= denominator))
    throw new RangeError('quorum share must be between 0 and 1');
  // A share is met by the smallest whole number at or above it: a quarter of 46 is 11.5, so 12.
  const required = Math.ceil((input.votingMembers * numerator) / denominator);
  return {
    isRequired: true,
    counted,
    required,
    isReached: input.votingMembers > 0 && counted >= required,
    votingMembers: input.votingMembers,
    statement: statement(required),
  };
}

/** The quorum frozen at the opening, as stored; snapshots frozen before `isRequired` existed had a quorum when one was required. */
export function parseFrozenQuorum<Extra extends object = object>(json: string): QuorumResult & Extra {
  const frozen = JSON.parse(json) as Omit<QuorumResult, 'isRequired' | 'votingMembers'> & {
    isRequired?: boolean;
    votingMembers?: number;
  } & Extra;
  return {
    ...frozen,
    isRequired: frozen.isRequired ?? frozen.required > 0,
    votingMembers: frozen.votingMembers ?? null,
  } as QuorumResult & Extra;
}
