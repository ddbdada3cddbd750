import { defineErrors } from './define.ts';

/** The register's error codes (status, French and English texts). */
export const registerErrors = defineErrors({
  unknown_person: {
    status: 400,
    fr: 'Cette personne n’existe pas ou plus.',
    en: 'This person does not exist any more.',
  },
  unknown_organisation: {
    status: 400,
    fr: 'Choisissez une organisation de la liste.',
    en: 'Choose an organisation from the list.',
  },
  alias_taken: {
    status: 409,
    fr: 'Un de ces noms désigne déjà une autre organisation.',
    en: 'One of these names already belongs to another organisation.',
  },
  same_person: {
    status: 400,
    fr: 'Choisissez deux fiches différentes.',
    en: 'Choose two different records.',
  },
});
