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

  membership_not_found: { status: 404, fr: 'Adhésion introuvable.', en: 'Membership not found.' },
  payment_not_found: { status: 404, fr: 'Paiement introuvable.', en: 'Payment not found.' },
  cross_membership_partner_required: {
    status: 400,
    fr: 'Une adhésion croisée nomme l’association partenaire.',
    en: 'A cross membership names the partner association.',
  },
  fee_amount_required: {
    status: 400,
    fr: 'Aucune cotisation n’est fixée pour {{year}} : indiquez le montant.',
    en: 'No fee is set for {{year}}: enter the amount.',
  },
});
