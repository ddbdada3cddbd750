import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../../../common/format.ts';
import { explainFee, type FeeClause, type FeeFigures } from '../../../../../common/membership-explanation.ts';
import { useRegisterFormat } from './register-format.ts';

/** The two sentences that say where a membership stands: its status, then its fee. */
function useMembershipSentences() {
  const { t } = useTranslation();
  const format = useRegisterFormat();
  const clause = (part: FeeClause): string => {
    const day = 'day' in part ? formatDay(part.day, format.locale) : '';
    const amount = 'amountCents' in part ? format.money(part.amountCents) : '';
    const times = 'count' in part ? part.count : 0;
    return t(`register.explain.${part.key}`, { amount, day, times });
  };
  return (figures: FeeFigures) => ({
    status: t(`register.explain.status.${figures.status ?? 'none'}`),
    fee: t('register.explain.fee', {
      year: figures.year,
      details: explainFee(figures).map(clause).join(t('register.explain.separator')),
    }),
  });
}

/** "Adhésion à valider. Cotisation 2017 : 30 € appelés le 3 février 2017, rien de payé, reste 30 €." */
export function MembershipExplanation({ membership, ...textProps }: { membership: FeeFigures } & TextProps) {
  const sentences = useMembershipSentences()(membership);
  return (
    <Text data-explanation {...textProps}>
      {sentences.status} {sentences.fee}
    </Text>
  );
}
