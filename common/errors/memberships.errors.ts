import { defineErrors } from './define.ts';

/** The memberships' error codes (status, French and English texts). */
export const membershipsErrors = defineErrors({
  membership_exists: {
    status: 409,
    fr: 'Ce membre a déjà une adhésion pour {{year}}.',
    en: 'This member already has a membership for {{year}}.',
  },
  category_for_organisations: {
    status: 400,
    fr: 'Cette catégorie est réservée aux organisations.',
    en: 'This category is for organisations only.',
  },
  category_for_persons: {
    status: 400,
    fr: 'Cette catégorie est réservée aux personnes.',
    en: 'This category is for people only.',
  },
  duplicate_category: {
    status: 400,
    fr: 'Chaque catégorie ne figure qu’une fois dans la grille.',
    en: 'Each category appears only once in the grid.',
  },
  person_or_organisation: {
    status: 400,
    fr: 'Une adhésion appartient à une personne ou à une organisation.',
    en: 'A membership belongs to a person or to an organisation.',
  },

  invalid_category_code: {
    status: 400,
    fr: 'Le code d’une catégorie : des minuscules sans accent, des chiffres et _, commençant par une lettre (40 au plus).',
    en: 'A category’s code: lower-case letters without accents, digits and _, starting with a letter (40 at most).',
  },
  category_code_taken: {
    status: 409,
    fr: 'Le code « {{code}} » désigne déjà une catégorie.',
    en: 'The code “{{code}}” already names a category.',
  },
  category_not_found: { status: 404, fr: 'Catégorie introuvable.', en: 'Category not found.' },
  category_in_use: {
    status: 409,
    fr: 'Cette catégorie compte {{count}} adhésion(s) ou figure dans une grille : elle ne peut être supprimée, archivez-la.',
    en: 'This category has {{count}} membership(s) or stands in a fee grid: it cannot be deleted, archive it instead.',
  },
  category_identity_in_use: {
    status: 409,
    fr: 'La catégorie « {{label}} » compte {{count}} adhésion(s) : son code et sa nature ne peuvent plus changer (ses mots et son vote, si).',
    en: 'The category “{{label}}” has {{count}} membership(s): its code and kind can no longer change (its words and vote can).',
  },
  category_order_incomplete: {
    status: 400,
    fr: 'Le nouvel ordre nomme chaque catégorie une fois, et aucune autre.',
    en: 'The new order names every category once, and no other.',
  },
  unknown_category: {
    status: 400,
    fr: 'L’association n’a pas de catégorie « {{code}} ».',
    en: 'The association has no category “{{code}}”.',
  },
  category_archived: {
    status: 400,
    fr: 'La catégorie « {{code}} » est archivée : elle ne reçoit plus d’adhésion.',
    en: 'The category “{{code}}” is archived: it takes no new membership.',
  },
  rate_not_found: { status: 404, fr: 'Tarif introuvable.', en: 'Rate not found.' },
  rate_in_use: {
    status: 409,
    fr: '{{count}} adhésion(s) ont choisi ce tarif : il ne peut être supprimé.',
    en: '{{count}} membership(s) chose this rate: it cannot be removed.',
  },
  rate_required: {
    status: 400,
    fr: 'Choisissez le tarif de {{year}} qui s’applique.',
    en: 'Choose the {{year}} rate that applies.',
  },
  rate_of_another_category: {
    status: 400,
    fr: 'Ce tarif n’est pas celui de cette catégorie pour {{year}}.',
    en: 'This rate is not one of this category for {{year}}.',
  },
  amount_below_minimum: {
    status: 400,
    fr: 'Ce tarif demande au moins {{minimum}}.',
    en: 'This rate asks for {{minimum}} at least.',
  },
  free_rate_is_zero: {
    status: 400,
    fr: 'Un tarif gratuit ou d’honneur est de 0 €.',
    en: 'A free or honorary rate is €0.',
  },
  reduced_rate_conditions_required: {
    status: 400,
    fr: 'Dites qui a droit au tarif réduit.',
    en: 'Say who qualifies for the reduced rate.',
  },
  membership_not_found: { status: 404, fr: 'Adhésion introuvable.', en: 'Membership not found.' },
  payment_not_found: { status: 404, fr: 'Paiement introuvable.', en: 'Payment not found.' },
  cross_membership_partner_required: {
    status: 400,
    fr: 'Une adhésion croisée nomme l’association partenaire.',
    en: 'A cross membership names the partner association.',
  },
  payment_above_owed: {
    status: 400,
    fr: 'Ce montant dépasse ce qui reste dû ({{owed}}) : une cotisation ne se paie pas au-delà.',
    en: 'This amount is more than what is still owed ({{owed}}): a fee is not paid beyond it.',
  },
  payment_nothing_owed: {
    status: 400,
    fr: 'Rien ne reste dû sur cette adhésion : appelez d’abord la cotisation si elle a changé.',
    en: 'Nothing is owed on this membership: call the fee first if it has changed.',
  },
  fee_amount_required: {
    status: 400,
    fr: 'Aucune cotisation n’est fixée pour {{year}} : indiquez le montant.',
    en: 'No fee is set for {{year}}: enter the amount.',
  },
});
