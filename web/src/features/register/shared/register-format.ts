import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { formatDay as formatCommonDay, formatMoney, type Locale } from '../../../../../common/format.ts';
import {
  paymentMethodLabels,
  statusLabels,
  type MembershipCategory,
  type MembershipStatus,
  type PaymentMethod,
} from '../../../../../common/memberships.ts';
import type { OrganisationKind } from '../../../../../common/organisations.ts';
import { useCategoriesQuery } from '../../categories/categories.queries.ts';

/** "2017-06-21" → "21 juin 2017" ("1er juin 2017"), "21 June 2017" on an English page; "—" for none. */
export function formatDay(
  day: string | null | undefined,
  locale: Locale = i18next.language === 'en' ? 'en' : 'fr',
): string {
  if (!day) return '—';
  return formatCommonDay(day.slice(0, 10), locale);
}

/** Today in the browser's calendar, as the API's YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** Labels and formats of the register in the language the user chose. */
export function useRegisterFormat() {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'fr';
  const categories = useCategoriesQuery().data?.categories ?? [];
  const label = (code: string) => {
    const category = categories.find((entry) => entry.code === code);
    if (!category) return code;
    return locale === 'en' ? category.labelEn : category.labelFr;
  };
  return {
    /** The association's categories in its order (archived ones included), as the API gives them. */
    categories,
    locale,
    money: (cents: number) => formatMoney(cents, locale),
    day: (day: string | null | undefined) => formatDay(day, locale),
    category: (category: MembershipCategory) => label(category),
    status: (status: MembershipStatus | null) =>
      status ? statusLabels[locale][status] : t('register.common.noStatus'),
    method: (method: PaymentMethod) => paymentMethodLabels[locale][method],
    kind: (kind: OrganisationKind) => t(`register.kinds.${kind}`),
  };
}
