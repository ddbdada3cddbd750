import { defineErrors } from './define.ts';

/** The association domain's error codes (status, French and English texts). */
export const associationErrors = defineErrors({
  invalid_rna_number: {
    status: 400,
    fr: 'Un numéro RNA s’écrit W suivi de 9 chiffres, par exemple W751234567.',
    en: 'An RNA number is W followed by 9 digits, for instance W751234567.',
  },
  invalid_siret: {
    status: 400,
    fr: 'Un numéro SIRET a 14 chiffres et une clé de contrôle : celui-ci n’est pas valide.',
    en: 'A SIRET number has 14 digits and a check digit: this one is not valid.',
  },
  founding_year_in_future: {
    status: 400,
    fr: 'L’année de fondation ne peut pas être dans le futur.',
    en: 'The founding year cannot be in the future.',
  },
  logo_too_large: {
    status: 400,
    fr: 'Ce logo est trop lourd : {{maxKilobytes}} Ko au plus.',
    en: 'This logo is too large: {{maxKilobytes}} KB at most.',
  },
  logo_not_an_image: {
    status: 400,
    fr: 'Le logo doit être une image PNG ou JPEG.',
    en: 'The logo must be a PNG or JPEG image.',
  },
  logo_not_found: {
    status: 404,
    fr: 'L’association n’a pas de logo.',
    en: 'The association has no logo.',
  },
  founding_year_invalid: {
    status: 400,
    fr: 'Une année sur quatre chiffres, par exemple 1998.',
    en: 'A four-digit year, for instance 1998.',
  },
  invalid_sender_name: {
    status: 400,
    fr: 'Le nom d’expéditeur ne peut contenir ni chevrons, ni guillemets, ni retour à la ligne.',
    en: 'The sender name cannot contain angle brackets, quotes or line breaks.',
  },
  unknown_time_zone: {
    status: 400,
    fr: 'Fuseau horaire inconnu : écrivez-le comme Europe/Paris ou America/Cayenne.',
    en: 'Unknown time zone: write it like Europe/Paris or America/Cayenne.',
  },
});
