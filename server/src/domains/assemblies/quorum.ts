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
  counted: number;
  required: number;
  isReached: boolean;
  statement: { fr: string; en: string };
}

const shareWords: Record<string, { fr: string; en: string }> = {
  '1/4': { fr: 'du quart', en: 'one quarter' },
  '1/3': { fr: 'du tiers', en: 'one third' },
  '1/2': { fr: 'de la moitié', en: 'one half' },
  '2/3': { fr: 'des deux tiers', en: 'two thirds' },
  '3/4': { fr: 'des trois quarts', en: 'three quarters' },
};

function plural(count: number, singular: string, pluralForm: string): string {
  return count > 1 ? pluralForm : singular;
}

export function computeQuorum(rule: QuorumRule, input: QuorumInput): QuorumResult {
  for (const [name, value] of Object.entries(input)) {
    if (typeof value === 'boolean') continue;
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0`);
  }
  const counted =
    input.present + (rule.doesRemoteCount ? input.remote : 0) + (rule.doProxiesCount ? input.represented : 0);
  const what = rule.doProxiesCount
    ? plural(counted, 'présent ou représenté', 'présents ou représentés')
    : plural(counted, 'présent', 'présents');
  const whatEn = rule.doProxiesCount ? 'present or represented' : 'present';
  const standing = input.isFeeRequired === false ? 'ayant droit de vote' : 'à jour de cotisation';
  const standingEn = input.isFeeRequired === false ? 'entitled to vote' : 'in good standing';
  const base = `${counted} ${plural(counted, 'membre', 'membres')} ${what} sur ${input.votingMembers} ${plural(input.votingMembers, 'membre', 'membres')} ${standing}`;
  const baseEn = `${counted} ${plural(counted, 'member', 'members')} ${whatEn} out of ${input.votingMembers} ${plural(input.votingMembers, 'member', 'members')} ${standingEn}`;
  if (!rule.share) {
    return {
      counted,
      required: 0,
      isReached: true,
      statement: { fr: `${base} ; aucun quorum requis`, en: `${baseEn}; no quorum required` },
    };
  }
  const { numerator, denominator } = rule.share;
  if (!(numerator > 0 && denominator > 0 && numerator <= denominator))
    throw new RangeError('quorum share must be between 0 and 1');
  // A share is met by the smallest whole number at or above it: a quarter of 46 is 11.5, so 12.
  const required = Math.ceil((input.votingMembers * numerator) / denominator);
  const isReached = counted >= required;
  const words = shareWords[`${numerator}/${denominator}`] ?? {
    fr: `de ${numerator}/${denominator}`,
    en: `${numerator}/${denominator}`,
  };
  return {
    counted,
    required,
    isReached,
    statement: {
      fr: `${base} ; quorum ${words.fr} : ${required} ; ${isReached ? 'atteint' : 'non atteint'}`,
      en: `${baseEn}; quorum of ${words.en}: ${required}; ${isReached ? 'reached' : 'not reached'}`,
    },
  };
}
