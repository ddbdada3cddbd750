import { defineErrors } from './define.ts';

/** The register's error codes (status, French and English texts). */
export const registerErrors = defineErrors({
  invalid_register_field_code: {
    status: 400,
    fr: 'Le code d’un champ : des minuscules sans accent, des chiffres et _, commençant par une lettre (40 au plus).',
    en: 'A field’s code: lower-case letters without accents, digits and _, starting with a letter (40 at most).',
  },
  register_field_code_taken: {
    status: 409,
    fr: 'Le code « {{code}} » désigne déjà un champ du registre.',
    en: 'The code “{{code}}” already names a field of the register.',
  },
  register_field_not_found: { status: 404, fr: 'Champ introuvable.', en: 'Field not found.' },
  register_field_in_use: {
    status: 409,
    fr: '{{count}} fiche(s) ont une valeur dans ce champ : il ne peut être supprimé, archivez-le.',
    en: '{{count}} record(s) have a value in this field: it cannot be deleted, archive it instead.',
  },
  register_field_archived: {
    status: 400,
    fr: 'Le champ « {{label}} » est archivé : il ne prend plus de nouvelle valeur.',
    en: 'The field “{{label}}” is archived: it takes no new value.',
  },
  unknown_register_field: {
    status: 400,
    fr: 'Le registre n’a pas de champ « {{code}} ».',
    en: 'The register has no field “{{code}}”.',
  },
  choice_options_required: {
    status: 400,
    fr: 'Un champ à choix donne au moins une option.',
    en: 'A choice field gives one option at least.',
  },
  not_an_option: {
    status: 400,
    fr: 'Choisissez parmi : {{options}}.',
    en: 'Choose among: {{options}}.',
  },
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
  kept_person_not_found: {
    status: 404,
    fr: 'Fiche à garder introuvable.',
    en: 'The record to keep was not found.',
  },
  merged_person_not_found: {
    status: 404,
    fr: 'Fiche à fusionner introuvable.',
    en: 'The record to merge was not found.',
  },
  merge_blocked_by_open_poll: {
    status: 409,
    fr: 'Les deux fiches peuvent voter au scrutin ouvert « {{poll}} » et l’une n’a pas encore voté : fusionnez-les après sa clôture.',
    en: 'Both records may vote in the open poll “{{poll}}” and one of them has not voted yet: merge them once it is closed.',
  },

  person_not_found: { status: 404, fr: 'Personne introuvable.', en: 'Person not found.' },
  no_person_for_account: {
    status: 404,
    fr: 'Votre compte n’est relié à aucune fiche du registre.',
    en: 'Your account is not linked to any record of the register.',
  },
  organisation_not_found: { status: 404, fr: 'Organisation introuvable.', en: 'Organisation not found.' },
  affiliation_not_found: { status: 404, fr: 'Rattachement introuvable.', en: 'Affiliation not found.' },
  person_erased: {
    status: 409,
    fr: 'Cette personne a été effacée ; sa fiche ne peut plus changer.',
    en: 'This person has been erased; their record can no longer change.',
  },
  organisation_alias_taken: {
    status: 409,
    fr: 'Le nom « {{alias}} » désigne déjà une autre organisation.',
    en: 'The name “{{alias}}” already belongs to another organisation.',
  },
});
