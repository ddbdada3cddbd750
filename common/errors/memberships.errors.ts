import { defineErrors } from './define.ts';

/** The memberships' error codes (status, French and English texts). */
export const membershipsErrors = defineErrors({
  membership_exists: {
    status: 409,
    fr: 'Ce membre a déjà une adhésion pour cette année.',
    en: 'This member already has a membership for that year.',
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
});
